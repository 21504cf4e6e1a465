package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.StaticListRepositoryContract;

/** Runs the static list and lead score repository contract on the in-memory adapter. */
class MemoryStaticListRepositoryTest extends StaticListRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
