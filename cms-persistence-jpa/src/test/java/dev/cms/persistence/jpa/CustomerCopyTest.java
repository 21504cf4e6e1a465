package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The bulk path picks COPY exactly when the transaction's connection is a PostgreSQL one the driver exposes. */
class CustomerCopyTest {
    private static boolean copyAvailable(TestDatabase database) {
        JpaPersistence store = database.newPersistence();
        AtomicBoolean available = new AtomicBoolean();
        store.transactions().inTransaction(() -> ((JpaTransactions) store.transactions()).read(em ->
                ProviderConnection.run(em, connection -> available.set(CustomerCopy.of(connection).isPresent()))));
        return available.get();
    }

    @Test
    void of_onPostgres_reachesTheDriversCopyApi_throughThePool() {
        assertThat(copyAvailable(TestDatabase.POSTGRES)).isTrue();
    }

    @Test
    void of_onH2_isEmpty_soInsertAllUsesJdbcBatches() {
        assertThat(copyAvailable(TestDatabase.H2)).isFalse();
    }
}
