package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.AttributeDefinitionRepositoryContract;

/** Runs the attribute definition repository contract on the in-memory adapter. */
class MemoryAttributeDefinitionRepositoryTest extends AttributeDefinitionRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
