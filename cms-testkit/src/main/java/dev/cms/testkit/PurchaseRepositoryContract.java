package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.TestData.ID_1;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_MAX_SIGNED;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_LOW_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_MAX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.PurchaseRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link PurchaseRepository} must do on its own: store purchases exactly, keep external order ids unique,
 * enforce the version rule on refunds, answer a customer's purchases in a half-open time range by occurredAt
 * descending, then id descending (unsigned), strictly after a position, and compute the summary over purchases that
 * are not fully refunded.
 */
public abstract class PurchaseRepositoryContract extends RepositoryContractSupport {
    private static final UUID OTHER_ID = UUID.fromString("40000000-0000-0000-0000-000000000000");
    private static final UUID YET_ANOTHER_ID = UUID.fromString("c0000000-0000-0000-0000-000000000000");
    private static final Instant FROM = Instant.parse("2026-01-10T00:00:00Z");
    private static final Instant MIDDLE = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant TO = Instant.parse("2026-01-20T00:00:00Z");
    private static final Instant MICROSECOND_BEFORE_TO = Instant.parse("2026-01-19T23:59:59.999999Z");
    private static final Instant MICROSECOND_BEFORE_FROM = Instant.parse("2026-01-09T23:59:59.999999Z");

    private Customer ada;
    private Customer bob;
    private Opportunity deal;

    /** For subclasses. */
    protected PurchaseRepositoryContract() {
    }

    /** Purchases refer to stored customers (and a deal), so adapters with foreign keys pass too. */
    @BeforeEach
    void insertCustomersAndADeal() {
        java.util.List<Customer> stored = insertAdaAndBob();
        ada = stored.get(0);
        bob = stored.get(1);
        Pipeline sales = TestData.pipeline(UUID.fromString("00000000-0000-0000-0000-00000000005a"), "Sales", true, START, "Qualify");
        deal = TestData.openDeal(UUID.fromString("00000000-0000-0000-0000-0000000000de"), ada.id(), sales.id(),
                sales.openStages().get(0).id(), START);
        write(() -> {
            store.pipelines().insert(sales);
            store.opportunities().insert(deal);
        });
    }

    private PurchaseRepository purchases() {
        return store.purchases();
    }

    private Purchase insert(UUID id, Customer customer, Instant occurredAt, String amount, String currency) {
        Purchase purchase = TestData.purchase(id, customer.id(), occurredAt, Money.of(amount, currency));
        write(() -> purchases().insert(purchase));
        return purchase;
    }

    private Purchase insert(Purchase purchase) {
        write(() -> purchases().insert(purchase));
        return purchase;
    }

    private Purchase refund(Purchase purchase, String amount) {
        Purchase refunded = purchase.withRefund(Money.of(amount, purchase.details().total().currency().getCurrencyCode()));
        write(() -> purchases().update(refunded));
        return refunded;
    }

    private Purchase withOrderId(UUID id, Customer customer, String orderId) {
        return new Purchase(PurchaseId.of(id), PurchaseDetails.of(customer.id(), START, Money.of("10.00", "EUR"))
                .withExternalOrderId(orderId), PurchaseStatus.COMPLETED, Money.of("0.00", "EUR"), START, 0);
    }

    private List<UUID> range(CustomerId customer, Instant from, Instant to, Optional<PurchasePosition> after, int limit) {
        return inTx(() -> purchases().byCustomer(customer, from, to, after, limit)).stream().map(p -> p.id().value()).toList();
    }

    private static Optional<PurchasePosition> after(Instant occurredAt, UUID id) {
        return Optional.of(new PurchasePosition(occurredAt, PurchaseId.of(id)));
    }

    // ---- insert, find, update ------------------------------------------------------------------------------------

