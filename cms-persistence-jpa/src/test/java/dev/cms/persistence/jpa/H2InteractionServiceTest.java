package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.InteractionServiceContract;

/** Runs {@link InteractionServiceContract} on the JPA adapter over H2 (in memory). */
class H2InteractionServiceTest extends InteractionServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
