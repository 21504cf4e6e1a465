package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentRuleContract;

/** Runs the segmentation rule contract on the in-memory adapter. */
class MemorySegmentRuleTest extends SegmentRuleContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
