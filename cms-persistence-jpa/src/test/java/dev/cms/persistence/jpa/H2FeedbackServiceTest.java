package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.FeedbackServiceContract;

/** Runs {@link FeedbackServiceContract} on the JPA adapter over H2 (in memory). */
class H2FeedbackServiceTest extends FeedbackServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
