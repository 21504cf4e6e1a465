package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.OpportunityServiceContract;

/** Runs {@link OpportunityServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresOpportunityServiceTest extends OpportunityServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
