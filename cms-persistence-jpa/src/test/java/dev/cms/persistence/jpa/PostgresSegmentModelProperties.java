package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentModelProperties;

/** Runs {@link SegmentModelProperties} on the JPA adapter over PostgreSQL (embedded). */
class PostgresSegmentModelProperties extends SegmentModelProperties {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
