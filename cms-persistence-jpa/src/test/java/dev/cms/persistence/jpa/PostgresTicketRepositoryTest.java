package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TicketRepositoryContract;

/** Runs {@link TicketRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresTicketRepositoryTest extends TicketRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
