package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.LeadScoringContract;

/** Runs {@link LeadScoringContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresLeadScoringTest extends LeadScoringContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
