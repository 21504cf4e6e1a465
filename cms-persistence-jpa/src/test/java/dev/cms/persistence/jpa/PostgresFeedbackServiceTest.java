package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.FeedbackServiceContract;

/** Runs {@link FeedbackServiceContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresFeedbackServiceTest extends FeedbackServiceContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
