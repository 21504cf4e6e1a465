package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TransactionContract;

/** Runs the transaction and event-publication contract on the in-memory adapter. */
class MemoryTransactionTest extends TransactionContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
