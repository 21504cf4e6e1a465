package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.InteractionRepositoryContract;

/** Runs the interaction repository contract on the in-memory adapter. */
class MemoryInteractionRepositoryTest extends InteractionRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
