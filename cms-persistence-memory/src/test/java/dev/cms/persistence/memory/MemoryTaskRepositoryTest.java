package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TaskRepositoryContract;

/** Runs the task repository contract on the in-memory adapter. */
class MemoryTaskRepositoryTest extends TaskRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
