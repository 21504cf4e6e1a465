package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.AccessPolicyContract;

/** Runs {@link AccessPolicyContract} on the JPA adapter over H2 (in memory). */
class H2AccessPolicyTest extends AccessPolicyContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
