package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentRuleContract;

/** Runs {@link SegmentRuleContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresSegmentRuleTest extends SegmentRuleContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
