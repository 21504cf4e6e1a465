package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerServiceContract;

/** Runs {@link CustomerServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresCustomerServiceTest extends CustomerServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
