package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerRepositoryContract;

/** Runs the customer repository contract on the in-memory adapter. */
class MemoryCustomerRepositoryTest extends CustomerRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
