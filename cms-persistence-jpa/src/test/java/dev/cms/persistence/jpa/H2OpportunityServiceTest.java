package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.OpportunityServiceContract;

/** Runs {@link OpportunityServiceContract} on the JPA adapter over H2 (in memory). */
class H2OpportunityServiceTest extends OpportunityServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
