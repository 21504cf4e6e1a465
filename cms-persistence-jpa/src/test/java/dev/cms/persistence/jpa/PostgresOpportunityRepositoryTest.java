package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.OpportunityRepositoryContract;

/** Runs {@link OpportunityRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresOpportunityRepositoryTest extends OpportunityRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
