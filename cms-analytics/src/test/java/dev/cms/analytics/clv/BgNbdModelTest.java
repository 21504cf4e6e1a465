package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BG/NBD predictions checked against the model's definition rather than against our own output. */
class BgNbdModelTest {
    /** The published CDNOW estimates (Fader, Hardie &amp; Lee 2005). */
    private static final BgNbdModel CDNOW = new BgNbdModel(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS);

    private static Duration weeks(double w) {
        return Duration.ofSeconds(Math.round(w * 7 * 86_400));
    }

    /** Eq. (8) is a distribution, and its mean is eq. (9), which is computed another way (through 2F1). */
    @ParameterizedTest
    @ValueSource(doubles = {1, 39, 78})
    void probabilitiesOfCounts_sumToOne_andAverageToTheExpectedCount(double t) {
        double total = 0;
        double mean = 0;
        for (int n = 0; n <= 2000; n++) {
            double p = CDNOW.probabilityOfTransactions(n, weeks(t));
            assertThat(p).isBetween(0.0, 1.0);
            total += p;
            mean += n * p;
        }
        assertThat(total).isCloseTo(1.0, within(1e-10));
        assertThat(mean).isCloseTo(CDNOW.expectedTransactions(weeks(t)), within(1e-9));
    }

    /** Near t = 0 everyone is alive and buys at the mean rate E[λ] = r/α; nothing happens at t = 0. */
    @Test
    void shortHorizons_approachTheInitialPurchaseRate() {
        Duration minute = Duration.ofMinutes(1);
        double t = 1.0 / (7 * 24 * 60);
        assertThat(CDNOW.expectedTransactions(minute) / t).isCloseTo(0.243 / 4.414, within(1e-6));
        assertThat(CDNOW.probabilityOfTransactions(0, minute)).isCloseTo(1.0, within(1e-5));
        assertThat(CDNOW.probabilityOfTransactions(0, Duration.ZERO)).isEqualTo(1.0);
        assertThat(CDNOW.probabilityOfTransactions(3, Duration.ZERO)).isZero();
        assertThat(CDNOW.expectedTransactions(Duration.ZERO)).isZero();

        // Conditional on a history, the initial rate is P(alive) times the posterior mean rate (r+x)/(α+T).
        CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);
        double posteriorRate = CDNOW.probabilityAlive(c) * (0.243 + 2) / (4.414 + 38.86);
        assertThat(CDNOW.expectedTransactions(c, minute) / t).isCloseTo(posteriorRate, within(posteriorRate * 1e-5));
    }

    /**
     * With a &gt; 1 a customer makes a Geometric(p) number of repeat purchases before dropping out, 1/p on average,
     * and E[1/p] = (a+b−1)/(a−1) under Beta(a, b): E[X(t)] tends to that as t grows.
     */
    @Test
    void longHorizon_approachesTheMeanNumberOfPurchasesBeforeDropout() {
        BgNbdModel model = new BgNbdModel(0.6, 5, 2.5, 3, ChronoUnit.WEEKS);
        assertThat(model.expectedTransactions(weeks(1e9))).isCloseTo(4.5 / 1.5, within(3e-4));
        assertThat(model.expectedTransactions(weeks(100))).isLessThan(model.expectedTransactions(weeks(1000)));
    }

    /** Eq. (9) and (10) are 0/0 at a = 1; the value there lies between its neighbours and on their chord. */
    @Test
    void dropoutShapeOne_isContinuous() {
        CustomerSummary c = CustomerSummary.of(3, 20, 38, ChronoUnit.WEEKS);
        double below = new BgNbdModel(0.5, 6, 1 - 1e-3, 2, ChronoUnit.WEEKS).expectedTransactions(c, weeks(52));
        double at = new BgNbdModel(0.5, 6, 1, 2, ChronoUnit.WEEKS).expectedTransactions(c, weeks(52));
        double above = new BgNbdModel(0.5, 6, 1 + 1e-3, 2, ChronoUnit.WEEKS).expectedTransactions(c, weeks(52));
        assertThat(at).isCloseTo((below + above) / 2, within(1e-6));
        double population = new BgNbdModel(0.5, 6, 1, 2, ChronoUnit.WEEKS).expectedTransactions(weeks(52));
        double populationAbove = new BgNbdModel(0.5, 6, 1 + 1e-3, 2, ChronoUnit.WEEKS).expectedTransactions(weeks(52));
        assertThat(population).isCloseTo(populationAbove, within(1e-2 * population));
    }

    @Test
    void probabilityAlive_isOneWithoutRepeats_andFallsWithSilence() {
        assertThat(CDNOW.probabilityAlive(CustomerSummary.of(0, 0, 30, ChronoUnit.WEEKS))).isEqualTo(1.0);
        double recent = CDNOW.probabilityAlive(CustomerSummary.of(4, 35, 38, ChronoUnit.WEEKS));
        double silent = CDNOW.probabilityAlive(CustomerSummary.of(4, 5, 38, ChronoUnit.WEEKS));
        assertThat(recent).isGreaterThan(silent).isLessThan(1.0);
        assertThat(silent).isGreaterThan(0.0);
        // By hand from the closed form: 1 / (1 + 0.793/(2.426+3) (42.414/9.414)^4.243).
        double odds = 0.793 / (2.426 + 3) * Math.pow((4.414 + 38) / (4.414 + 5), 0.243 + 4);
        assertThat(silent).isCloseTo(1 / (1 + odds), within(1e-12));
    }

    /**
     * 30,000 customers simulated from the CDNOW estimates over 27-39 weeks, exactly as the model describes them
     * (Poisson purchases at a Gamma rate, a Beta dropout coin after each repeat purchase): the fit recovers every
     * parameter within four of its standard errors (about 6e-5 to fail by chance for each).
     */
    @Test
    void simulatedCustomers_recoverTheirParameters_withinTheStandardErrors() {
        RandomDataGenerator random = new RandomDataGenerator(20050101L);
        Map<Integer, CustomerSummary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < 30_000; i++) {
            double age = 39 - random.nextUniform(0, 12);
            double lambda = random.nextGamma(0.243, 1 / 4.414);
            double p = random.nextBeta(0.793, 2.426);
            int x = 0;
            double last = 0;
            double t = 0;
            while (lambda > 0) {
                t += random.nextExponential(1 / lambda);
                if (t > age) {
                    break;
                }
                x++;
                last = t;
                if (random.nextUniform(0, 1) < p) {
                    break;
                }
            }
            summaries.put(i, CustomerSummary.of(x, last, age, ChronoUnit.WEEKS));
        }
        ModelFit<BgNbdModel> fit = BgNbdModel.fit(CustomerSummaries.of(ChronoUnit.WEEKS, summaries));

        assertThat(fit.diagnostics().converged()).as(fit.diagnostics().message()).isTrue();
        double[] truth = {0.243, 4.414, 0.793, 2.426};
        List<ParameterEstimate> estimates = fit.parameters();
        for (int i = 0; i < 4; i++) {
            ParameterEstimate e = estimates.get(i);
            assertThat(e.standardError()).as("se of %s", e.name()).isPositive().isLessThan(truth[i]);
            assertThat(e.value()).as("%s (se %s)", e.name(), e.standardError())
                    .isCloseTo(truth[i], within(4 * e.standardError()));
        }
    }

    @Test
    void l2Penalty_shrinksTheParameters_andCostsLikelihood() {
        CustomerSummaries<Integer> data = Cdnow.publishedSummaries();
        ModelFit<BgNbdModel> plain = BgNbdModel.fit(data);
        ModelFit<BgNbdModel> penalised = BgNbdModel.fit(data, FitOptions.DEFAULT.withL2Penalty(0.01));
        double plainNorm = squaredNorm(plain.model());
        double penalisedNorm = squaredNorm(penalised.model());
        assertThat(penalisedNorm).isLessThan(plainNorm);
        assertThat(penalised.logLikelihood()).isLessThan(plain.logLikelihood());
        assertThat(penalised.diagnostics().converged()).as(penalised.diagnostics().message()).isTrue();
        // Each fit is the optimum of its own objective: LL/N − λΣθ².
        double n = data.size();
        assertThat(penalised.logLikelihood() / n - 0.01 * penalisedNorm)
                .isGreaterThanOrEqualTo(plain.logLikelihood() / n - 0.01 * plainNorm);
    }

    private static double squaredNorm(BgNbdModel m) {
        return m.r() * m.r() + m.alpha() * m.alpha() + m.a() * m.a() + m.b() * m.b();
    }

    @Test
    void rejects_negativeHorizonsCountsAndEmptyData() {
        assertThatThrownBy(() -> CDNOW.expectedTransactions(Duration.ofDays(-1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("horizon");
        assertThatThrownBy(() -> CDNOW.probabilityOfTransactions(-1, Duration.ofDays(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> BgNbdModel.fit(CustomerSummaries.of(ChronoUnit.WEEKS, Map.of())))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new BgNbdModel(0, 1, 1, 1, ChronoUnit.WEEKS)).isInstanceOf(ValidationException.class);
    }
}
