package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SurveyResponseRepositoryContract;

/** Runs {@link SurveyResponseRepositoryContract} on the JPA adapter over H2 (in memory). */
class H2SurveyResponseRepositoryTest extends SurveyResponseRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
