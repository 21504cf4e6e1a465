package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentRuleContract;

/** Runs {@link SegmentRuleContract} on the JPA adapter over H2 (in memory). */
class H2SegmentRuleTest extends SegmentRuleContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
