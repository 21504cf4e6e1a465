package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TicketServiceContract;

/** Runs the ticket service contract on the in-memory adapter. */
class MemoryTicketServiceTest extends TicketServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
