package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TicketServiceContract;

/** Runs {@link TicketServiceContract} on the JPA adapter over H2 (in memory). */
class H2TicketServiceTest extends TicketServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
