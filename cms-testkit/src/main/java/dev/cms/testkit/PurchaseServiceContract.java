package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseRefunded;
import dev.cms.core.commerce.PurchaseService;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@link PurchaseService} promises: recording and reading purchases, lines that add up to the total, idempotent
 * imports by external order id, partial and full refunds, the customer's purchases in a half-open period newest first,
 * and the summary that leaves out fully refunded purchases and counts partly refunded ones net.
 */
public abstract class PurchaseServiceContract extends CmsContractSupport {
    private Customer ada;
    private Customer grace;

    /** For subclasses. */
    protected PurchaseServiceContract() {
    }

    @BeforeEach
    void createCustomers() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        grace = alice.customers().create(alice.customers().person("Grace", "Hopper").build());
        events.clear();
    }

    private PurchaseService purchases() {
        return alice.purchases();
    }

    private UserId aliceId() {
        return alice.principal().userId();
    }

    private Purchase buy(Customer customer, String occurredAt, String amount, String currency) {
        return purchases().record(PurchaseDetails.of(customer.id(), Instant.parse(occurredAt), Money.of(amount, currency)));
    }

    private List<Purchase> all(CustomerId customer) {
        return purchases().byCustomer(customer, PageRequest.first(100)).items();
    }

    // ---- record, get ---------------------------------------------------------------------------------------------

    @Test
    void record_storesThePurchaseCompleted_atVersion0_andPublishesPurchaseRecorded() {
        List<LineItem> lines = List.of(
                LineItem.of("BEANS", "Espresso beans 1 kg", 2, Money.of("24.90", "EUR")).withDiscount(new BigDecimal("10")),
                new LineItem("MILK", "Oat milk", new BigDecimal("1.5"), Money.of("2.99", "EUR"), BigDecimal.ZERO));
        PurchaseDetails details = PurchaseDetails.ofLines(ada.id(), Instant.parse("2026-01-14T16:45:00.000001Z"), lines)
                .via(SalesChannel.STORE).withExternalOrderId("till-0815");
        clock.advance(Duration.ofMinutes(1));

        Purchase recorded = purchases().record(details);

        // 2 × 24.90 × 0.9 = 44.82; 1.5 × 2.99 = 4.485 → 4.48 (half-even); together 49.30.
        assertThat(details.total()).isEqualTo(Money.of("49.30", "EUR"));
        assertThat(recorded.details()).isEqualTo(details);
        assertThat(recorded.status()).isEqualTo(PurchaseStatus.COMPLETED);
        assertThat(recorded.refunded()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(recorded.netTotal()).isEqualTo(Money.of("49.30", "EUR"));
        assertThat(recorded.recordedAt()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(recorded.version()).isZero();
        assertThat(purchases().get(recorded.id())).isEqualTo(recorded);
        assertThat(purchases().findByExternalOrderId(ExternalOrderId.of("till-0815"))).contains(recorded);
        assertThat(events.events()).containsExactly(new PurchaseRecorded(recorded, aliceId(), START.plus(Duration.ofMinutes(1))));
    }

    @Test
    void record_forAnUnknownCustomer_isNotFound_andStoresNothing() {
        CustomerId unknown = CustomerId.of(TestData.ID_MAX);

        assertFails(NotFoundException.class, () -> purchases().record(PurchaseDetails.of(unknown, START, Money.of("1.00", "EUR"))
                .withExternalOrderId("ghost-1")));

        assertThat(purchases().findByExternalOrderId(ExternalOrderId.of("ghost-1"))).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void get_ofAnUnknownPurchase_isNotFound() {
        assertFails(NotFoundException.class, () -> purchases().get(PurchaseId.of(TestData.ID_1)));
        assertThat(purchases().findByExternalOrderId(ExternalOrderId.of("nothing"))).isEmpty();
    }

    @Test
    void lines_mustAddUpToTheTotal_inTheTotalsCurrency() {
        List<LineItem> lines = List.of(LineItem.of("A", "A", 3, Money.of("3.33", "EUR")));

        assertViolations(() -> new PurchaseDetails(ada.id(), START, Money.of("10.00", "EUR"), lines, SalesChannel.ONLINE,
                Optional.empty(), Optional.empty()), "total");
        assertViolations(() -> new PurchaseDetails(ada.id(), START, Money.of("9.99", "USD"), lines, SalesChannel.ONLINE,
                Optional.empty(), Optional.empty()), "lines[0].unitPrice");
        assertViolations(() -> new PurchaseDetails(ada.id(), START, Money.of("-1.00", "EUR"), List.of(), SalesChannel.ONLINE,
                Optional.empty(), Optional.empty()), "total");
        assertFails(ValidationException.class, () -> PurchaseDetails.ofLines(ada.id(), START, List.of()));
        assertFails(ValidationException.class, () -> PurchaseDetails.ofLines(ada.id(), START,
                List.of(LineItem.of("A", "A", 1, Money.of("1.00", "EUR")), LineItem.of("B", "B", 1, Money.of("1.00", "USD")))));
        // 3 × 3.33 = 9.99 is the only total these lines allow; without lines any total is taken as given.
        Purchase matching = purchases().record(new PurchaseDetails(ada.id(), START, Money.of("9.99", "EUR"), lines,
                SalesChannel.ONLINE, Optional.empty(), Optional.empty()));
        Purchase totalOnly = purchases().record(PurchaseDetails.of(ada.id(), START.plusSeconds(1), Money.of("10.00", "EUR")));
        assertThat(all(ada.id())).containsExactly(totalOnly, matching);
    }

    // ---- idempotent import ---------------------------------------------------------------------------------------

    @Test
    void recordOnce_isIdempotent_theSecondCallReturnsTheFirstPurchaseUnchanged() {
        PurchaseDetails details = PurchaseDetails.of(ada.id(), START, Money.of("99.00", "EUR")).withExternalOrderId("shop-1");
        Purchase first = purchases().recordOnce(details);
        clock.advance(Duration.ofHours(1));

        Purchase again = purchases().recordOnce(details);
        Purchase changedImport = purchases().recordOnce(PurchaseDetails.of(ada.id(), START, Money.of("1.00", "EUR"))
                .withExternalOrderId("shop-1"));

        assertThat(again).isEqualTo(first);
        assertThat(changedImport).isEqualTo(first);
        assertThat(all(ada.id())).containsExactly(first);
        assertThat(purchases().summary(ada.id()).count()).isEqualTo(1);
        assertThat(events.eventsOf(PurchaseRecorded.class)).hasSize(1);
    }

    @Test
    void recordOnce_withoutAnExternalOrderId_isRejected() {
        assertFails(ValidationException.class, () -> purchases().recordOnce(PurchaseDetails.of(ada.id(), START, Money.of("1.00", "EUR"))));
        assertThat(all(ada.id())).isEmpty();
    }

    @Test
    void record_withATakenExternalOrderId_isADuplicateConflict_andStoresNothing() {
        Purchase first = purchases().record(PurchaseDetails.of(ada.id(), START, Money.of("5.00", "EUR")).withExternalOrderId("shop-1"));
        events.clear();

        assertConflict(Reason.DUPLICATE, () -> purchases().record(PurchaseDetails.of(grace.id(), START, Money.of("6.00", "EUR"))
                .withExternalOrderId("shop-1")));

        assertThat(all(grace.id())).isEmpty();
        assertThat(purchases().findByExternalOrderId(ExternalOrderId.of("shop-1"))).contains(first);
        assertThat(events.events()).isEmpty();
    }

    // ---- refunds -------------------------------------------------------------------------------------------------

    @Test
    void refund_partlyThenFully_movesTheStatus_andTheNetTotalDownToZero() {
        Purchase v0 = buy(ada, "2026-01-10T10:00:00Z", "100.00", "EUR");
        Instant first = clock.advance(Duration.ofDays(1));
        events.clear();

        Purchase v1 = purchases().refund(v0.id(), 0, Money.of("30.00", "EUR"));

        assertThat(v1.status()).isEqualTo(PurchaseStatus.PARTIALLY_REFUNDED);
        assertThat(v1.refunded()).isEqualTo(Money.of("30.00", "EUR"));
        assertThat(v1.netTotal()).isEqualTo(Money.of("70.00", "EUR"));
        assertThat(v1.details()).isEqualTo(v0.details());
        assertThat(v1.version()).isEqualTo(1);

        Instant second = clock.advance(Duration.ofDays(1));
        Purchase v2 = purchases().refund(v0.id(), 1, Money.of("70.00", "EUR"));

        assertThat(v2.status()).isEqualTo(PurchaseStatus.REFUNDED);
        assertThat(v2.refunded()).isEqualTo(Money.of("100.00", "EUR"));
        assertThat(v2.netTotal()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(purchases().get(v0.id())).isEqualTo(v2);
        assertThat(events.events()).containsExactly(
                new PurchaseRefunded(v1, Money.of("30.00", "EUR"), aliceId(), first),
                new PurchaseRefunded(v2, Money.of("70.00", "EUR"), aliceId(), second));
    }

    @TestFactory
    Stream<DynamicTest> refund_ofMoreThanIsLeft_inAnotherCurrency_zeroOrNegative_isRejected_andChangesNothing() {
        Map<String, Money> amounts = new LinkedHashMap<>();
        amounts.put("one cent more than is left", Money.of("70.01", "EUR"));
        amounts.put("another currency", Money.of("10.00", "USD"));
        amounts.put("zero", Money.of("0.00", "EUR"));
        amounts.put("negative", Money.of("-5.00", "EUR"));
        return amounts.entrySet().stream().map(a -> dynamicTest(a.getKey(), () -> {
            Purchase partly = purchases().refund(buy(ada, "2026-01-10T10:00:00Z", "100.00", "EUR").id(), 0, Money.of("30.00", "EUR"));
            events.clear();

            assertFails(ValidationException.class, () -> purchases().refund(partly.id(), 1, a.getValue()));

            assertThat(purchases().get(partly.id())).isEqualTo(partly);
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void refund_ofAFullyRefundedPurchase_isRejected_andWithAStaleVersionIsAConflict() {
        Purchase v0 = buy(ada, "2026-01-10T10:00:00Z", "20.00", "EUR");
        Purchase v1 = purchases().refund(v0.id(), 0, Money.of("20.00", "EUR"));

        assertFails(ValidationException.class, () -> purchases().refund(v0.id(), 1, Money.of("0.01", "EUR")));
        assertConflict(Reason.STALE_VERSION, () -> purchases().refund(v0.id(), 0, Money.of("1.00", "EUR")));

        assertThat(purchases().get(v0.id())).isEqualTo(v1);
    }

    // ---- by customer ---------------------------------------------------------------------------------------------

    @Test
    void byCustomer_inAPeriod_includesFrom_excludesTo_newestFirst_inPages() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        Instant to = Instant.parse("2026-02-01T00:00:00Z");
        Purchase atFrom = buy(ada, "2026-01-01T00:00:00Z", "1.00", "EUR");
        Purchase justBeforeTo = buy(ada, "2026-01-31T23:59:59.999999Z", "2.00", "EUR");
        Purchase inside = buy(ada, "2026-01-15T12:00:00Z", "3.00", "EUR");
        buy(ada, "2026-02-01T00:00:00Z", "4.00", "EUR");
        buy(ada, "2025-12-31T23:59:59.999999Z", "5.00", "EUR");
        buy(grace, "2026-01-15T12:00:00Z", "6.00", "EUR");

        Page<Purchase> first = purchases().byCustomer(ada.id(), from, to, PageRequest.first(2));
        Page<Purchase> second = purchases().byCustomer(ada.id(), from, to, first.nextRequest(2).orElseThrow());

        assertThat(first.items()).containsExactly(justBeforeTo, inside);
        assertThat(second.items()).containsExactly(atFrom);
        assertThat(second.hasNext()).isFalse();
        assertThat(purchases().byCustomer(ada.id(), from, from, PageRequest.first(10)).items()).isEmpty();
        assertFails(ValidationException.class, () -> purchases().byCustomer(ada.id(), to, from, PageRequest.first(10)));
    }

    @Test
    void byCustomer_withoutAPeriod_holdsEveryPurchaseOfTheCustomer_newestFirst_inPages() {
        List<Purchase> bought = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            bought.add(buy(ada, "2026-01-0" + day + "T10:00:00Z", day + ".00", "EUR"));
        }
        buy(grace, "2026-01-03T11:00:00Z", "9.00", "EUR");
        Purchase refunded = purchases().refund(bought.get(2).id(), 0, Money.of("3.00", "EUR"));

        Page<Purchase> first = purchases().byCustomer(ada.id(), PageRequest.first(3));
        Page<Purchase> second = purchases().byCustomer(ada.id(), first.nextRequest(3).orElseThrow());

        assertThat(first.items()).containsExactly(bought.get(4), bought.get(3), refunded);
        assertThat(second.items()).containsExactly(bought.get(1), bought.get(0));
        assertThat(second.hasNext()).isFalse();
    }

    // ---- summary -------------------------------------------------------------------------------------------------

    @Test
    void summary_countsWhatWasNotFullyRefunded_netPerCurrency_withFirstAndLast() {
        buy(ada, "2026-01-05T10:00:00Z", "100.00", "EUR");
        Purchase partly = buy(ada, "2026-01-07T10:00:00Z", "50.00", "EUR");
        Purchase earliestRefunded = buy(ada, "2025-12-01T10:00:00Z", "40.00", "EUR");
        buy(ada, "2026-01-10T10:00:00Z", "25.00", "USD");
        Purchase latestRefunded = buy(ada, "2026-02-01T10:00:00Z", "10.00", "EUR");
        buy(grace, "2024-06-01T10:00:00Z", "999.00", "EUR");
        purchases().refund(partly.id(), 0, Money.of("20.00", "EUR"));
        purchases().refund(earliestRefunded.id(), 0, Money.of("40.00", "EUR"));
        purchases().refund(latestRefunded.id(), 0, Money.of("10.00", "EUR"));

        PurchaseSummary summary = purchases().summary(ada.id());

        // Counted: 100.00 EUR, 50.00 − 20.00 = 30.00 EUR and 25.00 USD; both full refunds are left out, so the first
        // and last purchases are those of 5 and 10 January.
        assertThat(summary).isEqualTo(new PurchaseSummary(3, List.of(Money.of("130.00", "EUR"), Money.of("25.00", "USD")),
                Optional.of(Instant.parse("2026-01-05T10:00:00Z")), Optional.of(Instant.parse("2026-01-10T10:00:00Z"))));
        assertThat(summary.total(Money.currency("EUR"))).contains(Money.of("130.00", "EUR"));
        assertThat(summary.total(Money.currency("JPY"))).isEmpty();
    }

    @Test
    void summary_ofACustomerWhoNeverBought_isNone() {
        assertThat(purchases().summary(ada.id())).isEqualTo(PurchaseSummary.none());
        assertThat(PurchaseSummary.none().count()).isZero();
        assertThat(PurchaseSummary.none().totals()).isEmpty();
    }
}
