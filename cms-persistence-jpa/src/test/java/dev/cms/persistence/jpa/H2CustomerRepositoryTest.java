package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerRepositoryContract;

/** Runs {@link CustomerRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2CustomerRepositoryTest extends CustomerRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
