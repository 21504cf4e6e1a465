package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.AttributeDefinitionRepositoryContract;

/** Runs {@link AttributeDefinitionRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresAttributeDefinitionRepositoryTest extends AttributeDefinitionRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
