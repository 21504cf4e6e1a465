package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.PipelineServiceContract;

/** Runs {@link PipelineServiceContract} on the JPA adapter over H2 (in memory). */
class H2PipelineServiceTest extends PipelineServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
