package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.LeadScoringContract;

/** Runs {@link LeadScoringContract} on the JPA adapter over H2 (in memory). */
class H2LeadScoringTest extends LeadScoringContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
