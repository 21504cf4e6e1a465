package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.OpportunityRepositoryContract;

/** Runs {@link OpportunityRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2OpportunityRepositoryTest extends OpportunityRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
