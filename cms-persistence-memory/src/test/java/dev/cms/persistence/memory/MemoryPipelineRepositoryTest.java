package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PipelineRepositoryContract;

/** Runs the pipeline repository contract on the in-memory adapter. */
class MemoryPipelineRepositoryTest extends PipelineRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
