package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.FeedbackServiceContract;

/** Runs the feedback service contract on the in-memory adapter. */
class MemoryFeedbackServiceTest extends FeedbackServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
