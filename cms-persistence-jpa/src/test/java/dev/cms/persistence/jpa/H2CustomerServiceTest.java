package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerServiceContract;

/** Runs {@link CustomerServiceContract} on the JPA adapter over H2 (in memory). */
class H2CustomerServiceTest extends CustomerServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
