package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.ConcurrencyContract;

/** Runs {@link ConcurrencyContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresConcurrencyTest extends ConcurrencyContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
