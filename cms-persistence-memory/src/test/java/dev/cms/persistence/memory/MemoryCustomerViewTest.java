package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerViewContract;

/** Runs the customer 360 view contract on the in-memory adapter. */
class MemoryCustomerViewTest extends CustomerViewContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
