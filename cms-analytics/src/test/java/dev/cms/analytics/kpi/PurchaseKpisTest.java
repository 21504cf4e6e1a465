package dev.cms.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.Cms;
import dev.cms.core.NotFoundException;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentId;
import dev.cms.persistence.memory.MemoryPersistence;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Historical CLV, churn and retention, and the cohort matrix on a small store whose numbers are worked out by hand.
 *
 * <pre>
 *   Ada  2026-01-05 100.00 EUR, 2026-02-10 50.00 EUR, 2026-03-15 30.00 EUR (10.00 refunded: net 20.00)
 *   Bob  2026-01-20 200.00 EUR, 2026-03-01 80.00 USD
 *   Cy   2025-12-10 40.00 EUR, 2026-02-01 60.00 EUR (fully refunded: no purchase)
 *   Dee  nothing
 *   Eve  2026-02-28 10.00 EUR, 2026-04-02 99.00 EUR (after the window)
 * </pre>
 * The window is Q1 2026 in UTC: [2026-01-01, 2026-04-01).
 */
class PurchaseKpisTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private final KpiFixture store = KpiFixture.utc();
    private CustomerId ada;
    private CustomerId bob;
    private CustomerId eve;
    private Window q1;

    @BeforeEach
    void fill() {
        ada = store.person("Ada");
        bob = store.person("Bob");
        CustomerId cy = store.person("Cy");
        store.person("Dee");
        eve = store.person("Eve");
        store.buy(ada, "2026-01-05T10:00:00Z", "100.00", "EUR");
        store.buy(ada, "2026-02-10T10:00:00Z", "50.00", "EUR");
        store.refund(store.buy(ada, "2026-03-15T10:00:00Z", "30.00", "EUR"), "10.00");
        store.buy(bob, "2026-01-20T10:00:00Z", "200.00", "EUR");
        store.buy(bob, "2026-03-01T10:00:00Z", "80.00", "USD");
        store.buy(cy, "2025-12-10T10:00:00Z", "40.00", "EUR");
        store.refund(store.buy(cy, "2026-02-01T10:00:00Z", "60.00", "EUR"), "60.00");
        store.buy(eve, "2026-02-28T10:00:00Z", "10.00", "EUR");
        store.buy(eve, "2026-04-02T10:00:00Z", "99.00", "EUR");
        q1 = store.months("2026-01", "2026-03");
    }

    @Test
    void historicalClv_sumsNetValuePerCurrency_andAveragesPerBuyerAndPerCustomer() {
        HistoricalClvReport report = store.analytics.historicalClv(Population.everyone(), q1);

        // EUR: Ada 100 + 50 + 20 = 170 (3 purchases), Bob 200 (1), Eve 10 (1); Cy's refunded one does not count.
        // Total 380.00 over 3 buyers = 126.666... -> 126.67; over the 5 customers = 76.00.
        // USD: Bob 80.00, one buyer; over 5 customers 16.00.
        assertThat(report.customers()).isEqualTo(5);
        assertThat(report.currencies()).containsExactly(
                new CurrencyClv(EUR, 3, 5, Money.of("380.00", "EUR"), Money.of("126.67", "EUR"), Money.of("76.00", "EUR")),
                new CurrencyClv(USD, 1, 1, Money.of("80.00", "USD"), Money.of("80.00", "USD"), Money.of("16.00", "USD")));
    }

    @Test
    void historicalClv_ofASegment_coversOnlyItsMembers() {
        SegmentId adaAndEve = store.scope.segments().create(SegmentDefinition.of("A and E",
                Rule.field("givenName").in("Ada", "Eve"))).id();

        HistoricalClvReport report = store.analytics.historicalClv(Population.segment(adaAndEve), q1);

        // Ada 170 + Eve 10 = 180.00 over 2 buyers and 2 customers: 90.00 each.
        assertThat(report.customers()).isEqualTo(2);
        assertThat(report.currencies()).containsExactly(
                new CurrencyClv(EUR, 2, 4, Money.of("180.00", "EUR"), Money.of("90.00", "EUR"), Money.of("90.00", "EUR")));
    }

    @Test
    void historicalClv_ofAnAdHocRule_andOfAnUnknownSegment() {
        HistoricalClvReport bobOnly = store.analytics.historicalClv(Population.matching(Rule.field("givenName").eq("Bob")), q1);

        assertThat(bobOnly.customers()).isEqualTo(1);
        assertThat(bobOnly.currencies()).extracting(CurrencyClv::total)
                .containsExactly(Money.of("200.00", "EUR"), Money.of("80.00", "USD"));
        assertThatThrownBy(() -> store.analytics.historicalClv(Population.segment(SegmentId.of(UUID.randomUUID())), q1))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void retention_perMonth_countsActiveRetainedChurnedAndReturningCustomers() {
        RetentionReport report = store.analytics.retention(Population.everyone(), q1, PeriodUnit.MONTH);

        // Active (purchased) per month: Dec {Cy}, Jan {Ada, Bob}, Feb {Ada, Eve} (Cy's Feb purchase was refunded),
        // Mar {Ada, Bob}.
        // Jan: before {Cy}: retained 0, churned 1, returning 2 -> retention 0, churn 1.
        // Feb: before {Ada, Bob}: retained Ada, churned Bob, returning Eve -> 0.5 / 0.5.
        // Mar: before {Ada, Eve}: retained Ada, churned Eve, returning Bob -> 0.5 / 0.5.
        // Pooled churn: (1 + 1 + 1) / (1 + 2 + 2) = 0.6.
        assertThat(report.baseline()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(report.baselineActive()).isEqualTo(1);
        assertThat(report.periods()).extracting(PeriodRetention::period, PeriodRetention::active, PeriodRetention::activeBefore,
                        PeriodRetention::retained, PeriodRetention::churned, PeriodRetention::returning)
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), 2L, 1L, 0L, 1L, 2L),
                        tuple(LocalDate.of(2026, 2, 1), 2L, 2L, 1L, 1L, 1L),
                        tuple(LocalDate.of(2026, 3, 1), 2L, 2L, 1L, 1L, 1L));
        assertThat(report.periods()).extracting(PeriodRetention::churnRate)
                .containsExactly(Optional.of(1.0), Optional.of(0.5), Optional.of(0.5));
        assertThat(report.periods()).allSatisfy(p ->
                assertThat(p.retentionRate().orElseThrow() + p.churnRate().orElseThrow()).isCloseTo(1.0, within(1e-12)));
        assertThat(report.pooledChurnRate()).hasValueSatisfying(r -> assertThat(r).isCloseTo(0.6, within(1e-12)));
    }

    @Test
    void retention_perQuarter_comparesWithTheWholeQuarterBefore() {
        RetentionReport report = store.analytics.retention(Population.everyone(), q1, PeriodUnit.QUARTER);

        // Q4 2025: {Cy}; Q1 2026: {Ada, Bob, Eve}. Cy churned, nobody retained.
        assertThat(report.periods()).singleElement().satisfies(p -> {
            assertThat(p.period()).isEqualTo(LocalDate.of(2026, 1, 1));
            assertThat(p.active()).isEqualTo(3);
            assertThat(p.activeBefore()).isEqualTo(1);
            assertThat(p.churnRate()).contains(1.0);
        });
    }

    @Test
    void retention_withoutAnyoneActiveBefore_hasNoRate() {
        RetentionReport report = store.analytics.retention(Population.everyone(), store.months("2025-11", "2025-11"), PeriodUnit.MONTH);

        assertThat(report.periods()).singleElement().satisfies(p -> {
            assertThat(p.active()).isZero();
            assertThat(p.activeBefore()).isZero();
            assertThat(p.retentionRate()).isEmpty();
            assertThat(p.churnRate()).isEmpty();
        });
        assertThat(report.pooledChurnRate()).isEmpty();
    }

    @Test
    void retention_clipsPeriodsToAWindowThatStartsMidMonth() {
        // Window 2026-01-10 .. 2026-02-09: Jan clipped to [01-10, 02-01), Feb to [02-01, 02-10); the baseline is all of
        // December. Ada's Jan 5 purchase lies in the cut-off part of January and counts nowhere: Jan active {Bob}.
        RetentionReport report = store.analytics.retention(Population.everyone(), store.days("2026-01-10", "2026-02-09"),
                PeriodUnit.MONTH);

        assertThat(report.periods()).extracting(PeriodRetention::from, PeriodRetention::to, PeriodRetention::active)
                .containsExactly(
                        tuple(Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z"), 1L),
                        tuple(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-10T00:00:00Z"), 0L));
        assertThat(report.baselineActive()).isEqualTo(1);
    }

    @Test
    void retention_bucketsPurchasesByMonthInTheBusinessZone() {
        KpiFixture berlin = KpiFixture.in(ZoneId.of("Europe/Berlin"));
        CustomerId max = berlin.person("Max");
        berlin.buy(max, "2026-01-31T23:30:00Z", "5.00", "EUR");   // 2026-02-01 00:30 in Berlin

        RetentionReport report = berlin.analytics.retention(Population.everyone(), berlin.months("2026-01", "2026-02"), PeriodUnit.MONTH);

        assertThat(report.periods()).extracting(PeriodRetention::active).containsExactly(0L, 1L);
        assertThat(report.periods().get(1).from()).isEqualTo(Instant.parse("2026-01-31T23:00:00Z"));
    }

    @Test
    void cohorts_followEachFirstPurchaseMonthToTheWindowsEnd() {
        CohortReport report = store.analytics.cohorts(Population.everyone(), q1);

        // First purchases: Ada Jan, Bob Jan, Eve Feb; Cy's was in December 2025 (no cohort here), Dee never bought.
        // Jan cohort {Ada, Bob}: Jan 2, Feb 1 (Ada), Mar 2 (Ada, Bob) -> 1, 0.5, 1.
        // Feb cohort {Eve}: Feb 1, Mar 0 (her April purchase is after the window) -> 1, 0.
        assertThat(report.customers()).isEqualTo(5);
        assertThat(report.cohorts()).containsExactly(
                new Cohort(YearMonth.of(2026, 1), 2, List.of(2L, 1L, 2L), List.of(1.0, 0.5, 1.0)),
                new Cohort(YearMonth.of(2026, 2), 1, List.of(1L, 0L), List.of(1.0, 0.0)));
    }

    @Test
    void cohorts_firstPurchaseIgnoresFullyRefundedOnes() {
        CustomerId zed = store.person("Zed");
        store.refund(store.buy(zed, "2026-01-03T10:00:00Z", "9.00", "EUR"), "9.00");
        store.buy(zed, "2026-03-03T10:00:00Z", "9.00", "EUR");

        CohortReport report = store.analytics.cohorts(Population.matching(Rule.field("givenName").eq("Zed")), q1);

        // Zed's January purchase was given back entirely, so his first purchase is in March.
        assertThat(report.cohorts()).containsExactly(new Cohort(YearMonth.of(2026, 3), 1, List.of(1L), List.of(1.0)));
    }

    @Test
    void window_refusesAnEndNotAfterItsStart() {
        assertThatThrownBy(() -> Window.of(Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("window.to");
        assertThatThrownBy(() -> Window.ofDates(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1), store.zone))
                .isInstanceOf(ValidationException.class).hasMessageContaining("window.last");
    }

    @Test
    void retention_perIsoWeek_startsOnMonday() {
        RetentionReport report = store.analytics.retention(Population.everyone(), store.months("2026-01", "2026-01"), PeriodUnit.WEEK);

        // 2026-01-01 is a Thursday: weeks start 2025-12-29 (clipped to Jan 1), Jan 5, 12, 19, 26. Ada bought on Monday
        // Jan 5, Bob on Tuesday Jan 20: active 0, 1, 0, 1, 0; Ada churned in the week of Jan 12.
        assertThat(report.baseline()).isEqualTo(LocalDate.of(2025, 12, 22));
        assertThat(report.periods()).extracting(PeriodRetention::period).containsExactly(LocalDate.of(2025, 12, 29),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 26));
        assertThat(report.periods()).extracting(PeriodRetention::active).containsExactly(0L, 1L, 0L, 1L, 0L);
        assertThat(report.periods().get(2).churnRate()).contains(1.0);
        assertThat(report.periods().get(0).from()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void aPrincipalWhoMayNotReadPurchases_isRefused() {
        Cms guarded = Cms.builder().persistence(new MemoryPersistence())
                .accessPolicy(request -> request.resource() != ResourceType.PURCHASE).build();
        guarded.as(Principal.of("admin")).customers()
                .create(guarded.as(Principal.of("admin")).customers().person("Ann", "Test").build());
        Analytics analytics = Analytics.of(guarded, Principal.of("intern"), ZoneOffset.UTC);

        assertThatThrownBy(() -> analytics.historicalClv(Population.everyone(), q1))
                .isInstanceOf(AccessDeniedException.class);
    }
}
