package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.ServiceModelProperties;

/** Runs the test-kit's stateful model test of the services against {@link MemoryPersistence}. */
class MemoryServiceModelProperties extends ServiceModelProperties {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
