package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerServiceContract;

/** Runs the customer service contract on the in-memory adapter. */
class MemoryCustomerServiceTest extends CustomerServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
