package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PurchaseRepositoryContract;

/** Runs {@link PurchaseRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresPurchaseRepositoryTest extends PurchaseRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
