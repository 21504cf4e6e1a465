package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TransactionContract;

/** Runs {@link TransactionContract} on the JPA adapter over H2 (in memory). */
class H2TransactionTest extends TransactionContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
