package dev.cms.analytics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The analytic gradients the fits follow agree with central differences of the log-likelihood value on CDNOW, at the
 * published estimates, at the fits' starting points and far from both. The Pareto/NBD cases cover α &lt; β, α &gt; β,
 * α = β (where the two forms of A₀ meet) and α more than tenfold β (2F1 arguments above 0.9, where the gradient falls
 * back to differences of the bracket).
 */
class LikelihoodGradientTest {
    private static final CustomerSummaries<Integer> CDNOW = Cdnow.derivedSummaries();

    @ParameterizedTest
    @CsvSource({"0.243, 4.414, 0.793, 2.426", "1, 32.7, 1, 1", "2, 0.5, 3, 0.2", "0.05, 80, 0.3, 9"})
    void bgNbd_gradientMatchesDifferencesOfTheValue(double r, double alpha, double a, double b) {
        assertGradient(BgNbdModel.likelihood(CDNOW, ChronoUnit.WEEKS), r, alpha, a, b);
    }

    @ParameterizedTest
    @CsvSource({"0.553, 10.578, 0.606, 11.669", "1, 32.7, 1, 32.7", "0.553, 15, 0.606, 3", "0.5, 10, 0.7, 10",
            "2, 3, 0.2, 40", "0.8, 500, 1.3, 0.5", "0.8, 0.5, 1.3, 500"})
    void paretoNbd_gradientMatchesDifferencesOfTheValue(double r, double alpha, double s, double beta) {
        assertGradient(ParetoNbdModel.likelihood(CDNOW, ChronoUnit.WEEKS), r, alpha, s, beta);
    }

    @ParameterizedTest
    @CsvSource({"6.25, 3.74, 15.44", "1, 1, 36", "0.5, 8, 2", "20, 1.5, 300"})
    void gammaGamma_gradientMatchesDifferencesOfTheValue(double p, double q, double v) {
        assertGradient(GammaGammaModel.likelihood(CDNOW), p, q, v);
    }

    /**
     * Central differences with steps h = 1e-3 θ_i and h/2, combined by Richardson extrapolation (4D(h/2) − D(h))/3 so
     * that the truncation error is O(h⁴) while the rounding error of the sums (about 1e-10 of the likelihood) stays
     * small against the steps.
     */
    private static void assertGradient(MaximumLikelihood.DifferentiableLogLikelihood ll, double... theta) {
        double[] gradient = new double[theta.length];
        double value = ll.at(theta, gradient);
        assertThat(value).isEqualTo(ll.at(theta));
        for (int i = 0; i < theta.length; i++) {
            double h = 1e-3 * theta[i];
            double difference = (4 * centralDifference(ll, theta, i, h / 2) - centralDifference(ll, theta, i, h)) / 3;
            double tolerance = 1e-6 * (Math.abs(difference) + Math.abs(value) / theta[i] * 1e-3);
            assertThat(gradient[i]).as("dLL/dθ%d at %s", i, java.util.Arrays.toString(theta))
                    .isCloseTo(difference, within(tolerance));
        }
    }

    private static double centralDifference(MaximumLikelihood.LogLikelihood ll, double[] theta, int i, double h) {
        double[] up = theta.clone();
        double[] down = theta.clone();
        up[i] += h;
        down[i] -= h;
        return (ll.at(up) - ll.at(down)) / (2 * h);
    }
}
