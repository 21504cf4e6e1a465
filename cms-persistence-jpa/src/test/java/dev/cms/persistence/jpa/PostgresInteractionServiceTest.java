package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.InteractionServiceContract;

/** Runs {@link InteractionServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresInteractionServiceTest extends InteractionServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
