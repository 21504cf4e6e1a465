package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.InteractionServiceContract;

/** Runs the interaction service contract on the in-memory adapter. */
class MemoryInteractionServiceTest extends InteractionServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
