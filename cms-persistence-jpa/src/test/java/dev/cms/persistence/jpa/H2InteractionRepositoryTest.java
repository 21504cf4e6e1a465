package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.InteractionRepositoryContract;

/** Runs {@link InteractionRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2InteractionRepositoryTest extends InteractionRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
