package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TaskRepositoryContract;

/** Runs {@link TaskRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresTaskRepositoryTest extends TaskRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
