package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;

class GammaGammaModelTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final GammaGammaModel MODEL = new GammaGammaModel(6, 4, 15, EUR);

    /**
     * p(γ + x z̄)/(px + q − 1) with p = 6, q = 4, γ = 15, x = 2, z̄ = 40: 6·95/15 = 38, which is also the weighted mean
     * 3/15 of the population mean pγ/(q−1) = 30 plus 12/15 of the customer's own 40.
     */
    @Test
    void expectedMeanSpend_weighsTheCustomersMeanAgainstThePopulationMean() {
        CustomerSummary customer = CustomerSummary.withMeanSpend(2, 10, 20, ChronoUnit.WEEKS, Money.of("40.00", "EUR"));
        assertThat(MODEL.expectedMeanSpend(customer)).isEqualTo(Money.of("38.00", "EUR"));
        assertThat(MODEL.populationMeanSpend()).isEqualTo(Money.of("30.00", "EUR"));
        CustomerSummary newcomer = CustomerSummary.of(0, 0, 20, ChronoUnit.WEEKS);
        assertThat(MODEL.expectedMeanSpend(newcomer)).isEqualTo(Money.of("30.00", "EUR"));
    }

    @Test
    void expectedMeanSpend_refusesWhatItCannotPrice() {
        CustomerSummary dollars = CustomerSummary.withMeanSpend(2, 10, 20, ChronoUnit.WEEKS, Money.of("40.00", "USD"));
        assertThatThrownBy(() -> MODEL.expectedMeanSpend(dollars)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("currency");
        CustomerSummary unknown = CustomerSummary.of(2, 10, 20, ChronoUnit.WEEKS);
        assertThatThrownBy(() -> MODEL.expectedMeanSpend(unknown)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new GammaGammaModel(6, 0.9, 15, EUR).populationMeanSpend())
                .isInstanceOf(ValidationException.class).hasMessageContaining("q");
    }

    @Test
    void fit_rejectsZeroSpendAndMixedCurrencies() {
        Map<Integer, CustomerSummary> zero = Map.of(1, new CustomerSummary(1, 1, 2, ChronoUnit.DAYS,
                Optional.of(Money.of("0.00", "EUR"))));
        assertThatThrownBy(() -> GammaGammaModel.fit(CustomerSummaries.of(ChronoUnit.DAYS, zero)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("positive");
        Map<Integer, CustomerSummary> mixed = new LinkedHashMap<>();
        mixed.put(1, CustomerSummary.withMeanSpend(1, 1, 2, ChronoUnit.DAYS, Money.of("3.00", "EUR")));
        mixed.put(2, CustomerSummary.withMeanSpend(1, 1, 2, ChronoUnit.DAYS, Money.of("3.00", "USD")));
        assertThatThrownBy(() -> GammaGammaModel.fit(CustomerSummaries.of(ChronoUnit.DAYS, mixed)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("USD");
    }

    /**
     * 5,000 repeat buyers simulated as the model describes them (ν ~ Gamma(q, 1/γ), each of x ~ U{1..10} transaction
     * values ~ Gamma(p, 1/ν), spend = their mean, kept to the cent): the fit recovers p, q, γ within four standard
     * errors.
     */
    @Test
    void simulatedSpend_recoversTheParameters_withinTheStandardErrors() {
        RandomDataGenerator random = new RandomDataGenerator(20130101L);
        Map<Integer, CustomerSummary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < 5_000; i++) {
            int x = 1 + random.nextInt(0, 9);
            double nu = random.nextGamma(3.74, 1 / 15.44);
            double total = 0;
            for (int j = 0; j < x; j++) {
                total += random.nextGamma(6.25, 1 / nu);
            }
            Money spend = new Money(BigDecimal.valueOf(total).setScale(2, RoundingMode.HALF_EVEN)
                    .max(new BigDecimal("0.01")), EUR);
            summaries.put(i, new CustomerSummary(x, 1, 2, ChronoUnit.WEEKS, Optional.of(spend)));
        }
        ModelFit<GammaGammaModel> fit = GammaGammaModel.fit(CustomerSummaries.of(ChronoUnit.WEEKS, summaries));
        assertThat(fit.diagnostics().converged()).as(fit.diagnostics().message()).isTrue();
        assertThat(fit.model().currency()).isEqualTo(EUR);
        double[] truth = {6.25, 3.74, 15.44};
        List<ParameterEstimate> estimates = fit.parameters();
        for (int i = 0; i < 3; i++) {
            ParameterEstimate e = estimates.get(i);
            assertThat(e.value()).as("%s (se %s)", e.name(), e.standardError())
                    .isCloseTo(truth[i], within(4 * e.standardError()));
        }
    }
}
