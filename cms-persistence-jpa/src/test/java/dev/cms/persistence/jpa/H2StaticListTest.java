package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.StaticListContract;

/** Runs {@link StaticListContract} on the JPA adapter over H2 (in memory). */
class H2StaticListTest extends StaticListContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
