package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PipelineServiceContract;

/** Runs the pipeline service contract on the in-memory adapter. */
class MemoryPipelineServiceTest extends PipelineServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
