package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.ConcurrencyContract;

/** Runs the concurrency contract on the in-memory adapter. */
class MemoryConcurrencyTest extends ConcurrencyContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
