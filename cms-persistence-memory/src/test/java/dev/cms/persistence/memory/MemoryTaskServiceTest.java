package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TaskServiceContract;

/** Runs the task service contract on the in-memory adapter. */
class MemoryTaskServiceTest extends TaskServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
