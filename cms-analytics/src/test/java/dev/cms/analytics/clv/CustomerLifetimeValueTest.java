package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CustomerLifetimeValueTest {
    private static final BgNbdModel WEEKS = new BgNbdModel(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);
    private static final GammaGammaModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44, Currency.getInstance("USD"));
    private static final CustomerSummary CUSTOMER =
            CustomerSummary.withMeanSpend(2, 30.43, 38.86, ChronoUnit.WEEKS, Money.of("22.35", "USD"));
    private static final Duration WEEK = ChronoUnit.WEEKS.getDuration();
    private static final Duration HORIZON = WEEK.multipliedBy(39);
    private static final DiscountRate TEN_PERCENT_A_YEAR = DiscountRate.of(new BigDecimal("0.10"), ChronoUnit.YEARS);

    /** E(M) = 6.25 (15.44 + 2·22.35) / (6.25·2 + 3.74 − 1) = 375.875 / 15.24. */
    private static final double MEAN_SPEND = 375.875 / 15.24;

    private static double dollars(Money m) {
        return m.amount().doubleValue();
    }

    @Test
    void withoutDiscount_isExpectedSpendTimesExpectedTransactions_whateverTheStep() {
        double transactions = WEEKS.expectedTransactions(CUSTOMER, HORIZON);
        Money oneStep = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, HORIZON, DiscountRate.NONE);
        Money weekly = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, WEEK, DiscountRate.NONE);
        assertThat(dollars(oneStep)).isCloseTo(MEAN_SPEND * transactions, within(0.005));
        assertThat(weekly).isEqualTo(oneStep);
        assertThat(oneStep.currency().getCurrencyCode()).isEqualTo("USD");
    }

    /** One step: everything is discounted at 273 days, (1.1)^−(273 / 365.2425). */
    @Test
    void singleStep_discountsEverythingAtTheHorizon() {
        double undiscounted = MEAN_SPEND * WEEKS.expectedTransactions(CUSTOMER, HORIZON);
        Money value = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, HORIZON, TEN_PERCENT_A_YEAR);
        assertThat(dollars(value)).isCloseTo(undiscounted * Math.pow(1.1, -273 / 365.2425), within(0.005));
    }

    @Test
    void finerSteps_discountEarlierPurchasesLess() {
        Money single = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, HORIZON, TEN_PERCENT_A_YEAR);
        Money weekly = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, WEEK, TEN_PERCENT_A_YEAR);
        Money none = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, WEEK, DiscountRate.NONE);
        assertThat(weekly).isGreaterThan(single).isLessThan(none);
        Money monthlyRate = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, WEEK,
                DiscountRate.of(new BigDecimal("0.10"), ChronoUnit.MONTHS));
        assertThat(monthlyRate).as("10% a month discounts far more than 10% a year").isLessThan(weekly);
    }

    /** The same model in days (α × 7) and the same customer in days give the same value: units cannot leak. */
    @Test
    void value_doesNotDependOnTheUnitsTheModelOrCustomerAreIn() {
        BgNbdModel days = new BgNbdModel(0.243, 4.414 * 7, 0.793, 2.426, ChronoUnit.DAYS);
        Money inWeeks = CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, WEEK, TEN_PERCENT_A_YEAR);
        Money inDays = CustomerLifetimeValue.discounted(days, SPEND, CUSTOMER.in(ChronoUnit.DAYS), HORIZON, WEEK,
                TEN_PERCENT_A_YEAR);
        assertThat(inDays).isEqualTo(inWeeks);
    }

    @Test
    void rejects_aHorizonThatIsNotAWholeNumberOfSteps() {
        assertThatThrownBy(() -> CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, Duration.ofDays(10),
                DiscountRate.NONE)).isInstanceOf(ValidationException.class).hasMessageContaining("whole multiple");
        assertThatThrownBy(() -> CustomerLifetimeValue.discounted(WEEKS, SPEND, CUSTOMER, HORIZON, Duration.ZERO,
                DiscountRate.NONE)).isInstanceOf(ValidationException.class).hasMessageContaining("step");
        assertThatThrownBy(() -> DiscountRate.of(new BigDecimal("-0.01"), ChronoUnit.YEARS))
                .isInstanceOf(ValidationException.class);
    }
}
