package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TicketRepositoryContract;

/** Runs {@link TicketRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2TicketRepositoryTest extends TicketRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
