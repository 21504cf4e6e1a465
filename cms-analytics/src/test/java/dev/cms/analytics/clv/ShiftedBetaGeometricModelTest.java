package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShiftedBetaGeometricModelTest {
    /** Fader &amp; Hardie (2007), table 1: 1,000 customers per cohort, active at the start of years 1-8. */
    private static final List<Long> REGULAR = List.of(1000L, 631L, 468L, 382L, 326L, 289L, 262L, 241L);
    private static final List<Long> HIGH_END = List.of(1000L, 869L, 743L, 653L, 593L, 551L, 517L, 491L);

    private static void assertPrinted(double actual, String published) {
        BigDecimal expected = new BigDecimal(published);
        assertThat(BigDecimal.valueOf(actual).setScale(expected.scale(), RoundingMode.HALF_UP))
                .as("%s printed as %s", actual, published).isEqualByComparingTo(expected);
    }

    /** The paper's estimates from the seven years of renewals: regular α = 0.704, β = 1.182; high end 0.668, 3.806. */
    @Test
    void fit_reproducesFaderHardie2007() {
        ModelFit<ShiftedBetaGeometricModel> regular = ShiftedBetaGeometricModel.fit(REGULAR, ChronoUnit.YEARS);
        assertPrinted(regular.model().alpha(), "0.704");
        assertPrinted(regular.model().beta(), "1.182");
        assertThat(regular.diagnostics().converged()).as(regular.diagnostics().message()).isTrue();
        assertThat(regular.customers()).isEqualTo(1000);

        ModelFit<ShiftedBetaGeometricModel> highEnd = ShiftedBetaGeometricModel.fit(HIGH_END, ChronoUnit.YEARS);
        assertPrinted(highEnd.model().alpha(), "0.668");
        assertPrinted(highEnd.model().beta(), "3.806");
    }

    /** S(t) and P(T = t) from their recursions agree with each other and with r_t, by hand at t = 1, 2. */
    @Test
    void survivalChurnAndRetention_areConsistent() {
        ShiftedBetaGeometricModel m = new ShiftedBetaGeometricModel(0.704, 1.182, ChronoUnit.YEARS);
        assertThat(m.survival(0)).isEqualTo(1.0);
        assertThat(m.survival(1)).isCloseTo(1.182 / 1.886, within(1e-15));
        assertThat(m.survival(2)).isCloseTo(1.182 / 1.886 * 2.182 / 2.886, within(1e-15));
        assertThat(m.churnProbability(1)).isCloseTo(0.704 / 1.886, within(1e-15));
        double total = 0;
        for (int t = 1; t <= 50; t++) {
            total += m.churnProbability(t);
            assertThat(m.survival(t)).isCloseTo(m.survival(t - 1) * m.retentionRate(t), within(1e-15));
            if (t > 1) {
                assertThat(m.retentionRate(t)).as("aggregate retention rises").isGreaterThan(m.retentionRate(t - 1));
            }
        }
        assertThat(total + m.survival(50)).isCloseTo(1.0, within(1e-12));
    }

    /** DEL is Σ_{t≥0} S(t) (1+d)^−t; summed term by term it must equal the 2F1 form, also for a tiny rate. */
    @Test
    void discountedExpectedLifetime_equalsTheDiscountedSumOfSurvival() {
        ShiftedBetaGeometricModel m = new ShiftedBetaGeometricModel(0.704, 1.182, ChronoUnit.YEARS);
        for (String rate : List.of("0.10", "0.001")) {
            double z = 1 / (1 + Double.parseDouble(rate));
            double sum = 0;
            double s = 1;
            double power = 1;
            for (int t = 0; t < 200_000; t++) {
                sum += s * power;
                s *= (1.182 + t) / (0.704 + 1.182 + t);
                power *= z;
            }
            double del = m.discountedExpectedLifetime(DiscountRate.of(new BigDecimal(rate), ChronoUnit.YEARS));
            assertThat(del).as("DEL at %s", rate).isCloseTo(sum, within(sum * 1e-9));
        }
        // Undiscounted with α > 1 it is E[T] = E[1/θ] = (α+β−1)/(α−1).
        ShiftedBetaGeometricModel finite = new ShiftedBetaGeometricModel(2.5, 3, ChronoUnit.MONTHS);
        assertThat(finite.discountedExpectedLifetime(DiscountRate.NONE)).isCloseTo(4.5 / 1.5, within(1e-12));
        assertThatThrownBy(() -> m.discountedExpectedLifetime(DiscountRate.NONE)).isInstanceOf(ValidationException.class);
    }

    /** 12% a year is about 0.949% a month: a monthly model discounts by the monthly equivalent. */
    @Test
    void discountedExpectedLifetime_convertsTheRateToTheModelsPeriod() {
        ShiftedBetaGeometricModel monthly = new ShiftedBetaGeometricModel(0.7, 12, ChronoUnit.MONTHS);
        double yearly = monthly.discountedExpectedLifetime(DiscountRate.of(new BigDecimal("0.12"), ChronoUnit.YEARS));
        double perMonth = Math.pow(1.12, 1 / 12.0) - 1;
        double sum = 0;
        double s = 1;
        for (int t = 0; t < 100_000; t++) {
            sum += s * Math.pow(1 + perMonth, -t);
            s *= (12 + t) / (12.7 + t);
        }
        assertThat(yearly).isCloseTo(sum, within(sum * 1e-8));
    }

    @Test
    void fit_rejectsCurvesThatRiseOrAreTooShort() {
        assertThatThrownBy(() -> ShiftedBetaGeometricModel.fit(List.of(100L), ChronoUnit.YEARS))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> ShiftedBetaGeometricModel.fit(List.of(100L, 80L, 90L), ChronoUnit.YEARS))
                .isInstanceOf(ValidationException.class).hasMessageContaining("survivors[2]");
    }
}
