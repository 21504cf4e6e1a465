package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PurchaseRepositoryContract;

/** Runs {@link PurchaseRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2PurchaseRepositoryTest extends PurchaseRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
