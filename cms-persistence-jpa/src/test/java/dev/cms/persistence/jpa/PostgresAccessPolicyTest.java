package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.AccessPolicyContract;

/** Runs {@link AccessPolicyContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresAccessPolicyTest extends AccessPolicyContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
