package dev.cms.persistence.jpa;

import dev.cms.core.spi.AttributeDefinitionRepository;
import dev.cms.core.spi.CustomerQueries;
import dev.cms.core.spi.CustomerRepository;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.LeadScoreRepository;
import dev.cms.core.spi.OpportunityRepository;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.spi.PipelineRepository;
import dev.cms.core.spi.PurchaseRepository;
import dev.cms.core.spi.SegmentRepository;
import dev.cms.core.spi.StaticListRepository;
import dev.cms.core.spi.SurveyResponseRepository;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.spi.Transactions;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.spi.PersistenceProviderResolverHolder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Stores everything in a relational database through Jakarta Persistence (JPA 3.1): tested with Hibernate ORM 6.6 on
 * H2 and PostgreSQL. The schema comes from the Flyway migrations in {@code db/migration/cms-schema} of this jar; the
 * provider only validates it.
 *
 * <pre>{@code
 * HikariDataSource dataSource = new HikariDataSource();
 * dataSource.setJdbcUrl("jdbc:postgresql://localhost/cms?reWriteBatchedInserts=true");
 * JpaPersistence store = JpaPersistence.fromDataSource(dataSource);   // migrates, then validates
 * Cms cms = Cms.builder().persistence(store).build();
 * // ... on shutdown:
 * store.close();
 * }</pre>
 *
 * <p>Transactions are the adapter's own ({@link #transactions()}), resource-local, one entity manager per outermost
 * transaction and thread. Optimistic versions, unique external ids and conflicts between concurrent transactions are
 * reported as {@link dev.cms.core.ConflictException}; other database failures as {@link JpaStoreException}.
 */
public final class JpaPersistence implements PersistenceProvider, AutoCloseable {
    /**
     * Where the migrations lie on the class path, for applications that run Flyway themselves. The hyphen keeps the
     * folder from being a Java package name, so the module system does not encapsulate it: Flyway finds the scripts
     * on the module path as well.
     */
    public static final String MIGRATIONS = "classpath:db/migration/cms-schema";

    private final EntityManagerFactory factory;
    private final boolean ownsFactory;
    private final JpaTransactions transactions;
    private final JpaCustomers customers;
    private final JpaAttributeDefinitions attributeDefinitions;
    private final JpaInteractions interactions;
    private final JpaTasks tasks;
    private final JpaPipelines pipelines;
    private final JpaOpportunities opportunities;
    private final JpaPurchases purchases;
    private final JpaTickets tickets;
    private final JpaSurveyResponses surveyResponses;
    private final JpaSegments segments;
    private final JpaStaticLists staticLists;
    private final JpaLeadScores leadScores;
    private final JpaCustomerQueries customerQueries;

    private JpaPersistence(EntityManagerFactory factory, boolean ownsFactory) {
        this.factory = factory;
        this.ownsFactory = ownsFactory;
        this.transactions = new JpaTransactions(factory);
        this.customers = new JpaCustomers(transactions);
        this.attributeDefinitions = new JpaAttributeDefinitions(transactions);
        this.interactions = new JpaInteractions(transactions);
        this.tasks = new JpaTasks(transactions);
        this.pipelines = new JpaPipelines(transactions);
        this.opportunities = new JpaOpportunities(transactions);
        this.purchases = new JpaPurchases(transactions);
        this.tickets = new JpaTickets(transactions);
        this.surveyResponses = new JpaSurveyResponses(transactions);
        this.segments = new JpaSegments(transactions);
        this.staticLists = new JpaStaticLists(transactions);
        this.leadScores = new JpaLeadScores(transactions);
        this.customerQueries = new JpaCustomerQueries(this, transactions);
    }

    /**
     * Migrates the schema with Flyway, then builds an entity manager factory over the data source with the settings
     * of {@link #providerSettings()}.
     *
     * @param dataSource a pooled data source (HikariCP, for example); for PostgreSQL add
     *                   {@code reWriteBatchedInserts=true} to its URL
     * @return the adapter; {@link #close()} it on shutdown
     * @throws JpaStoreException if the migration fails or the schema does not match the entities
     */
    public static JpaPersistence fromDataSource(DataSource dataSource) {
        return builder(dataSource).build();
    }

