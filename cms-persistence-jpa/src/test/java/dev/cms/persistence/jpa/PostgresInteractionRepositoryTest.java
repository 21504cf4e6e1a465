package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.InteractionRepositoryContract;

/** Runs {@link InteractionRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresInteractionRepositoryTest extends InteractionRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
