package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bulk path's way to the JDBC connection: with Hibernate it is found, and it is the transaction's own. */
class ProviderConnectionTest {
    @Test
    void run_withHibernate_usesTheTransactionsConnection_afterFlushingItsEarlierWrites() {
        JpaPersistence store = TestDatabase.H2.newPersistence();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Customer ada = new Customer(CustomerId.of(new UUID(0, 1)), CustomerProfile.person("Ada", "Lovelace").build(), at, at, 0);
        AtomicLong seen = new AtomicLong(-1);

        boolean ran = store.transactions().inTransaction(() -> {
            store.customers().insert(ada);
            return ((JpaTransactions) store.transactions()).read(em -> ProviderConnection.run(em, connection -> {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("select count(*) from customer")) {
                    rows.next();
                    seen.set(rows.getLong(1));
                }
            }));
        });

        assertThat(ran).isTrue();
        assertThat(seen).hasValue(1);
    }
}
