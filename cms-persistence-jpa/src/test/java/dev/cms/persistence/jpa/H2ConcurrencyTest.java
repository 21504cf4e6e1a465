package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.ConcurrencyContract;

/** Runs {@link ConcurrencyContract} on the JPA adapter over H2 (in memory). */
class H2ConcurrencyTest extends ConcurrencyContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
