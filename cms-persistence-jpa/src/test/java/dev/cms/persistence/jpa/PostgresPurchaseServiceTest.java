package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PurchaseServiceContract;

/** Runs {@link PurchaseServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresPurchaseServiceTest extends PurchaseServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
