package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TaskServiceContract;

/** Runs {@link TaskServiceContract} on the JPA adapter over H2 (in memory). */
class H2TaskServiceTest extends TaskServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
