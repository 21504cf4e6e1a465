package dev.cms.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import dev.cms.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurchaseSummaryTest {
    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");

    @Test
    void totals_areSortedByCurrencyCode() {
        PurchaseSummary summary = new PurchaseSummary(2, List.of(Money.of("5", "USD"), Money.of("7", "EUR")),
                Optional.of(T0), Optional.of(T0));

        assertThat(summary.totals()).containsExactly(Money.of("7", "EUR"), Money.of("5", "USD"));
    }

    @Test
    void inconsistentSummaries_areValidationErrors() {
        ValidationException negative = catchThrowableOfType(ValidationException.class,
                () -> new PurchaseSummary(-1, List.of(), Optional.empty(), Optional.empty()));
        ValidationException firstWithoutCount = catchThrowableOfType(ValidationException.class,
                () -> new PurchaseSummary(0, List.of(), Optional.of(T0), Optional.of(T0)));

        assertThat(negative.violations()).extracting(Violation::path).containsExactly("count");
        assertThat(firstWithoutCount.violations()).extracting(Violation::path).containsExactly("first");
    }
}
