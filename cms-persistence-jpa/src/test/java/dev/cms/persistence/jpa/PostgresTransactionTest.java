package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TransactionContract;

/** Runs {@link TransactionContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresTransactionTest extends TransactionContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