    /**
     * {@return a builder over the data source, to skip the migration or add provider properties}
     *
     * @param dataSource a pooled data source
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Wraps an entity manager factory the application built itself (for example one that also maps its own
     * entities). Its persistence unit must list the classes named by {@link #managedClassNames()}, and the schema must
     * be migrated ({@link #migrate(DataSource)}). The factory stays the application's: {@link #close()} leaves it open.
     *
     * @param factory an open entity manager factory with resource-local transactions
     * @return the adapter
     * @throws IllegalArgumentException if the factory does not manage the adapter's entities
     */
    public static JpaPersistence fromEntityManagerFactory(EntityManagerFactory factory) {
        Objects.requireNonNull(factory, "factory");
        for (Class<?> entity : CmsPersistenceUnit.ENTITIES) {
            try {
                factory.getMetamodel().entity(entity);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the entity manager factory does not manage " + entity.getName()
                        + "; add JpaPersistence.managedClassNames() to its persistence unit", e);
            }
        }
        return new JpaPersistence(factory, false);
    }

    /** {@return the entity classes an application's own persistence unit must list to use {@link #fromEntityManagerFactory}} */
    public static List<String> managedClassNames() {
        return CmsPersistenceUnit.ENTITIES.stream().map(Class::getName).toList();
    }

    /**
     * Brings the schema to the latest version with the migrations of this jar (Flyway, history table
     * {@code flyway_schema_history}).
     *
     * @param dataSource where the schema lives
     * @throws JpaStoreException if a migration fails
     */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        try {
            Flyway.configure(JpaPersistence.class.getClassLoader()).dataSource(dataSource).locations(MIGRATIONS)
                    .load().migrate();
        } catch (RuntimeException e) {
            throw new JpaStoreException("migrating the CMS schema failed: " + causes(e), e);
        }
    }

    /**
     * The provider properties the adapter sets, by name; they are Hibernate's (a provider ignores names it does not
     * know). {@code hibernate.hbm2ddl.auto=validate} checks the migrated schema against the entities at start-up;
     * the batch settings let inserts and updates of one transaction go to the database in JDBC batches (ids are
     * UUIDs the core assigns, so nothing forces a round trip per insert); the batch fetch size loads the child rows of
     * a page of aggregates in one query per child table instead of one per aggregate.
     *
     * @return the settings; a {@link Builder#property} of the same name replaces one
     */
    public static Map<String, Object> providerSettings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.hbm2ddl.auto", "validate");
        settings.put("hibernate.jdbc.batch_size", "50");
        settings.put("hibernate.order_inserts", "true");
        settings.put("hibernate.order_updates", "true");
        settings.put("hibernate.jdbc.batch_versioned_data", "true");
        settings.put("hibernate.default_batch_fetch_size", "64");
        settings.put("hibernate.query.fail_on_pagination_over_collection_fetch", "true");
        // java.time values go to the driver as java.time values (setObject), not through java.sql.Date/Timestamp,
        // whose hybrid Julian calendar would shift dates before 1582.
        settings.put("hibernate.type.java_time_use_direct_jdbc", "true");
        return settings;
    }

    /** {@return the messages of the exception and its causes, which name what failed (a missing column...)} */
    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by: ").append(cause.getMessage());
        }
        return text.toString();
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public AttributeDefinitionRepository attributeDefinitions() {
        return attributeDefinitions;
    }

    @Override
    public InteractionRepository interactions() {
        return interactions;
    }

    @Override
    public TaskRepository tasks() {
        return tasks;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelines;
    }

    @Override
    public OpportunityRepository opportunities() {
        return opportunities;
    }

    @Override
    public PurchaseRepository purchases() {
        return purchases;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
        return surveyResponses;
    }

    @Override
    public SegmentRepository segments() {
        return segments;
    }

    @Override
    public StaticListRepository staticLists() {
        return staticLists;
    }

    @Override
    public LeadScoreRepository leadScores() {
        return leadScores;
    }

    /**
     * {@inheritDoc}
     *
     * <p>For now the rule is evaluated by the core's {@code RuleEvaluator} while the customers are paged through in
     * id order; translating rules into SQL is the next step of this adapter.
     */
    @Override
    public CustomerQueries customerQueries() {
        return customerQueries;
    }

    /** {@return the entity manager factory behind the adapter, for applications that share it} */
    public EntityManagerFactory entityManagerFactory() {
        return factory;
    }

    /** Closes the entity manager factory if the adapter built it; the data source stays the application's to close. */
    @Override
    public void close() {
        if (ownsFactory && factory.isOpen()) {
            factory.close();
        }
    }

    /** Configures {@link JpaPersistence#fromDataSource}: whether to migrate, and extra provider properties. */
    public static final class Builder {
        private final DataSource dataSource;
        private final Map<String, Object> properties = new HashMap<>(providerSettings());
        private boolean migrate = true;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * {@return this builder}
         *
         * @param run whether {@link #build()} runs the migrations first (default true); pass false when the schema
         *            is managed elsewhere, for example by the application's own Flyway run with {@link #MIGRATIONS}
         */
        public Builder migrate(boolean run) {
            this.migrate = run;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param name  a provider property, such as {@code hibernate.jdbc.batch_size}
         * @param value its value
         */
        public Builder property(String name, Object value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * {@return the adapter, over the first JPA provider on the class path}
         *
         * @throws JpaStoreException if the migration fails, no provider is found or the schema does not validate
         */
        public JpaPersistence build() {
            if (migrate) {
                JpaPersistence.migrate(dataSource);
            }
            List<jakarta.persistence.spi.PersistenceProvider> providers =
                    PersistenceProviderResolverHolder.getPersistenceProviderResolver().getPersistenceProviders();
            if (providers.isEmpty()) {
                throw new JpaStoreException("no Jakarta Persistence provider on the class path (add hibernate-core)", null);
            }
            jakarta.persistence.spi.PersistenceProvider provider = providers.get(0);
            Properties unitProperties = new Properties();
            try {
                EntityManagerFactory factory = provider.createContainerEntityManagerFactory(
                        new CmsPersistenceUnit(dataSource, provider.getClass().getName(), unitProperties), new HashMap<>(properties));
                return new JpaPersistence(factory, true);
            } catch (PersistenceException e) {
                throw new JpaStoreException("building the entity manager factory failed: " + causes(e), e);
            }
        }
    }
}
