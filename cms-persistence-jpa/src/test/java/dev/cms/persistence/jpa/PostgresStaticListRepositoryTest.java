package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.StaticListRepositoryContract;

/** Runs {@link StaticListRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresStaticListRepositoryTest extends StaticListRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
