package dev.cms.testkit;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.spi.PersistenceProvider;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the example-based contracts: before each test it builds a {@link Cms} over a fresh store from
 * {@link #newPersistence()}, a {@link MutableClock} standing at {@link #START}, and a {@link RecordingListener}.
 * {@link #alice} acts with full access.
 */
public abstract class CmsContractSupport implements AdapterUnderTest {
    /** Where the clock stands when each test starts: 2026-01-15T09:00:00Z, a Thursday. */
    public static final java.time.Instant START = java.time.Instant.parse("2026-01-15T09:00:00Z");

    /** The test's clock. */
    protected MutableClock clock;
    /** Every event published after commit. */
    protected RecordingListener events;
    /** The store under test. */
    protected PersistenceProvider store;
    /** The configured library. */
    protected Cms cms;
    /** A principal with full access. */
    protected CmsScope alice;

    /** For subclasses. */
    protected CmsContractSupport() {
    }

    /** Builds the fixture. */
    @BeforeEach
    void setUpCms() {
        clock = MutableClock.at(START);
        events = new RecordingListener();
        store = newPersistence();
        cms = cmsWith(AccessPolicy.allowAll());
        alice = cms.as(Principal.of("alice"));
    }

    /**
     * {@return a second {@link Cms} over the same store, clock and listener with another policy}
     *
     * @param policy an access policy
     */
    protected Cms cmsWith(AccessPolicy policy) {
        return Cms.builder().persistence(store).clock(clock).accessPolicy(policy).listener(events)
                .defaultPhoneRegion("DE").build();
    }
}
