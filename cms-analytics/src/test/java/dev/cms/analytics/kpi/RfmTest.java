package dev.cms.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * RFM on six EUR buyers over Q1 2026 (reference date 2026-03-31), worked out by hand:
 * <pre>
 *   customer  last purchase  recency  purchases  net spend
 *   A         03-31          0        5          500.00  (one of them 150.00 with 50.00 refunded)
 *   B         03-25          6        4          400.00
 *   C         03-01          30       3          300.00
 *   D         02-01          58       2          200.00
 *   H         02-01          58       2          250.00
 *   E         01-10          80       1          100.00
 * </pre>
 * n = 6. R = 1 + ⌊5·G/6⌋ with G the number with strictly more days: A 5 → 5, B 4 → 4, C 3 → 3, D and H 1 → 1, E 0 → 1.
 * F = 1 + ⌊5·L/6⌋ with L the number with strictly fewer purchases: A 5 → 5, B 4 → 4, C 3 → 3, D and H 1 → 1, E 0 → 1.
 * M: A 5 → 5, B 4 → 4, C 3 → 3, H 2 → 2, D 1 → 1, E 0 → 1.
 * Segments by (R, F): A (5,5) champions, B (4,4) loyal, C (3,3) need attention, D, H, E (1,1) hibernating.
 * F bought only in USD and G never: they are not scored.
 */
class RfmTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void rfm_scoresQuintilesWithTiesSharingTheLowestRank_andNamesSegments() {
        KpiFixture store = KpiFixture.utc();
        CustomerId a = store.person("A");
        CustomerId b = store.person("B");
        CustomerId c = store.person("C");
        CustomerId d = store.person("D");
        CustomerId h = store.person("H");
        CustomerId e = store.person("E");
        CustomerId f = store.person("F");
        store.person("G");
        for (String day : List.of("01-15", "02-15", "03-01", "03-15")) {
            store.buy(a, "2026-" + day + "T10:00:00Z", "100.00", "EUR");
        }
        store.refund(store.buy(a, "2026-03-31T22:00:00Z", "150.00", "EUR"), "50.00");
        store.buy(a, "2026-04-02T10:00:00Z", "999.00", "EUR");          // after the window
        for (String day : List.of("01-02", "02-02", "03-02", "03-25")) {
            store.buy(b, "2026-" + day + "T10:00:00Z", "100.00", "EUR");
        }
        for (String day : List.of("01-03", "02-03", "03-01")) {
            store.buy(c, "2026-" + day + "T10:00:00Z", "100.00", "EUR");
        }
        store.buy(d, "2026-01-04T10:00:00Z", "100.00", "EUR");
        store.buy(d, "2026-02-01T10:00:00Z", "100.00", "EUR");
        store.buy(h, "2026-01-05T10:00:00Z", "150.00", "EUR");
        store.buy(h, "2026-02-01T11:00:00Z", "100.00", "EUR");
        store.buy(e, "2026-01-10T10:00:00Z", "100.00", "EUR");
        store.buy(f, "2026-02-10T10:00:00Z", "50.00", "USD");

        RfmReport report = store.analytics.rfm(Population.everyone(), store.months("2026-01", "2026-03"), EUR);

