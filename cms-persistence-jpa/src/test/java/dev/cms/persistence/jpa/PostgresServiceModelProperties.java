package dev.cms.persistence.jpa;

import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.ServiceModelProperties;

/** Runs {@link ServiceModelProperties} on the JPA adapter over PostgreSQL (embedded). */
class PostgresServiceModelProperties extends ServiceModelProperties {
    @Override
    public PersistenceProvider newPersistence() {
        return TestDatabase.POSTGRES.newPersistence();
    }
}
