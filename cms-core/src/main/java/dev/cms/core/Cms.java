package dev.cms.core;

import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.internal.ServiceContext;
import dev.cms.core.internal.UnitOfWork;
import dev.cms.core.spi.IdSource;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.support.SupportSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The entry point: one instance per application, configured once with a persistence adapter, a clock, an id source,
 * an access policy and event listeners, then used through {@link #as(Principal)}.
 *
 * <pre>{@code
 * Cms cms = Cms.builder().persistence(new MemoryPersistence()).build();
 * CmsScope alice = cms.as(Principal.of("alice"));
 * Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").email("ada@example.com").build());
 * }</pre>
 *
 * <p>Thread-safe. Holds no state besides its configuration: everything lives in the persistence adapter.
 */
public final class Cms {
    private final PersistenceProvider persistence;
    private final Clock clock;
    private final IdSource ids;
    private final AccessPolicy policy;
    private final UnitOfWork work;
    private final String phoneRegion;
    private final SupportSettings support;
    private final java.time.ZoneId zone;

    private Cms(Builder builder) {
        this.persistence = builder.persistence;
        this.clock = builder.clock;
        this.ids = builder.ids.orElseGet(() -> IdSource.timeOrdered(builder.clock));
        this.policy = builder.policy;
        this.work = new UnitOfWork(persistence.transactions(), builder.listeners);
        this.phoneRegion = builder.phoneRegion;
        this.zone = builder.zone;
        this.support = builder.support;
    }

    /** {@return a builder; only {@link Builder#persistence} is required} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the services, acting on behalf of {@code principal}}
     *
     * @param principal who acts
     */
    public CmsScope as(Principal principal) {
        Objects.requireNonNull(principal, "principal");
        return new CmsScope(new ServiceContext(principal, policy, persistence, clock, ids, work, phoneRegion, support, zone));
    }

    /**
     * Runs several service calls as one all-or-nothing unit: if {@code work} throws, every write it made through any
     * service is undone and no event is published; otherwise all are committed together and their events follow.
     *
     * <pre>{@code
     * cms.inTransaction(() -> {
     *     Customer org = scope.customers().create(acme);
     *     return scope.customers().create(ada.worksAt(org.id(), "CTO").build());
     * });
     * }</pre>
     *
     * @param work the service calls
     * @param <T>  their result
     * @return the result of {@code work}, after commit
     */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return this.work.write(Objects.requireNonNull(work, "work"));
    }

    /** {@return the clock every timestamp comes from} */
    public Clock clock() {
        return clock;
    }

    /** Configures a {@link Cms}. Not thread-safe; build once at start-up. */
    public static final class Builder {
        private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

        private PersistenceProvider persistence;
        private Clock clock = Clock.systemUTC();
        private Optional<IdSource> ids = Optional.empty();
        private AccessPolicy policy = AccessPolicy.allowAll();
        private final List<EventListener> listeners = new ArrayList<>();
        private String phoneRegion = "ZZ";
        private SupportSettings support = SupportSettings.defaults();
        private java.time.ZoneId zone = java.time.ZoneOffset.UTC;

        private Builder() {
        }

        /**
         * {@return this builder}
         *
         * @param provider the persistence adapter (required)
         */
        public Builder persistence(PersistenceProvider provider) {
            this.persistence = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param value the only source of time (default: system UTC clock)
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param value the source of new ids (default: time-ordered UUIDs from the clock)
         */
        public Builder idSource(IdSource value) {
            this.ids = Optional.of(value);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param value who may do what (default: {@link AccessPolicy#allowAll()})
         */
        public Builder accessPolicy(AccessPolicy value) {
            this.policy = Objects.requireNonNull(value, "accessPolicy");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param listener receives every domain event after commit
         */
        public Builder listener(EventListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param region ISO 3166 alpha-2 region for phone numbers typed in national form (default: none, so numbers
         *               must be in international form)
         * @throws ValidationException if the region is unknown
         */
        public Builder defaultPhoneRegion(String region) {
            String upper = Objects.requireNonNull(region, "region").toUpperCase(Locale.ROOT);
            if (!REGIONS.contains(upper)) {
                throw ValidationException.of("defaultPhoneRegion", region, "must be an ISO 3166 alpha-2 region such as DE");
            }
            this.phoneRegion = upper;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param settings ticket routing, queues with their assignment strategies, and SLA policies (default:
         *                 {@link SupportSettings#defaults()})
         */
        public Builder support(SupportSettings settings) {
            this.support = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param zone the business time zone: what "today" means in segmentation rules (windows such as "in the last
         *             30 days" run over calendar dates in this zone) and in reports (default: UTC)
         */
        public Builder zone(java.time.ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /**
         * {@return the configured instance}
         *
         * @throws IllegalStateException if no persistence adapter was given
         */
        public Cms build() {
            if (persistence == null) {
                throw new IllegalStateException("Cms.builder() needs a persistence adapter: call persistence(...)");
            }
            return new Cms(this);
        }
    }
}
