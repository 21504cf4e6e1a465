package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.CustomerViewContract;

/** Runs {@link CustomerViewContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresCustomerViewTest extends CustomerViewContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
