package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.OpportunityServiceContract;

/** Runs the opportunity service contract on the in-memory adapter. */
class MemoryOpportunityServiceTest extends OpportunityServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