        assertThat(report.referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(report.customers()).isEqualTo(8);
        assertThat(report.scored()).isEqualTo(6);
        Map<CustomerId, RfmScore> by = report.scores().stream().collect(Collectors.toMap(RfmScore::customer, Function.identity()));
        assertThat(by.get(a)).isEqualTo(new RfmScore(a, 0, 5, Money.of("500.00", "EUR"), 5, 5, 5, RfmSegment.CHAMPIONS));
        assertThat(by.get(b)).isEqualTo(new RfmScore(b, 6, 4, Money.of("400.00", "EUR"), 4, 4, 4, RfmSegment.LOYAL_CUSTOMERS));
        assertThat(by.get(c)).isEqualTo(new RfmScore(c, 30, 3, Money.of("300.00", "EUR"), 3, 3, 3, RfmSegment.NEED_ATTENTION));
        assertThat(by.get(d)).isEqualTo(new RfmScore(d, 58, 2, Money.of("200.00", "EUR"), 1, 1, 1, RfmSegment.HIBERNATING));
        assertThat(by.get(h)).isEqualTo(new RfmScore(h, 58, 2, Money.of("250.00", "EUR"), 1, 1, 2, RfmSegment.HIBERNATING));
        assertThat(by.get(e)).isEqualTo(new RfmScore(e, 80, 1, Money.of("100.00", "EUR"), 1, 1, 1, RfmSegment.HIBERNATING));
        assertThat(by.get(a).cell()).isEqualTo("555");
        assertThat(report.scores()).extracting(RfmScore::customer).isSorted();
        assertThat(report.segments()).extracting(RfmSegmentCount::segment).containsExactly(RfmSegment.values());
        assertThat(report.segments()).filteredOn(s -> s.customers() > 0)
                .extracting(RfmSegmentCount::segment, RfmSegmentCount::customers)
                .containsExactly(
                        tuple(RfmSegment.CHAMPIONS, 1L),
                        tuple(RfmSegment.LOYAL_CUSTOMERS, 1L),
                        tuple(RfmSegment.NEED_ATTENTION, 1L),
                        tuple(RfmSegment.HIBERNATING, 3L));
        assertThat(report.segments().get(RfmSegment.HIBERNATING.ordinal()).share()).isEqualTo(0.5);
    }

    @Test
    void rfm_withoutBuyers_scoresNobody() {
        KpiFixture store = KpiFixture.utc();
        store.person("Nobody");

        RfmReport report = store.analytics.rfm(Population.everyone(), store.months("2026-01", "2026-03"), EUR);

        assertThat(report.scored()).isZero();
        assertThat(report.scores()).isEmpty();
        assertThat(report.segments()).allSatisfy(s -> assertThat(s.customers()).isZero());
    }

    @Test
    void segmentMap_partitionsTheGridAsPublished() {
        // Rows R = 5..1, columns F = 1..5, as in RfmSegment's Javadoc.
        String[][] grid = {
                {"NEW_CUSTOMERS", "POTENTIAL_LOYALISTS", "POTENTIAL_LOYALISTS", "CHAMPIONS", "CHAMPIONS"},
                {"PROMISING", "POTENTIAL_LOYALISTS", "POTENTIAL_LOYALISTS", "LOYAL_CUSTOMERS", "LOYAL_CUSTOMERS"},
                {"ABOUT_TO_SLEEP", "ABOUT_TO_SLEEP", "NEED_ATTENTION", "LOYAL_CUSTOMERS", "LOYAL_CUSTOMERS"},
                {"HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANNOT_LOSE"},
                {"HIBERNATING", "HIBERNATING", "AT_RISK", "AT_RISK", "CANNOT_LOSE"}};
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                assertThat(RfmSegment.of(r, f).name()).as("R %d F %d", r, f).isEqualTo(grid[5 - r][f - 1]);
            }
        }
        assertThatThrownBy(() -> RfmSegment.of(0, 3)).isInstanceOf(ValidationException.class).hasMessageContaining("r");
        assertThatThrownBy(() -> RfmSegment.of(3, 6)).isInstanceOf(ValidationException.class).hasMessageContaining("f");
    }

    @Test
    void score_refusesASegmentThatIsNotTheOneOfItsScores() {
        CustomerId id = CustomerId.of(UUID.randomUUID());
        assertThatThrownBy(() -> new RfmScore(id, 0, 1, Money.of("1.00", "EUR"), 5, 5, 5, RfmSegment.HIBERNATING))
                .isInstanceOf(ValidationException.class).hasMessageContaining("segment");
    }
}
