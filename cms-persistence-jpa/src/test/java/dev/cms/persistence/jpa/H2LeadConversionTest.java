package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.LeadConversionContract;

/** Runs {@link LeadConversionContract} on the JPA adapter over H2 (in memory). */
class H2LeadConversionTest extends LeadConversionContract {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
