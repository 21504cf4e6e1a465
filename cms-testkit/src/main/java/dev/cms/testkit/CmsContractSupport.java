package dev.cms.testkit;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.support.SupportSettings;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the example-based contracts: before each test it builds a {@link Cms} over a fresh store from
 * {@link #newPersistence()}, a {@link MutableClock} standing at {@link #START}, a {@link RecordingListener} and the
 * {@link #supportSettings()} of the contract, in the business time zone {@link #zone()}. {@link #alice} acts with full
 * access.
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
    /** The support settings of {@link #cms}, as {@link #supportSettings()} gave them for this test. */
    protected SupportSettings support;

    /** For subclasses. */
    protected CmsContractSupport() {
    }

    /** Builds the fixture. */
    @BeforeEach
    void setUpCms() {
        clock = MutableClock.at(START);
        events = new RecordingListener();
        store = newPersistence();
        support = supportSettings();
        cms = cmsWith(AccessPolicy.allowAll());
        alice = cms.as(Principal.of("alice"));
    }

    /**
     * The ticket routing, queues and SLA policies of the fixture's {@link Cms}. Contracts that need their own override
     * this; it is called once before each test, so stateful strategies such as round-robin start afresh.
     *
     * @return {@link SupportSettings#defaults()} unless overridden
     */
    protected SupportSettings supportSettings() {
        return SupportSettings.defaults();
    }

    /**
     * The business time zone of the fixture's {@link Cms} ({@code Cms.builder().zone(...)}): what "today" means in
     * segmentation rules. Contracts about calendar dates override it; it is called once before each test.
     *
     * @return UTC unless overridden
     */
    protected ZoneId zone() {
        return ZoneOffset.UTC;
    }

    /**
     * {@return a second {@link Cms} over the same store, clock, listener and support settings with another policy}
     *
     * @param policy an access policy
     */
    protected Cms cmsWith(AccessPolicy policy) {
        return cmsWith(policy, support);
    }

    /**
     * @param policy   an access policy
     * @param settings ticket routing, queues and SLA policies
     * @return another {@link Cms} over the same store, clock and listener with that policy and those settings
     */
    protected Cms cmsWith(AccessPolicy policy, SupportSettings settings) {
        return cmsWith(policy, settings, zone());
    }

    /**
     * @param policy   an access policy
     * @param settings ticket routing, queues and SLA policies
     * @param zone     the business time zone
     * @return another {@link Cms} over the same store, clock and listener with that policy, those settings and that
     *         time zone
     */
    protected Cms cmsWith(AccessPolicy policy, SupportSettings settings, ZoneId zone) {
        return Cms.builder().persistence(store).clock(clock).accessPolicy(policy).listener(events)
                .defaultPhoneRegion("DE").support(settings).zone(zone).build();
    }
}
