package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PipelineRepositoryContract;

/** Runs {@link PipelineRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresPipelineRepositoryTest extends PipelineRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
