package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.LeadConversionContract;

/** Runs the lead conversion contract on the in-memory adapter. */
class MemoryLeadConversionTest extends LeadConversionContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
