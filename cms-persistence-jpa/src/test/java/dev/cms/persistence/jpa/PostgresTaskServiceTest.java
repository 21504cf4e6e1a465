package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TaskServiceContract;

/** Runs {@link TaskServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresTaskServiceTest extends TaskServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
