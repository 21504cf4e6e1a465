package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.LeadScoringContract;

/** Runs the lead scoring contract on the in-memory adapter. */
class MemoryLeadScoringTest extends LeadScoringContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
