package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentModelProperties;

/** Runs {@link SegmentModelProperties} on the JPA adapter over H2 (in memory). */
class H2SegmentModelProperties extends SegmentModelProperties {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
