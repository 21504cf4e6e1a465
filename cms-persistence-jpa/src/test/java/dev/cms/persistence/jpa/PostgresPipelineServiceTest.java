package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PipelineServiceContract;

/** Runs {@link PipelineServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresPipelineServiceTest extends PipelineServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
