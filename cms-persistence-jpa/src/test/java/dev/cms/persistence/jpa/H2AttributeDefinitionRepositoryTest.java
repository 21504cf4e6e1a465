package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.AttributeDefinitionRepositoryContract;

/** Runs {@link AttributeDefinitionRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2AttributeDefinitionRepositoryTest extends AttributeDefinitionRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
