package dev.cms.analytics.internal.numeric;

import org.hipparchus.special.Gamma;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real arguments and real z &lt; 1 (and z = 1 where Gauss's
 * theorem gives a finite value), which the Pareto/NBD likelihood and the BG/NBD expectations need and Hipparchus lacks.
 *
 * <p>Method (Abramowitz &amp; Stegun, <i>Handbook of Mathematical Functions</i>, chapter 15; Pearson, Olver &amp;
 * Porter, "Numerical methods for the computation of the confluent and Gaussian hypergeometric functions", Numerical
 * Algorithms 74 (2017), sections 4.1-4.2):
 * <ul>
 *   <li>0 &le; z &le; {@value #SERIES_LIMIT}: the defining series (A&amp;S 15.1.1), each term from the previous one by
 *       the term ratio (a+n)(b+n)z / ((c+n)(n+1)), summed with a running exponent so that neither terms nor sum
 *       overflow (the result is available as a logarithm), stopped only when a bound on the remaining tail is below
 *       the rounding level;</li>
 *   <li>z &lt; 0: Pfaff's transformation (A&amp;S 15.3.4) 2F1(a,b;c;z) = (1-z)^-a 2F1(a, c-b; c; z/(z-1)) maps z into
 *       [0, 1), where the series has terms of one sign when a, c-b, c &gt; 0 and so cannot cancel;</li>
 *   <li>{@value #SERIES_LIMIT} &lt; z &lt; 1: the 1-z transformation (A&amp;S 15.3.6), two series in 1-z &lt; 0.1,
 *       unless c-a-b lies within {@value #INTEGER_GAP} of an integer, where its Gamma factors have poles that cancel
 *       only in exact arithmetic; there the direct series is summed to convergence instead (slow as z approaches 1,
 *       bounded by {@value #MAX_TERMS_NEAR_ONE} terms);</li>
 *   <li>z = 1: Gauss's theorem (A&amp;S 15.1.20), Γ(c)Γ(c-a-b)/(Γ(c-a)Γ(c-b)) when c-a-b &gt; 0.</li>
 * </ul>
 * A non-positive integer a or b ends the series as a polynomial, valid for every z.
 */
public final class Hypergeometric {
    /** Largest z summed directly; above it the 1-z transformation converges faster. */
    public static final double SERIES_LIMIT = 0.9;
    /**
     * Distance of c-a-b from an integer below which the 1-z transformation loses too much to cancellation: its error
     * grows about as 1/gap² (relative 2e-6 at a gap of 2e-6, 1e-10 at 1e-4, 1e-11 at 1e-3 for z = 0.925).
     */
    static final double INTEGER_GAP = 1e-3;
    /** Term budget of the direct series in its usual range. */
    static final int MAX_TERMS = 100_000;
    /** Term budget of the direct series near z = 1 when no transformation applies. */
    static final int MAX_TERMS_NEAR_ONE = 20_000_000;

    private static final double RESCALE = 1e200;
    private static final double LOG_RESCALE = Math.log(RESCALE);
    private static final double EPSILON = 0x1.0p-53;
    /** 1/n for the first terms of a series, so that the common case divides less. */
    private static final double[] RECIPROCALS = new double[256];

    static {
        for (int n = 1; n < RECIPROCALS.length; n++) {
            RECIPROCALS[n] = 1.0 / n;
        }
    }

    private Hypergeometric() {
    }

    /**
     * Computes 2F1(a, b; c; z).
     *
     * @param a first numerator parameter
     * @param b second numerator parameter
     * @param c denominator parameter, not zero or a negative integer
     * @param z argument, below 1, or exactly 1 when c-a-b &gt; 0
     * @return the value
     * @throws ArithmeticException if the arguments lie outside that domain or a series does not converge within its
     *                             budget
     */
    public static double value(double a, double b, double c, double z) {
        Scaled s = evaluate(a, b, c, z);
        return s.sign == 0 ? 0.0 : s.sign * Math.exp(s.log);
    }

    /**
     * Computes ln 2F1(a, b; c; z) without overflow, for arguments where the function is positive (for example a, b,
     * c &gt; 0 and 0 &le; z &lt; 1, the case of every likelihood in this module).
     *
     * @param a first numerator parameter
     * @param b second numerator parameter
     * @param c denominator parameter
     * @param z argument
     * @return the natural logarithm of the value
     * @throws ArithmeticException as {@link #value}, or if the value is not positive
     */
    public static double logValue(double a, double b, double c, double z) {
        Scaled s = evaluate(a, b, c, z);
        if (s.sign <= 0) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") is not positive");
        }
        return s.log;
    }

    /**
     * ln 2F1(a, b; a+1; z) and its partial derivatives in a, b and z, for a, b &gt; 0 and 0 &le; z &le;
     * {@value #SERIES_LIMIT}: the form in which the Pareto/NBD likelihood meets the function (Fader &amp; Hardie 2005).
     *
     * <p>Method: the defining series (A&amp;S 15.1.1), whose terms here are f_n = a/(a+n) · (b)_n/n! · z^n, all
     * positive, with the derivative series summed alongside: ∂ln F/∂a = 1/a − Σ f_n/(a+n) / F, ∂ln F/∂b =
     * Σ f_n ψ_n / F with ψ_n = Σ_{k&lt;n} 1/(b+k), and ∂ln F/∂z = Σ_{n≥1} f_{n−1} (a+n−1)(b+n−1)/(a+n) / F (the term
     * ratio without its z, so z = 0 is no special case). Past term n every term ratio is below
     * B = z · max(1, (b+n+1)/(n+2)), so the remaining tail is at most f_n B/(1−B); the series stops when that bound,
     * weighted by n+1+ψ_n for the derivative sums, is below the rounding level of F. Sums are rescaled before they
     * could overflow.
     *
     * @param a   first numerator parameter, positive; the denominator parameter is a+1
     * @param b   second numerator parameter, positive
     * @param z   argument, in [0, {@value #SERIES_LIMIT}]
     * @param out receives ln F, ∂ln F/∂a, ∂ln F/∂b and ∂ln F/∂z in its first four entries
     * @throws ArithmeticException if an argument is outside that domain or the series does not converge within its
     *                             budget
     */
    public static void logWithDerivativesDenominatorAPlusOne(double a, double b, double z, double[] out) {
        if (!(a > 0 && b > 0 && z >= 0 && z <= SERIES_LIMIT) || Double.isInfinite(a) || Double.isInfinite(b)) {
            throw new ArithmeticException("2F1(a, b; a+1; z) with derivatives needs a, b > 0 and 0 <= z <= "
                    + SERIES_LIMIT + ": a=" + a + " b=" + b + " z=" + z);
        }
        double f = 1.0;
        double sum = 1.0;
        double sumA = 1.0 / a;
        double sumB = 0.0;
        double sumZ = 0.0;
        double psi = 0.0;
        double scale = 0.0;
        for (int n = 1; n <= MAX_TERMS; n++) {
            double inverseAn = 1.0 / (a + n);
            double bn = b + n - 1;
            double grow = (a + n - 1) * bn * inverseAn;
            sumZ += f * grow;
            psi += 1.0 / bn;
            f *= grow * z * (n < RECIPROCALS.length ? RECIPROCALS[n] : 1.0 / n);
            sum += f;
            sumA += f * inverseAn;
            sumB += f * psi;
            if (sum > RESCALE) {
                f /= RESCALE;
                sum /= RESCALE;
                sumA /= RESCALE;
                sumB /= RESCALE;
                sumZ /= RESCALE;
                scale += LOG_RESCALE;
            }
            // The tail bound is worked out only once the term is small (it needs two more divisions).
            if (f <= EPSILON * sum && tailIsNegligible(f, sum, b, z, n, psi)) {
                out[0] = scale + Math.log(sum);
                out[1] = 1.0 / a - sumA / sum;
                out[2] = sumB / sum;
                out[3] = sumZ / sum;
                return;
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + (a + 1) + "; " + z
                + ") series with derivatives did not converge in " + MAX_TERMS + " terms");
    }

    /** Whether f_n B/(1−B) (n+1+ψ_n), the bound on the tails of the value and derivative sums, is below rounding. */
    private static boolean tailIsNegligible(double f, double sum, double b, double z, int n, double psi) {
        if (f == 0.0) {
            return true;
        }
        double bound = z * Math.max(1.0, (b + n + 1) / (n + 2.0));
        return bound < 1.0 && f * bound / (1.0 - bound) * (n + 1 + psi) <= EPSILON * sum;
    }

    /** A value as sign × exp(log); sign 0 means exactly zero. */
    record Scaled(int sign, double log) {
        static final Scaled ONE = new Scaled(1, 0.0);

        Scaled times(int otherSign, double otherLog) {
            return new Scaled(sign * otherSign, log + otherLog);
        }
    }

    private static Scaled evaluate(double a, double b, double c, double z) {
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(c) && Double.isFinite(z))) {
            throw new ArithmeticException("2F1 needs finite arguments: a=" + a + " b=" + b + " c=" + c + " z=" + z);
        }
        if (isNonPositiveInteger(c)) {
            throw new ArithmeticException("2F1 is undefined when c is zero or a negative integer: c=" + c);
        }
        if (z == 0.0 || a == 0.0 || b == 0.0) {
            return Scaled.ONE;
        }
        if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
            // A polynomial: the series stops by itself, for every z.
            return series(a, b, c, z, MAX_TERMS);
        }
        if (z > 1.0) {
            throw new ArithmeticException("2F1 is real-valued only for z <= 1 here: z=" + z);
        }
        if (z == 1.0) {
            return atOne(a, b, c);
        }
        if (z < 0.0) {
            // Pfaff (A&S 15.3.4): pick the form whose new parameters keep the series' terms of one sign if possible.
            double w = z / (z - 1.0);
            double log1mz = Math.log1p(-z);
            boolean useA = c - b > 0.0 || c - a <= 0.0;
            double keep = useA ? a : b;
            double other = useA ? c - b : c - a;
            return positiveRange(keep, other, c, w).times(1, -keep * log1mz);
        }
        return positiveRange(a, b, c, z);
    }

    private static Scaled positiveRange(double a, double b, double c, double z) {
        if (z == 0.0) {
            return Scaled.ONE;
        }
        if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) {
            return series(a, b, c, z, MAX_TERMS);
        }
        if (z <= SERIES_LIMIT) {
            return series(a, b, c, z, MAX_TERMS);
        }
        double d = c - a - b;
        if (Math.abs(d - Math.rint(d)) < INTEGER_GAP) {
            return series(a, b, c, z, MAX_TERMS_NEAR_ONE);
        }
        return oneMinusZ(a, b, c, z, d);
    }

    /**
     * A&amp;S 15.3.6: 2F1(a,b;c;z) = Γ(c)Γ(d)/(Γ(c-a)Γ(c-b)) 2F1(a,b;1-d;1-z)
     * + (1-z)^d Γ(c)Γ(-d)/(Γ(a)Γ(b)) 2F1(c-a,c-b;1+d;1-z), with d = c-a-b not an integer.
     */
    private static Scaled oneMinusZ(double a, double b, double c, double z, double d) {
        double w = 1.0 - z;
        Scaled first = gammaRatio(c, d, c - a, c - b);
        if (first.sign != 0) {
            first = multiply(first, series(a, b, 1.0 - d, w, MAX_TERMS));
        }
        Scaled second = gammaRatio(c, -d, a, b);
        if (second.sign != 0) {
            second = multiply(second, series(c - a, c - b, 1.0 + d, w, MAX_TERMS)).times(1, d * Math.log(w));
        }
        return add(first, second);
    }

    /** Gauss's theorem, A&amp;S 15.1.20. */
    private static Scaled atOne(double a, double b, double c) {
        double d = c - a - b;
        if (d <= 0.0) {
            throw new ArithmeticException("2F1(a,b;c;1) diverges unless c-a-b > 0: c-a-b=" + d);
        }
        return gammaRatio(c, d, c - a, c - b);
    }

    /** Γ(p)Γ(q)/(Γ(r)Γ(s)) with sign, zero when r or s is a pole; p and q must not be poles. */
    private static Scaled gammaRatio(double p, double q, double r, double s) {
        if (isNonPositiveInteger(r) || isNonPositiveInteger(s)) {
            return new Scaled(0, Double.NEGATIVE_INFINITY);
        }
        int sign = gammaSign(p) * gammaSign(q) * gammaSign(r) * gammaSign(s);
        double log = logAbsGamma(p) + logAbsGamma(q) - logAbsGamma(r) - logAbsGamma(s);
        return new Scaled(sign, log);
    }

    /**
     * The defining series, A&amp;S 15.1.1, with a running exponent: {@code sum} and {@code term} are kept below
     * {@link #RESCALE} by dividing both and adding to {@code scale}. It stops when the tail, bounded by a geometric
     * series with the larger of the current term ratio and |z|, is below the rounding level of the sum.
     */
    static Scaled series(double a, double b, double c, double z, int maxTerms) {
        double term = 1.0;
        double sum = 1.0;
        double scale = 0.0;
        double largest = 1.0;
        double absZ = Math.abs(z);
        // Beyond n = max(|a|, |b|, |c|) the term ratio no longer changes sign or passes a pole, so a small term there
        // is followed by a tail bounded by a geometric series.
        double past = Math.max(Math.abs(a), Math.max(Math.abs(b), Math.abs(c)));
        for (int n = 0; n < maxTerms; n++) {
            double ratio = (a + n) * (b + n) / ((c + n) * (n + 1.0)) * z;
            term *= ratio;
            if (term == 0.0) {
                return finish(sum, scale, largest, a, b, c, z);
            }
            sum += term;
            double magnitude = Math.abs(term);
            if (magnitude > largest) {
                largest = magnitude;
            }
            if (magnitude > RESCALE || Math.abs(sum) > RESCALE) {
                term /= RESCALE;
                sum /= RESCALE;
                largest /= RESCALE;
                scale += LOG_RESCALE;
            }
            if (magnitude <= EPSILON * Math.abs(sum) && n + 1 > past) {
                double nextRatio = Math.abs((a + n + 1) * (b + n + 1) / ((c + n + 1) * (n + 2.0)) * z);
                double bound = Math.max(nextRatio, absZ);
                if (bound < 1.0 && magnitude * bound / (1.0 - bound) <= EPSILON * Math.abs(sum)) {
                    return finish(sum, scale, largest, a, b, c, z);
                }
            }
        }
        throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z + ") series did not converge in "
                + maxTerms + " terms");
    }

    private static Scaled finish(double sum, double scale, double largest, double a, double b, double c, double z) {
        // Cancellation check: rounding in the largest term is amplified by largest/|sum|.
        if (largest > 1e8 * Math.abs(sum)) {
            throw new ArithmeticException("2F1(" + a + ", " + b + "; " + c + "; " + z
                    + ") series lost more than 8 digits to cancellation");
        }
        if (sum == 0.0) {
            return new Scaled(0, Double.NEGATIVE_INFINITY);
        }
        return new Scaled(sum > 0 ? 1 : -1, scale + Math.log(Math.abs(sum)));
    }

    private static Scaled multiply(Scaled x, Scaled y) {
        return new Scaled(x.sign * y.sign, x.log + y.log);
    }

    private static Scaled add(Scaled x, Scaled y) {
        if (x.sign == 0) {
            return y;
        }
        if (y.sign == 0) {
            return x;
        }
        Scaled big = x.log >= y.log ? x : y;
        Scaled small = big == x ? y : x;
        double rel = big.sign * small.sign * Math.exp(small.log - big.log);
        double m = 1.0 + rel;
        if (m == 0.0) {
            return new Scaled(0, Double.NEGATIVE_INFINITY);
        }
        return new Scaled(m > 0 ? big.sign : -big.sign, big.log + Math.log(Math.abs(m)));
    }

    /**
     * ln|Γ(x)| for any real x that is not a pole, by the reflection formula Γ(x)Γ(1-x) = π / sin(πx) below 1/2.
     *
     * @param x the argument
     * @return ln|Γ(x)|
     */
    public static double logAbsGamma(double x) {
        if (x > 0.5) {
            return Gamma.logGamma(x);
        }
        return Math.log(Math.PI / Math.abs(sinPi(x))) - Gamma.logGamma(1.0 - x);
    }

    /**
     * The sign of Γ(x): positive for x &gt; 0, alternating between the poles below 0.
     *
     * @param x the argument, not a pole
     * @return +1 or -1
     */
    public static int gammaSign(double x) {
        if (x > 0.0) {
            return 1;
        }
        // Γ is negative on (-1,0), positive on (-2,-1), ...: the sign of sin(πx) over (−1,0) etc.
        return sinPi(x) < 0 ? -1 : 1;
    }

    /** sin(πx) with exact zeros at the integers. */
    private static double sinPi(double x) {
        double r = x - 2.0 * Math.floor(x / 2.0);
        return Math.sin(Math.PI * r);
    }

    private static boolean isNonPositiveInteger(double x) {
        return x <= 0.0 && x == Math.rint(x);
    }
}
