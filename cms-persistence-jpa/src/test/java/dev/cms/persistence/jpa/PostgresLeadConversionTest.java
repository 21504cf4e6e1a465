package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.LeadConversionContract;

/** Runs {@link LeadConversionContract} on the JPA adapter over PostgreSQL (embedded). */
class PostgresLeadConversionTest extends LeadConversionContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
