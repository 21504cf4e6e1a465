package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.StaticListContract;

/** Runs the static list contract on the in-memory adapter. */
class MemoryStaticListTest extends StaticListContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
