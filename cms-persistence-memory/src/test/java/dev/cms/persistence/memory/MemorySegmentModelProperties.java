package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentModelProperties;

/** Runs the test-kit's random-rule property against {@link MemoryPersistence}. */
class MemorySegmentModelProperties extends SegmentModelProperties {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
