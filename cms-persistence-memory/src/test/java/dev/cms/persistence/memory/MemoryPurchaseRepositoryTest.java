package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PurchaseRepositoryContract;

/** Runs the purchase repository contract on the in-memory adapter. */
class MemoryPurchaseRepositoryTest extends PurchaseRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
