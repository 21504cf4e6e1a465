package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentRepositoryContract;

/** Runs {@link SegmentRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresSegmentRepositoryTest extends SegmentRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
