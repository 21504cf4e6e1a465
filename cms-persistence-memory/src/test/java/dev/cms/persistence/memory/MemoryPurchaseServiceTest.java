package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PurchaseServiceContract;

/** Runs the purchase service contract on the in-memory adapter. */
class MemoryPurchaseServiceTest extends PurchaseServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
