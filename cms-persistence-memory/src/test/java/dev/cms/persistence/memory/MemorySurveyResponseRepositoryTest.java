package dev.cms.persistence.memory;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SurveyResponseRepositoryContract;

/** Runs the survey response repository contract on the in-memory adapter. */
class MemorySurveyResponseRepositoryTest extends SurveyResponseRepositoryContract {
    @Override
    public PersistenceProvider newPersistence() {
        return new MemoryPersistence();
    }
}
