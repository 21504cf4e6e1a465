package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentRepositoryContract;

/** Runs the segment repository contract on the in-memory adapter. */
class MemorySegmentRepositoryTest extends SegmentRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
