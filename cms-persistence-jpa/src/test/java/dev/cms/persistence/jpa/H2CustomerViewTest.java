package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerViewContract;

/** Runs {@link CustomerViewContract} on the JPA adapter over H2 (in memory). */
class H2CustomerViewTest extends CustomerViewContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
