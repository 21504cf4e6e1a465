package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PipelineRepositoryContract;

/** Runs {@link PipelineRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2PipelineRepositoryTest extends PipelineRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
