package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PurchaseServiceContract;

/** Runs {@link PurchaseServiceContract} on the JPA adapter over H2 (in memory). */
class H2PurchaseServiceTest extends PurchaseServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
