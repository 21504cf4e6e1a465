package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentRepositoryContract;

/** Runs {@link SegmentRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2SegmentRepositoryTest extends SegmentRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
