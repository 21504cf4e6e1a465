package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TaskRepositoryContract;

/** Runs {@link TaskRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2TaskRepositoryTest extends TaskRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
