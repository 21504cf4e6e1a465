package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerSummariesTest {
    private static final LocalDate END = LocalDate.of(2024, 1, 31);

    private static Transaction<String> row(String customer, String date, String amount) {
        return new Transaction<>(customer, LocalDate.parse(date), Money.of(amount, "EUR"));
    }

    private static final List<Transaction<String>> ROWS = List.of(
            row("ann", "2024-01-08", "20.00"),
            row("ann", "2024-01-01", "10.00"),
            row("ann", "2024-01-01", "5.00"),     // same day as the first: merged into it, so not a repeat
            row("ann", "2024-01-15", "4.25"),
            row("ann", "2024-01-31", "7.50"),     // on the calibration end: inside
            row("ann", "2024-02-02", "100.00"),   // after it: ignored
            row("bob", "2024-01-10", "12.00"),
            row("cat", "2024-02-01", "9.00"));    // first purchase after the end: no summary

    @Test
    void fromTransactions_mergesSameDayExcludesFirstPurchaseAndCountsTheLastDay() {
        CustomerSummaries<String> set = CustomerSummaries.fromTransactions(ROWS, END, ChronoUnit.WEEKS);

        assertThat(set.unit()).isEqualTo(ChronoUnit.WEEKS);
        assertThat(set.asMap().keySet()).containsExactly("ann", "bob");
        CustomerSummary ann = set.get("ann").orElseThrow();
        // Days 01, 08, 15, 31: three repeats, last 30 days after the first, and 30 days of observation.
        assertThat(ann.frequency()).isEqualTo(3);
        assertThat(ann.recency()).isCloseTo(30 / 7.0, within(1e-12));
        assertThat(ann.age()).isCloseTo(30 / 7.0, within(1e-12));
        assertThat(ann.repeatSpend()).contains(Money.of("31.75", "EUR"));
        assertThat(ann.meanRepeatSpend()).contains(Money.of("10.58", "EUR"));   // 31.75 / 3 = 10.583...

        CustomerSummary bob = set.get("bob").orElseThrow();
        assertThat(bob.frequency()).isZero();
        assertThat(bob.recency()).isZero();
        assertThat(bob.age()).isCloseTo(3.0, within(1e-12));
        assertThat(bob.repeatSpend()).contains(Money.of("0.00", "EUR"));
        assertThat(bob.meanRepeatSpend()).isEmpty();
        assertThat(set.get("cat")).isEmpty();
    }

    @Test
    void units_convertExactly_betweenDaysAndWeeks() {
        CustomerSummaries<String> days = CustomerSummaries.fromTransactions(ROWS, END, ChronoUnit.DAYS);
        assertThat(days.get("ann").orElseThrow().recency()).isEqualTo(30.0);
        CustomerSummary inWeeks = days.get("ann").orElseThrow().in(ChronoUnit.WEEKS);
        assertThat(inWeeks.recency()).isCloseTo(30 / 7.0, within(1e-12));
        assertThat(days.in(ChronoUnit.WEEKS).get("bob").orElseThrow().age()).isCloseTo(3.0, within(1e-12));
    }

    @Test
    void of_rejectsASummaryInAnotherUnit() {
        Map<String, CustomerSummary> mixed = Map.of("x", CustomerSummary.of(1, 2, 3, ChronoUnit.DAYS));
        assertThatThrownBy(() -> CustomerSummaries.of(ChronoUnit.WEEKS, mixed))
                .isInstanceOf(ValidationException.class).hasMessageContaining("must be Weeks");
    }

    @Test
    void fromTransactions_rejectsTwoCurrenciesForOneCustomer() {
        List<Transaction<String>> rows = List.of(row("ann", "2024-01-01", "1.00"),
                new Transaction<>("ann", LocalDate.parse("2024-01-02"), Money.of("1.00", "USD")));
        assertThatThrownBy(() -> CustomerSummaries.fromTransactions(rows, END, ChronoUnit.DAYS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("USD");
    }

    @Test
    void summary_rejectsHistoriesNoPurchaseListCanProduce() {
        assertThatThrownBy(() -> CustomerSummary.of(-1, 0, 1, ChronoUnit.DAYS)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CustomerSummary.of(2, 5, 4, ChronoUnit.DAYS)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("recency");
        assertThatThrownBy(() -> CustomerSummary.of(0, 1, 4, ChronoUnit.DAYS)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> CustomerSummary.of(1, 1, 4, ChronoUnit.MINUTES)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("unit");
        assertThatThrownBy(() -> new CustomerSummary(0, 0, 4, ChronoUnit.DAYS, Optional.of(Money.of("1.00", "EUR"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("repeatSpend");
    }

    /** SOURCE.md of the data: the rules reproduce both published summary files to their 2-decimal rounding. */
    @Test
    void cdnowTransactions_reproduceThePublishedSummaries() {
        CustomerSummaries<Integer> derived = Cdnow.derivedSummaries();
        CustomerSummaries<Integer> published = Cdnow.publishedSummariesWithSpend();

        assertThat(derived.size()).isEqualTo(2357);
        assertThat(derived.asMap().keySet()).isEqualTo(published.asMap().keySet());
        assertThat(derived.summaries().stream().filter(s -> s.frequency() > 0).count()).isEqualTo(946);
        assertThat(derived.summaries().stream().mapToInt(CustomerSummary::frequency).sum()).isEqualTo(2457);
        published.asMap().forEach((id, expected) -> {
            CustomerSummary actual = derived.get(id).orElseThrow();
            assertThat(actual.frequency()).as("x of %s", id).isEqualTo(expected.frequency());
            assertThat(actual.recency()).as("t_x of %s", id).isCloseTo(expected.recency(), within(0.005 + 1e-9));
            assertThat(actual.age()).as("T of %s", id).isCloseTo(expected.age(), within(0.005 + 1e-9));
            // The exact mean (total / x), not our half-even rounding: the file rounds 22.345 up to 22.35.
            double exactMean = actual.frequency() == 0 ? 0.0
                    : actual.repeatSpend().orElseThrow().amount().doubleValue() / actual.frequency();
            assertThat(exactMean).as("zbar of %s", id)
                    .isCloseTo(expected.meanRepeatSpend().map(m -> m.amount().doubleValue()).orElse(0.0),
                            within(0.005 + 1e-9));
        });
    }
}