    @Test
    void insert_thenFind_returnsAnEqualPurchase_withEveryField_byIdAndByExternalOrderId() {
        List<LineItem> lines = List.of(
                LineItem.of("SKU-1", "Espresso beans 1 kg", 2, Money.of("24.90", "EUR")).withDiscount(new BigDecimal("10")),
                new LineItem("SKU-2", "Milk frother", new BigDecimal("1"), Money.of("59.00", "EUR"), BigDecimal.ZERO));
        PurchaseDetails details = PurchaseDetails.ofLines(ada.id(), Instant.parse("2025-12-24T16:45:00.123456Z"), lines)
                .via(SalesChannel.STORE).withExternalOrderId("shop-4711").fromOpportunity(deal.id());
        Purchase full = new Purchase(PurchaseId.of(ID_MAX), details, PurchaseStatus.PARTIALLY_REFUNDED,
                Money.of("59.00", "EUR"), START, 1);
        Purchase minimal = TestData.purchase(ID_1, bob.id(), START, Money.of("1000", "JPY"));

        write(() -> {
            purchases().insert(full);
            purchases().insert(minimal);
        });

        assertThat(inTx(() -> purchases().findById(full.id()))).contains(full);
        assertThat(inTx(() -> purchases().findById(minimal.id()))).contains(minimal);
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-4711")))).contains(full);
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-4712")))).isEmpty();
        assertThat(inTx(() -> purchases().findById(PurchaseId.of(OTHER_ID)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredPurchase() {
        Purchase first = insert(ID_1, ada, START, "10.00", "EUR");

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> insert(ID_1, bob, START, "20.00", "EUR"));

        assertThat(inTx(() -> purchases().findById(first.id()))).contains(first);
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insert_ofATakenExternalOrderId_isADuplicateConflict_andStoresNothing() {
        Purchase first = insert(withOrderId(ID_1, ada, "shop-1"));

        assertConflict(Reason.DUPLICATE, () -> insert(withOrderId(ID_MAX, bob, "shop-1")));

        assertThat(inTx(() -> purchases().findById(PurchaseId.of(ID_MAX)))).isEmpty();
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-1")))).contains(first);
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
        // Another order id is free.
        insert(withOrderId(ID_MAX, bob, "shop-2"));
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-2")))).isPresent();
    }

    @Test
    void update_withTheNextVersion_storesTheRefund_andKeepsTheExternalOrderId() {
        Purchase v0 = insert(withOrderId(ID_1, ada, "shop-1"));

        Purchase v1 = refund(v0, "4.00");
        Purchase v2 = refund(v1, "6.00");

        assertThat(inTx(() -> purchases().findById(v0.id()))).contains(v2);
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-1")))).contains(v2);
        assertThat(v2.status()).isEqualTo(PurchaseStatus.REFUNDED);
    }

    @Test
    void update_whoseVersionIsNotTheStoredOnePlusOne_isStale_andKeepsTheStoredPurchase() {
        Purchase v0 = insert(ID_1, ada, START, "10.00", "EUR");
        Purchase v1 = refund(v0, "1.00");

        assertConflict(Reason.STALE_VERSION, () -> write(() -> purchases().update(v0.withRefund(Money.of("2.00", "EUR")))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> purchases().update(
                v1.withRefund(Money.of("1.00", "EUR")).withRefund(Money.of("1.00", "EUR")))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> purchases().update(v0)));

        assertThat(inTx(() -> purchases().findById(v0.id()))).contains(v1);
    }

    @Test
    void update_ofAnUnknownId_isNotFound() {
        Purchase ghost = TestData.purchase(ID_MAX, ada.id(), START, Money.of("10.00", "EUR")).withRefund(Money.of("1.00", "EUR"));

        assertFails(NotFoundException.class, () -> write(() -> purchases().update(ghost)));

        assertThat(inTx(() -> purchases().findById(ghost.id()))).isEmpty();
    }

    // ---- by customer in a time range -----------------------------------------------------------------------------

    /** Five of ada's purchases in [FROM, TO), two just outside, one of bob's inside. */
    private void insertRange() {
        insert(ID_1, ada, FROM, "1.00", "EUR");
        insert(ID_MAX, ada, FROM, "2.00", "EUR");
        insert(ID_HIGH_HALF_SIGNED, ada, MIDDLE, "3.00", "EUR");
        insert(ID_LOW_HALF_SIGNED, ada, MICROSECOND_BEFORE_TO, "4.00", "EUR");
        insert(ID_HIGH_HALF_MAX_SIGNED, ada, TO, "5.00", "EUR");
        insert(OTHER_ID, ada, MICROSECOND_BEFORE_FROM, "6.00", "EUR");
        insert(YET_ANOTHER_ID, bob, MIDDLE, "7.00", "EUR");
    }

    @Test
    void byCustomer_isHalfOpen_includingFromAndExcludingTo_byOccurredAtThenUnsignedIdDescending() {
        insertRange();

        assertThat(range(ada.id(), FROM, TO, Optional.empty(), 100))
                .containsExactly(ID_LOW_HALF_SIGNED, ID_HIGH_HALF_SIGNED, ID_MAX, ID_1);
        assertThat(range(ada.id(), FROM, TO, Optional.empty(), 3)).containsExactly(ID_LOW_HALF_SIGNED, ID_HIGH_HALF_SIGNED, ID_MAX);
        assertThat(range(ada.id(), FROM, TO.plusNanos(1000), Optional.empty(), 100))
                .containsExactly(ID_HIGH_HALF_MAX_SIGNED, ID_LOW_HALF_SIGNED, ID_HIGH_HALF_SIGNED, ID_MAX, ID_1);
        assertThat(range(ada.id(), MICROSECOND_BEFORE_FROM, FROM, Optional.empty(), 100)).containsExactly(OTHER_ID);
        assertThat(range(ada.id(), FROM, FROM, Optional.empty(), 100)).isEmpty();
        assertThat(range(bob.id(), FROM, TO, Optional.empty(), 100)).containsExactly(YET_ANOTHER_ID);
    }

    @Test
    void byCustomer_after_continuesStrictlyAfterThePosition_withinTheRange() {
        insertRange();

        assertThat(range(ada.id(), FROM, TO, after(MICROSECOND_BEFORE_TO, ID_LOW_HALF_SIGNED), 100))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_MAX, ID_1);
        assertThat(range(ada.id(), FROM, TO, after(MIDDLE, ID_HIGH_HALF_SIGNED), 100)).containsExactly(ID_MAX, ID_1);
        assertThat(range(ada.id(), FROM, TO, after(FROM, ID_MAX), 100)).containsExactly(ID_1);
        // An id between ID_1 and ID_MAX at FROM: the page resumes at ID_1.
        assertThat(range(ada.id(), FROM, TO, after(FROM, ID_HIGH_HALF_SIGNED), 100)).containsExactly(ID_1);
        assertThat(range(ada.id(), FROM, TO, after(FROM, ID_1), 100)).isEmpty();
        // A position at or beyond TO does not widen the range.
        assertThat(range(ada.id(), FROM, TO, after(TO, ID_MAX), 100))
                .containsExactly(ID_LOW_HALF_SIGNED, ID_HIGH_HALF_SIGNED, ID_MAX, ID_1);
        assertThat(range(ada.id(), FROM, TO, after(TO.plusSeconds(3600), ID_1), 2))
                .containsExactly(ID_LOW_HALF_SIGNED, ID_HIGH_HALF_SIGNED);
    }

    // ---- summary -------------------------------------------------------------------------------------------------

    @Test
    void summary_countsPurchasesNotFullyRefunded_withNetTotalsPerCurrency_andTheirFirstAndLastTimes() {
        insert(ID_1, ada, Instant.parse("2026-01-05T10:00:00Z"), "100.00", "EUR");
        refund(insert(ID_LOW_HALF_SIGNED, ada, Instant.parse("2026-01-07T10:00:00Z"), "50.00", "EUR"), "20.00");
        refund(insert(ID_HIGH_HALF_MAX_SIGNED, ada, Instant.parse("2025-12-01T10:00:00Z"), "40.00", "EUR"), "40.00");
        Purchase usd = insert(ID_HIGH_HALF_SIGNED, ada, Instant.parse("2026-01-10T10:00:00Z"), "25.00", "USD");
        refund(insert(ID_MAX, ada, Instant.parse("2026-02-01T10:00:00Z"), "10.00", "EUR"), "10.00");
        refund(insert(OTHER_ID, ada, Instant.parse("2026-01-08T10:00:00Z"), "1000", "JPY"), "1");
        insert(YET_ANOTHER_ID, bob, Instant.parse("2024-01-01T00:00:00Z"), "999.00", "EUR");

        // Counted: 100.00 EUR, 50.00 − 20.00 = 30.00 EUR, 25.00 USD, 1000 − 1 = 999 JPY; the two full refunds are not.
        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(new PurchaseSummary(4,
                List.of(Money.of("130.00", "EUR"), Money.of("999", "JPY"), Money.of("25.00", "USD")),
                Optional.of(Instant.parse("2026-01-05T10:00:00Z")), Optional.of(Instant.parse("2026-01-10T10:00:00Z"))));

        refund(usd, "25.00");

        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(new PurchaseSummary(3,
                List.of(Money.of("130.00", "EUR"), Money.of("999", "JPY")),
                Optional.of(Instant.parse("2026-01-05T10:00:00Z")), Optional.of(Instant.parse("2026-01-08T10:00:00Z"))));
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(new PurchaseSummary(1,
                List.of(Money.of("999.00", "EUR")), Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2024-01-01T00:00:00Z"))));
    }

    @Test
    void summary_ofACustomerWithoutPurchases_orOnlyFullyRefundedOnes_isNone() {
        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(PurchaseSummary.none());

        refund(insert(ID_1, ada, START, "10.00", "EUR"), "10.00");

        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(PurchaseSummary.none());
    }

    // ---- insertAll -----------------------------------------------------------------------------------------------

    /** A store purchase of two lines (2 × 24.90 EUR less 10 %, 59.00 EUR) with an order id and ada's deal. */
    private Purchase withLines(UUID id, Customer customer, String orderId) {
        List<LineItem> lines = List.of(
                LineItem.of("SKU-1", "Espresso beans 1 kg", 2, Money.of("24.90", "EUR")).withDiscount(new BigDecimal("10")),
                new LineItem("SKU-2", "Milk frother", new BigDecimal("1.5"), Money.of("59.00", "EUR"), BigDecimal.ZERO));
        PurchaseDetails details = PurchaseDetails.ofLines(customer.id(), Instant.parse("2025-12-24T16:45:00.123456Z"), lines)
                .via(SalesChannel.STORE).withExternalOrderId(orderId).fromOpportunity(deal.id());
        return new Purchase(PurchaseId.of(id), details, PurchaseStatus.COMPLETED, Money.of("0.00", "EUR"), START, 0);
    }

    @Test
    void insertAll_storesEveryPurchaseExactly_findableByIdByExternalOrderIdAndByCustomer() {
        Purchase full = new Purchase(PurchaseId.of(ID_MAX), withLines(ID_MAX, ada, "shop-4711").details(),
                PurchaseStatus.PARTIALLY_REFUNDED, Money.of("59.00", "EUR"), START, 1);
        List<Purchase> batch = List.of(full, TestData.purchase(ID_1, bob.id(), START, Money.of("1000", "JPY")),
                withLines(ID_HIGH_HALF_SIGNED, bob, "shop-4712"), TestData.purchase(ID_LOW_HALF_SIGNED, ada.id(), FROM,
                        Money.of("5.00", "USD")));

        write(() -> purchases().insertAll(batch));

        for (Purchase purchase : batch) {
            assertThat(inTx(() -> purchases().findById(purchase.id()))).contains(purchase);
        }
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-4711")))).contains(full);
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-4712")))).contains(batch.get(2));
        // Bob: START (2026-01-15) before 2025-12-24; ada: FROM (2026-01-10) before 2025-12-24.
        assertThat(inTx(() -> purchases().byCustomer(bob.id(), Instant.EPOCH, TO, Optional.empty(), 10)))
                .containsExactly(batch.get(1), batch.get(2));
        assertThat(inTx(() -> purchases().byCustomer(ada.id(), Instant.EPOCH, TO, Optional.empty(), 10)))
                .containsExactly(batch.get(3), full);
    }

    @Test
    void insertAll_keepsTextWithBackslashesAndNonAsciiExactly() {
        PurchaseDetails details = PurchaseDetails.ofLines(ada.id(), START, List.of(
                LineItem.of("SKU\\N", "Zoë 😀 O\\Brien \\N", 1, Money.of("3.50", "EUR")),
                LineItem.of("SKU-\\t", "Crème brûlée \\\\ back\\slash", 3, Money.of("0.01", "EUR"))))
                .withExternalOrderId("shop\\4711 \\N ö");
        Purchase odd = new Purchase(PurchaseId.of(ID_1), details, PurchaseStatus.COMPLETED, Money.of("0.00", "EUR"), START, 0);

        write(() -> purchases().insertAll(List.of(odd)));

        assertThat(inTx(() -> purchases().findById(odd.id()))).contains(odd);
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop\\4711 \\N ö")))).contains(odd);
    }

    @Test
    void insertAll_ofAnEmptyList_writesNothing() {
        write(() -> purchases().insertAll(List.of()));

        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(PurchaseSummary.none());
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insertAll_ofMorePurchasesThanOneBatch_storesEveryOneWithItsLines() {
        // Each purchase: 1 × 1.00 EUR + 2 × 0.50 EUR = 2.00 EUR; even ones are ada's, odd ones bob's.
        List<Purchase> batch = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            Customer buyer = i % 2 == 0 ? ada : bob;
            PurchaseDetails details = PurchaseDetails.ofLines(buyer.id(), START.minusSeconds(i), List.of(
                    LineItem.of("SKU-A", "A " + i, 1, Money.of("1.00", "EUR")),
                    LineItem.of("SKU-B", "B " + i, 2, Money.of("0.50", "EUR")))).withExternalOrderId("imp-" + i);
            batch.add(new Purchase(PurchaseId.of(new UUID(0, i + 1L)), details, PurchaseStatus.COMPLETED,
                    Money.of("0.00", "EUR"), START, 0));
        }

        write(() -> purchases().insertAll(batch));

        PurchaseSummary halfOfThem = new PurchaseSummary(550, List.of(Money.of("1100.00", "EUR")),
                Optional.of(START.minusSeconds(1_098)), Optional.of(START));
        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(halfOfThem);
        for (int i : new int[] {0, 499, 500, 999, 1_000, 1_099}) {
            assertThat(inTx(() -> purchases().findById(batch.get(i).id()))).contains(batch.get(i));
        }
        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("imp-777")))).contains(batch.get(777));
        assertThat(inTx(() -> purchases().byCustomer(bob.id(), Instant.EPOCH, TO, Optional.empty(), 2_000))).hasSize(550);
    }

    @Test
    void insertAll_withTwoPurchasesOfOneId_isAConcurrentModificationConflict_andWritesNone() {
        List<Purchase> batch = List.of(TestData.purchase(ID_MAX, ada.id(), START, Money.of("1.00", "EUR")),
                TestData.purchase(ID_1, ada.id(), START, Money.of("2.00", "EUR")),
                withLines(ID_MAX, bob, "shop-1"));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> purchases().insertAll(batch)));

        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(PurchaseSummary.none());
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insertAll_withTwoPurchasesOfOneExternalOrderId_isADuplicateConflict_andWritesNone() {
        List<Purchase> batch = List.of(withLines(ID_1, ada, "shop-1"), withLines(ID_MAX, bob, "shop-1"));

        assertConflict(Reason.DUPLICATE, () -> write(() -> purchases().insertAll(batch)));

        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-1")))).isEmpty();
        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insertAll_withAnIdAlreadyStored_isAConcurrentModificationConflict_andWritesNoneOfTheList() {
        Purchase stored = insert(ID_1, ada, START, "10.00", "EUR");
        List<Purchase> batch = List.of(withLines(ID_MAX, bob, "shop-1"),
                TestData.purchase(ID_1, bob.id(), START, Money.of("20.00", "EUR")));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> purchases().insertAll(batch)));

        assertThat(inTx(() -> purchases().findById(stored.id()))).contains(stored);
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insertAll_withAnExternalOrderIdAlreadyStored_isADuplicateConflict_andWritesNoneOfTheList() {
        Purchase stored = insert(withOrderId(ID_1, ada, "shop-1"));
        List<Purchase> batch = List.of(TestData.purchase(ID_HIGH_HALF_SIGNED, bob.id(), START, Money.of("3.00", "EUR")),
                withLines(ID_MAX, bob, "shop-1"));

        assertConflict(Reason.DUPLICATE, () -> write(() -> purchases().insertAll(batch)));

        assertThat(inTx(() -> purchases().findByExternalOrderId(ExternalOrderId.of("shop-1")))).contains(stored);
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insertAll_afterAnInsertInTheSameTransaction_seesThatPurchase_andConflictsWithIt() {
        Purchase first = withOrderId(ID_1, ada, "shop-1");
        Purchase twin = withLines(ID_MAX, bob, "shop-1");

        assertConflict(Reason.DUPLICATE, () -> write(() -> {
            purchases().insert(first);
            purchases().insertAll(List.of(twin));
        }));

        assertThat(inTx(() -> purchases().summary(ada.id()))).isEqualTo(PurchaseSummary.none());
        assertThat(inTx(() -> purchases().summary(bob.id()))).isEqualTo(PurchaseSummary.none());
    }

    @Test
    void insertAll_thenReadingAndRefundingInTheSameTransaction_seesAndStoresThem() {
        Purchase bought = withLines(ID_1, ada, "shop-1");
        Purchase refunded = bought.withRefund(Money.of("20.00", "EUR"));

        Optional<Purchase> seen = inTx(() -> {
            purchases().insertAll(List.of(bought));
            Optional<Purchase> found = purchases().findByExternalOrderId(ExternalOrderId.of("shop-1"));
            purchases().update(refunded);
            return found;
        });

        assertThat(seen).contains(bought);
        assertThat(inTx(() -> purchases().findById(bought.id()))).contains(refunded);
    }
}
