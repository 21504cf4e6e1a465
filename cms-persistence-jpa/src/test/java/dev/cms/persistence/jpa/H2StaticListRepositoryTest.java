package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.StaticListRepositoryContract;

/** Runs {@link StaticListRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2StaticListRepositoryTest extends StaticListRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
