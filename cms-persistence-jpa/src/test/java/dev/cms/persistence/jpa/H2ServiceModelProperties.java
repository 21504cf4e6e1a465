package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.ServiceModelProperties;

/** Runs {@link ServiceModelProperties} on the JPA adapter over H2 (in memory). */
class H2ServiceModelProperties extends ServiceModelProperties {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.H2.newPersistence();
    }
}
