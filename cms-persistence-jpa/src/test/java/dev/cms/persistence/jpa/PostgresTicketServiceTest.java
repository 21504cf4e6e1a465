package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TicketServiceContract;

/** Runs {@link TicketServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresTicketServiceTest extends TicketServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
