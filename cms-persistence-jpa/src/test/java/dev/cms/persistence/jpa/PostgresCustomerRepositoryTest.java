package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerRepositoryContract;

/** Runs {@link CustomerRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresCustomerRepositoryTest extends CustomerRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
