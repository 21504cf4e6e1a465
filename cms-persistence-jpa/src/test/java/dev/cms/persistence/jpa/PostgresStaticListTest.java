package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.StaticListContract;

/** Runs {@link StaticListContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresStaticListTest extends StaticListContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
