package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.OpportunityRepositoryContract;

/** Runs the opportunity repository contract on the in-memory adapter. */
class MemoryOpportunityRepositoryTest extends OpportunityRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
