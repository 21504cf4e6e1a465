package dev.cms.analytics.internal.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.special.Gamma;
import org.hipparchus.special.elliptic.legendre.LegendreEllipticIntegral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 2F1 against closed forms (Abramowitz &amp; Stegun 15.1.3-15.1.8, 15.1.20, Kummer's theorem 15.1.21), an independent
 * implementation (Hipparchus' complete elliptic integral), and its own direct series where the transformations take
 * over. Each region of the algorithm is reached: the direct series, Pfaff for z &lt; 0, the 1-z transformation, the
 * integer c-a-b fallback near 1, z = 1, polynomials and overflow-free logarithms.
 */
class HypergeometricTest {
    private static void assertRelative(double actual, double expected, double tolerance) {
        assertThat(actual).isCloseTo(expected, within(tolerance * Math.abs(expected)));
    }

    /** A&amp;S 15.1.3: 2F1(1, 1; 2; z) = −ln(1−z)/z. Here c−a−b = 0, so near 1 the integer fallback runs. */
    @ParameterizedTest
    @ValueSource(doubles = {-50, -5, -0.9, -0.3, 1e-8, 0.1, 0.5, 0.8, 0.9, 0.95, 0.999})
    void logarithm_matchesClosedForm(double z) {
        assertRelative(Hypergeometric.value(1, 1, 2, z), -Math.log1p(-z) / z, 1e-13);
    }

    /** A&amp;S 15.1.8: 2F1(a, b; b; z) = (1−z)^−a, through the series, Pfaff and both z→1 paths. */
    @ParameterizedTest
    @CsvSource({"0.7, 2.2, 0.3", "2.5, 1.3, 0.97", "3, 1.5, 0.97", "0.25, 4, -7", "12.5, 0.5, 0.6", "0.5, 7, 0.9999"})
    void power_matchesClosedForm(double a, double b, double z) {
        assertRelative(Hypergeometric.value(a, b, b, z), Math.pow(1 - z, -a), 1e-12);
    }

    /** A&amp;S 15.1.6: 2F1(1/2, 1/2; 3/2; z²) = arcsin(z)/z; c−a−b = 1/2, so the 1-z transformation runs near 1. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.9, 0.97, 0.99, 0.999999})
    void arcsine_matchesClosedForm(double z) {
        assertRelative(Hypergeometric.value(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-12);
    }

    /** A&amp;S 15.1.5: 2F1(1/2, 1; 3/2; −z²) = arctan(z)/z; negative arguments go through Pfaff's transformation. */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 3, 30, 1000})
    void arctangent_matchesClosedForm(double z) {
        assertRelative(Hypergeometric.value(0.5, 1, 1.5, -z * z), Math.atan(z) / z, 1e-12);
    }

    /** 2F1(1/2, 1/2; 1; m) = 2K(m)/π, with K from Hipparchus' own (Carlson-form) elliptic integrals. */
    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.9, 0.99})
    void ellipticK_matchesIndependentImplementation(double m) {
        assertRelative(Hypergeometric.value(0.5, 0.5, 1, m), 2 * LegendreEllipticIntegral.bigK(m) / Math.PI, 1e-12);
    }

    /** The imaginary-modulus transformation K(−3) = K(3/4)/2 (A&amp;S 17.4.17) checks the z &lt; 0 path. */
    @Test
    void ellipticK_atNegativeParameter() {
        assertRelative(Hypergeometric.value(0.5, 0.5, 1, -3), LegendreEllipticIntegral.bigK(0.75) / Math.PI, 1e-12);
    }

    /** Kummer's theorem (A&amp;S 15.1.21): 2F1(a, b; 1+a−b; −1) = Γ(1+a−b)Γ(1+a/2) / (Γ(1+a)Γ(1+a/2−b)). */
    @Test
    void kummersTheorem_atMinusOne() {
        double a = 1.5;
        double b = 0.7;
        double expected = Gamma.gamma(1 + a - b) * Gamma.gamma(1 + a / 2) / (Gamma.gamma(1 + a) * Gamma.gamma(1 + a / 2 - b));
        assertRelative(Hypergeometric.value(a, b, 1 + a - b, -1), expected, 1e-13);
    }

    /** Gauss's theorem (A&amp;S 15.1.20): 2F1(1, 1; 3; 1) = Γ(3)Γ(1)/(Γ(2)Γ(2)) = 2, and the function is continuous there. */
    @Test
    void gaussTheorem_atOne_andContinuousFromBelow() {
        assertRelative(Hypergeometric.value(1, 1, 3, 1), 2.0, 1e-14);
        double atOne = Hypergeometric.value(0.3, 0.6, 2.2, 1);
        double expected = Gamma.gamma(2.2) * Gamma.gamma(1.3) / (Gamma.gamma(1.9) * Gamma.gamma(1.6));
        assertRelative(atOne, expected, 1e-13);
        // c-a-b = 1.3: the gap to z = 1 shrinks like (1-z)^1, so at 1 - 1e-10 it is below 1e-9.
        assertRelative(Hypergeometric.value(0.3, 0.6, 2.2, 1 - 1e-10), atOne, 1e-9);
    }

    /** A terminating series: 2F1(−3, 2; 5; z) = 1 − (6/5)z + (3/5)z² − (4/35)z³, valid for every z. */
    @ParameterizedTest
    @CsvSource({"0.5, 0.5357142857142857", "-2, 6.714285714285714", "3, -0.2857142857142857"})
    void polynomial_whenANumeratorIsANonPositiveInteger(double z, double expected) {
        assertRelative(Hypergeometric.value(-3, 2, 5, z), expected, 1e-14);
    }

    /** Where the 1-z transformation runs, the plain series (slow but direct) must agree with it. */
    @ParameterizedTest
    @CsvSource({
            "0.553, 1.606, 1.553, 0.95",   // Pareto/NBD shapes, alpha >= beta branch: a = r+s, b = s+1, c = a+1
            "5.4, 1.6, 6.4, 0.99",
            "0.243, 2.426, 2.219, 0.98",   // BG/NBD E[X(t)]: r, b; a+b-1 at a long horizon
            "2.7, 3.1, 1.4, 0.93",
            "1.0, 1.0, 2.001, 0.995",      // c-a-b = 0.001, at the edge of the integer fallback
            "1.0, 1.0, 2.002, 0.995"       // c-a-b = 0.002, just outside it
    })
    void transformation_agreesWithDirectSeries(double a, double b, double c, double z) {
        double direct = Math.exp(logOfSeries(a, b, c, z));
        assertRelative(Hypergeometric.value(a, b, c, z), direct, 1e-9);
    }

    /** Close to an integer c−a−b both values come from the series and lie either side of the exact one at c = 2. */
    @Test
    void nearIntegerGap_isContinuous() {
        double inside = Hypergeometric.value(1, 1, 2 + 1e-7, 0.99);
        double outside = Hypergeometric.value(1, 1, 2 + 1e-5, 0.99);
        double exact = -Math.log(0.01) / 0.99;
        // d/dc of 2F1 here is about -2 (estimated from -ln(1-z)/z's neighbours), so moving c by 1e-5 moves it ~2e-5.
        assertThat(inside).isCloseTo(exact, within(1e-6));
        assertThat(outside).isCloseTo(exact, within(1e-4));
        assertThat(outside).isLessThan(inside);
    }

    /**
     * Regression: with c−a−b within 1e-6..1e-4 of an integer the 1-z transformation lost up to 2e-6 of relative
     * accuracy to its cancelling Gamma poles (Pareto/NBD meets this with α ≪ β and r+x close to an integer); there the
     * direct series now runs, and just outside the gap the transformation agrees with it.
     */
    @ParameterizedTest
    @ValueSource(doubles = {2e-6, 1e-5, 1e-4, 9e-4, 2e-3, 1e-2})
    void nearAnIntegerGap_agreesWithTheDirectSeries(double gap) {
        double a = 2.2 + gap;
        double b = 2 + gap;   // c−a−b = 1−b = −1 − gap
        assertRelative(Hypergeometric.value(a, b, a + 1, 0.925), Math.exp(logOfSeries(a, b, a + 1, 0.925)), 1e-10);
    }

    /**
     * 2F1(a, b; a+1; z) with its derivatives: the value agrees with the general method, ∂/∂z with the closed form
     * d/dz 2F1(a, b; c; z) = (ab/c) 2F1(a+1, b+1; c+1; z) (A&amp;S 15.2.1), and ∂/∂a, ∂/∂b with Richardson-extrapolated
     * central differences of the general method.
     */
    @ParameterizedTest
    @CsvSource({"0.553, 1.606, 0.05", "1.159, 2.553, 0.3", "30.2, 29.6, 0.09", "0.8, 0.3, 0.9", "5, 1, 0", "2.5, 40, 0.6"})
    void denominatorAPlusOne_valueAndDerivatives(double a, double b, double z) {
        double[] out = new double[4];
        Hypergeometric.logWithDerivativesDenominatorAPlusOne(a, b, z, out);
        double f = Hypergeometric.value(a, b, a + 1, z);
        assertThat(out[0]).isCloseTo(Math.log(f), within(1e-13 * Math.max(1, Math.abs(Math.log(f)))));
        double dz = a * b / (a + 1) * Hypergeometric.value(a + 1, b + 1, a + 2, z) / f;
        assertRelative(out[3], dz, 1e-12);
        assertThat(out[1]).isCloseTo(extrapolated(h -> Hypergeometric.logValue(a + h, b, a + h + 1, z), a),
                within(1e-8 * (1 + Math.abs(out[1]))));
        assertThat(out[2]).isCloseTo(extrapolated(h -> Hypergeometric.logValue(a, b + h, a + 1, z), b),
                within(1e-8 * (1 + Math.abs(out[2]))));
    }

    private static double extrapolated(java.util.function.DoubleUnaryOperator f, double scale) {
        double h = 1e-3 * scale;
        double wide = (f.applyAsDouble(h) - f.applyAsDouble(-h)) / (2 * h);
        double narrow = (f.applyAsDouble(h / 2) - f.applyAsDouble(-h / 2)) / h;
        return (4 * narrow - wide) / 3;
    }

    @Test
    void denominatorAPlusOne_rejectsArgumentsOutsideItsRange() {
        double[] out = new double[4];
        assertThatThrownBy(() -> Hypergeometric.logWithDerivativesDenominatorAPlusOne(1, 1, 0.95, out))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Hypergeometric.logWithDerivativesDenominatorAPlusOne(-1, 1, 0.5, out))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void symmetric_inTheNumeratorParameters() {
        assertRelative(Hypergeometric.value(0.4, 3.3, 2.9, 0.95), Hypergeometric.value(3.3, 0.4, 2.9, 0.95), 1e-12);
        assertRelative(Hypergeometric.value(0.4, 3.3, 2.9, -4), Hypergeometric.value(3.3, 0.4, 2.9, -4), 1e-12);
    }

    /** ln 2F1(800, b; b; 0.9) = 800 ln 10 although the value, 10^800, overflows a double. */
    @Test
    void logValue_doesNotOverflow() {
        assertThat(Hypergeometric.logValue(800, 2, 2, 0.9)).isCloseTo(800 * Math.log(10), within(1e-9));
        assertThat(Hypergeometric.logValue(35.3, 30.2, 36.3, 0.5)).isFinite().isPositive();
    }

    @Test
    void rejects_argumentsOutsideTheRealDomain() {
        assertThatThrownBy(() -> Hypergeometric.value(1, 1, 2, 1.5)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("z <= 1");
        assertThatThrownBy(() -> Hypergeometric.value(1, 1, -2, 0.5)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("c is zero or a negative integer");
        assertThatThrownBy(() -> Hypergeometric.value(1, 1, 2, 1)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("diverges");
        assertThatThrownBy(() -> Hypergeometric.logValue(-3, 2, 5, 3)).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("not positive");
    }

    @Test
    void logAbsGammaAndSign_followTheReflectionFormula() {
        // Γ(−1/2) = −2√π, Γ(−3/2) = 4√π/3.
        assertThat(Hypergeometric.logAbsGamma(-0.5)).isCloseTo(Math.log(2 * Math.sqrt(Math.PI)), within(1e-13));
        assertThat(Hypergeometric.gammaSign(-0.5)).isEqualTo(-1);
        assertThat(Hypergeometric.logAbsGamma(-1.5)).isCloseTo(Math.log(4 * Math.sqrt(Math.PI) / 3), within(1e-13));
        assertThat(Hypergeometric.gammaSign(-1.5)).isEqualTo(1);
    }

    private static double logOfSeries(double a, double b, double c, double z) {
        return Hypergeometric.series(a, b, c, z, Hypergeometric.MAX_TERMS_NEAR_ONE).log();
    }
}
