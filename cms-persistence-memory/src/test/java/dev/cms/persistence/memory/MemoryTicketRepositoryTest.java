package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TicketRepositoryContract;

/** Runs the ticket repository contract on the in-memory adapter. */
class MemoryTicketRepositoryTest extends TicketRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
