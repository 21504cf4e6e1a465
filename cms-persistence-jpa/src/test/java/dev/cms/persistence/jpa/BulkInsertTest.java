package dev.cms.persistence.jpa;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.money.Money;
import dev.cms.testkit.TestData;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the JPA bulk path does beyond the repository contracts: it picks COPY exactly when the transaction's connection
 * is a PostgreSQL one the driver exposes, it fails where {@code insert} fails with the same typed error (also for a
 * foreign key, which the memory adapter has none of), and the rows it writes never enter the persistence context.
 */
class BulkInsertTest {
    private static final Instant AT = Instant.parse("2026-01-15T09:00:00Z");
    private static final Customer ADA = TestData.customer(new UUID(0, 0xada), TestData.person("Ada", "Lovelace"), AT);

    private static Class<?> writerType(TestDatabase database) {
        JpaPersistence store = database.newPersistence();
        AtomicReference<Class<?>> type = new AtomicReference<>();
        store.transactions().inTransaction(() -> ((JpaTransactions) store.transactions()).read(em ->
                ProviderConnection.run(em, connection -> {
                    try (BulkWriter writer = BulkWriter.open(connection, InteractionBulkRows.ROWS.tables())) {
                        type.set(writer.getClass());
                    }
                })));
        return type.get();
    }

    @Test
    void open_onPostgres_copiesThroughTheDriversCopyApi_throughThePool() {
        assertThat(writerType(TestDatabase.POSTGRES)).isEqualTo(CopyWriter.class);
    }

    @Test
    void open_onH2_usesJdbcBatches() {
        assertThat(writerType(TestDatabase.H2)).isEqualTo(BatchWriter.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void insertAll_ofAnInteractionOrPurchaseOfAnUnknownCustomer_failsAsInsertDoes(TestDatabase database) {
        JpaPersistence store = database.newPersistence();
        CustomerId nobody = CustomerId.of(new UUID(0, 0xbad));
        Interaction note = TestData.note(new UUID(0, 1), nobody, AT);
        Purchase purchase = TestData.purchase(new UUID(0, 2), nobody, AT, Money.of("1.00", "EUR"));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> store.interactions().insert(note));
        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> store.interactions().insertAll(List.of(note)));
        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> store.purchases().insert(purchase));
        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> store.purchases().insertAll(List.of(purchase)));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void insertAll_leavesNoneOfItsRowsInThePersistenceContext(TestDatabase database) {
        JpaPersistence store = database.newPersistence();
        JpaTransactions tx = (JpaTransactions) store.transactions();
        List<Interaction> notes = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            notes.add(TestData.note(new UUID(1, i), ADA.id(), AT.minusSeconds(i)));
            purchases.add(TestData.purchase(new UUID(2, i), ADA.id(), AT.minusSeconds(i), Money.of("1.00", "EUR")));
        }

        long[] managed = tx.inTransaction(() -> {
            store.customers().insert(ADA);
            long before = tx.read(BulkInsertTest::managedEntities);
            store.interactions().insertAll(notes);
            store.purchases().insertAll(purchases);
            return new long[] {before, tx.read(BulkInsertTest::managedEntities)};
        });

        assertThat(managed).containsExactly(1, 1);
        assertThat(store.purchases().summary(ADA.id()).count()).isEqualTo(1_100);
    }

    /** Hibernate's count of the entities the session manages, reached reflectively as the adapter reaches Session. */
    private static long managedEntities(EntityManager em) {
        try {
            Class<?> session = Class.forName("org.hibernate.Session", false, em.getDelegate().getClass().getClassLoader());
            Object statistics = session.getMethod("getStatistics").invoke(em.unwrap(session));
            return ((Number) statistics.getClass().getMethod("getEntityCount").invoke(statistics)).longValue();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Hibernate's session statistics are not reachable", e);
        }
    }
}
