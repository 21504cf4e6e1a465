package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.integration.IterativeLegendreGaussIntegrator;
import org.hipparchus.random.RandomDataGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pareto/NBD checked against its definition: quadrature instead of 2F1, limits, and simulation. */
class ParetoNbdModelTest {
    private static final ParetoNbdModel CDNOW = new ParetoNbdModel(0.553, 10.578, 0.606, 11.669, ChronoUnit.WEEKS);

    private static Duration weeks(double w) {
        return Duration.ofSeconds(Math.round(w * 7 * 86_400));
    }

    /**
     * Integrating the individual likelihood over the Gamma rates by hand (the customer is alive at T, or dies at some
     * τ in (t_x, T]) gives the bracket 1/((α+T)^(r+x)(β+T)^s) + s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ, which a
     * Gauss-Legendre quadrature evaluates without any hypergeometric function. Cases cover α &lt; β, α &gt; β, α ≫ β
     * (2F1 argument near 1, through the 1-z transformation and, with s an integer, the fallback series), many
     * repeats, and t_x = T.
     */
    @ParameterizedTest
    @CsvSource({
            "0.553, 10.578, 0.606, 11.669, 2, 30.43, 38.86",
            "0.553, 15, 0.606, 3, 5, 10, 38",
            "0.8, 500, 1.3, 0.5, 0, 0, 30",
            "0.8, 500, 2.0, 0.5, 1, 1, 30",
            "0.553, 10.578, 0.606, 11.669, 29, 37, 38.86",
            "1.2, 3, 0.4, 7, 3, 20, 20"
    })
    void likelihoodBracket_equalsQuadratureOfTheIndividualLikelihood(double r, double alpha, double s, double beta,
                                                                      int x, double tx, double age) {
        double scale = Math.pow(alpha + tx, -(r + x)) * Math.pow(beta + tx, -(s + 1));
        double integral = tx == age ? 0 : new IterativeLegendreGaussIntegrator(16, 1e-13, 1e-300)
                .integrate(10_000, tau -> Math.pow(alpha + tau, -(r + x)) * Math.pow(beta + tau, -(s + 1)) / scale,
                        tx, age) * scale;
        double bracket = Math.pow(alpha + age, -(r + x)) * Math.pow(beta + age, -s) + s * integral;
        assertThat(ParetoNbdModel.logBracket(r, alpha, s, beta, x, tx, age)).isCloseTo(Math.log(bracket), within(1e-10));
    }

    /** The two forms of A₀ (α ≥ β and α &lt; β) meet where α = β. */
    @Test
    void likelihood_isContinuousWhereAlphaCrossesBeta() {
        double below = ParetoNbdModel.logBracket(0.5, 10 - 1e-9, 0.7, 10, 3, 12, 30);
        double equal = ParetoNbdModel.logBracket(0.5, 10, 0.7, 10, 3, 12, 30);
        double above = ParetoNbdModel.logBracket(0.5, 10 + 1e-9, 0.7, 10, 3, 12, 30);
        assertThat(below).isCloseTo(equal, within(1e-8));
        assertThat(above).isCloseTo(equal, within(1e-8));
    }

    /** Expected lifetime purchases: E[λ]·E[1/μ] = (r/α)·(β/(s−1)) for s &gt; 1, the limit of E[X(t)]. */
    @Test
    void longHorizon_approachesExpectedLifetimePurchases() {
        ParetoNbdModel model = new ParetoNbdModel(0.5, 8, 2.5, 12, ChronoUnit.WEEKS);
        assertThat(model.expectedTransactions(weeks(1e9))).isCloseTo(0.5 / 8 * 12 / 1.5, within(1e-6));
    }

    @Test
    void shortHorizon_approachesTheInitialRate_andShapeOneIsContinuous() {
        double t = 1.0 / (7 * 24 * 60);
        assertThat(CDNOW.expectedTransactions(Duration.ofMinutes(1)) / t).isCloseTo(0.553 / 10.578, within(0.553 / 10.578 * 1e-5));
        CustomerSummary c = CustomerSummary.of(2, 30.43, 38.86, ChronoUnit.WEEKS);
        double rate = CDNOW.probabilityAlive(c) * (0.553 + 2) / (10.578 + 38.86);
        assertThat(CDNOW.expectedTransactions(c, Duration.ofMinutes(1)) / t).isCloseTo(rate, within(rate * 1e-5));

        double at = new ParetoNbdModel(0.5, 8, 1, 12, ChronoUnit.WEEKS).expectedTransactions(weeks(52));
        double near = new ParetoNbdModel(0.5, 8, 1 + 1e-9, 12, ChronoUnit.WEEKS).expectedTransactions(weeks(52));
        // At s = 1 the closed form is (rβ/α) ln((β+t)/β).
        assertThat(at).isCloseTo(0.5 * 12 / 8 * Math.log(64.0 / 12), within(1e-12));
        assertThat(near).isCloseTo(at, within(1e-7));
    }

    @Test
    void probabilityAlive_isOneAtTheFirstPurchase_andFallsWithSilence() {
        assertThat(CDNOW.probabilityAlive(CustomerSummary.of(0, 0, 0, ChronoUnit.WEEKS))).isCloseTo(1.0, within(1e-12));
        double recent = CDNOW.probabilityAlive(CustomerSummary.of(4, 35, 38, ChronoUnit.WEEKS));
        double silent = CDNOW.probabilityAlive(CustomerSummary.of(4, 5, 38, ChronoUnit.WEEKS));
        assertThat(recent).isLessThan(1.0).isGreaterThan(silent);
        assertThat(silent).isPositive();
    }

    /**
     * 10,000 customers simulated from the CDNOW estimates (Poisson purchases at a Gamma rate until an exponential
     * lifetime with a Gamma rate ends) over 27-39 weeks: the fit recovers each parameter within four standard errors.
     */
    @Test
    void simulatedCustomers_recoverTheirParameters_withinTheStandardErrors() {
        RandomDataGenerator random = new RandomDataGenerator(19870101L);
        Map<Integer, CustomerSummary> summaries = new LinkedHashMap<>();
        for (int i = 0; i < 10_000; i++) {
            double age = 39 - random.nextUniform(0, 12);
            double lambda = random.nextGamma(0.553, 1 / 10.578);
            double mu = random.nextGamma(0.606, 1 / 11.669);
            double end = mu > 0 ? Math.min(age, random.nextExponential(1 / mu)) : age;
            int x = 0;
            double last = 0;
            double t = 0;
            while (lambda > 0) {
                t += random.nextExponential(1 / lambda);
                if (t > end) {
                    break;
                }
                x++;
                last = t;
            }
            summaries.put(i, CustomerSummary.of(x, last, age, ChronoUnit.WEEKS));
        }
        ModelFit<ParetoNbdModel> fit = ParetoNbdModel.fit(CustomerSummaries.of(ChronoUnit.WEEKS, summaries));

        assertThat(fit.diagnostics().converged()).as(fit.diagnostics().message()).isTrue();
        double[] truth = {0.553, 10.578, 0.606, 11.669};
        List<ParameterEstimate> estimates = fit.parameters();
        for (int i = 0; i < 4; i++) {
            ParameterEstimate e = estimates.get(i);
            assertThat(e.standardError()).as("se of %s", e.name()).isPositive();
            assertThat(e.value()).as("%s (se %s)", e.name(), e.standardError())
                    .isCloseTo(truth[i], within(4 * e.standardError()));
        }
    }
}
