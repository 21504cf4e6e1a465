package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SurveyResponseRepositoryContract;

/** Runs {@link SurveyResponseRepositoryContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresSurveyResponseRepositoryTest extends SurveyResponseRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
