package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.Hypergeometric;
import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie &amp; Lee (2005), "'Counting Your Customers' the Easy Way: An Alternative to the
 * Pareto/NBD Model", Marketing Science 24(2), 275-284. While active, a customer buys as a Poisson process with rate
 * λ ~ Gamma(r, α); after each repeat purchase the customer drops out with probability p ~ Beta(a, b).
 *
 * <p>Equation numbers below are the paper's: (6)-(7) the likelihood, (8) P(X(t) = x), (9) E[X(t)] and
 * (10) E[Y(t) | x, t_x, T]; P(alive) is the denominator of (10), as in Fader, Hardie &amp; Lee (2008), "Computing
 * P(alive) using the BG/NBD model".
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha scale of the purchase-rate distribution, in {@code unit}s (rate λ has mean r/α per unit)
 * @param a     first shape of the dropout-probability distribution
 * @param b     second shape of the dropout-probability distribution
 * @param unit  the time unit of α
 */
public record BgNbdModel(double r, double alpha, double a, double b, ChronoUnit unit) implements TransactionModel {
    private static final List<String> NAMES = List.of("r", "alpha", "a", "b");
    /** Width around a = 1, where (9) and (10) are 0/0, inside which they are interpolated from a = 1 ± this. */
    private static final double A_NEAR_ONE = 1e-5;

    /**
     * Checks the parameters.
     *
     * @param r     shape of the purchase-rate distribution
     * @param alpha scale of the purchase-rate distribution, in {@code unit}s (rate λ has mean r/α per unit)
     * @param a     first shape of the dropout-probability distribution
     * @param b     second shape of the dropout-probability distribution
     * @param unit  the time unit of α
     * @throws ValidationException if a parameter is not positive and finite or the unit is not supported
     */
    public BgNbdModel {
        Estimation.requirePositive("r", r);
        Estimation.requirePositive("alpha", alpha);
        Estimation.requirePositive("a", a);
        Estimation.requirePositive("b", b);
        Units.require("unit", unit);
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param data the calibration summaries; their unit becomes the model's
     * @return the fit
     * @throws ValidationException if the set is empty
     */
    public static ModelFit<BgNbdModel> fit(CustomerSummaries<?> data) {
        return fit(data, FitOptions.DEFAULT);
    }

    /**
     * Fits the model by maximum likelihood (or penalised likelihood) on equation (6), starting from r = a = b = 1
     * and α = the mean T.
     *
     * @param data    the calibration summaries; their unit becomes the model's
     * @param options penalty and evaluation budget
     * @return the fit
     * @throws ValidationException if the set is empty
     */
    public static ModelFit<BgNbdModel> fit(CustomerSummaries<?> data, FitOptions options) {
        Objects.requireNonNull(options, "options");
        Estimation.requireCustomers(data);
        ChronoUnit unit = data.unit();
        SummaryTable table = SummaryTable.of(data.values(), unit);
        Likelihood ll = new Likelihood(table);
        return Estimation.fit(NAMES, ll, table.customers, new double[] {1, table.meanAge(), 1, 1}, options,
                p -> new BgNbdModel(p[0], p[1], p[2], p[3], unit));
    }

    /**
     * The log-likelihood (6) of the data under this model, with times in the model's unit.
     *
     * @param data summaries in any unit
     * @return Σ ln L(r, α, a, b | x, t_x, T)
     */
    public double logLikelihood(CustomerSummaries<?> data) {
        return new Likelihood(SummaryTable.of(data.values(), unit)).at(new double[] {r, alpha, a, b});
    }

    /** The likelihood the fit maximises, with its analytic gradient, over data in {@code unit}. */
    static MaximumLikelihood.DifferentiableLogLikelihood likelihood(CustomerSummaries<?> data, ChronoUnit unit) {
        return new Likelihood(SummaryTable.of(data.values(), unit));
    }

    /**
     * Equation (6), summed over distinct histories: ln[Γ(r+x)α^r/Γ(r)] + ln[B(a, b+x)/B(a, b)] + ln[(α+T)^-(r+x) +
     * δ(x&gt;0) a/(b+x−1) (α+t_x)^-(r+x)], with its gradient. The Gamma and Beta ratios are running sums of logarithms
     * over x (their derivatives running sums of reciprocals), so no log-gamma or digamma is evaluated, and ln(α+T),
     * ln(α+t_x) are taken once per distinct value. With w = the share of the second term in the last bracket, that
     * bracket's derivatives are −[(1−w) ln(α+T) + w ln(α+t_x)] in r, −(r+x)[(1−w)/(α+T) + w/(α+t_x)] in α, w/a in a
     * and −w/(b+x−1) in b.
     */
    private static final class Likelihood implements MaximumLikelihood.DifferentiableLogLikelihood {
        private final SummaryTable table;
        private final double[] countsByX;
        private final double[] logAge;
        private final double[] inverseAge;
        private final double[] logRecency;
        private final double[] inverseRecency;
        private final double[] logB;
        private final double[] inverseB;

        Likelihood(SummaryTable table) {
            this.table = table;
            this.countsByX = table.countsByFrequency();
            this.logAge = new double[table.ages.length];
            this.inverseAge = new double[table.ages.length];
            this.logRecency = new double[table.recencies.length];
            this.inverseRecency = new double[table.recencies.length];
            this.logB = new double[countsByX.length];
            this.inverseB = new double[countsByX.length];
        }

        @Override
        public double at(double[] p, double[] gradient) {
            double r = p[0];
            double alpha = p[1];
            double a = p[2];
            double b = p[3];
            int maxX = countsByX.length - 1;
            // lnΓ(r+x)−lnΓ(r) + lnΓ(b+x)−lnΓ(b) − [lnΓ(a+b+x)−lnΓ(a+b)] for x = 0..max, as running sums, and their
            // derivatives Σ_{k<x} 1/(r+k), Σ 1/(b+k) − 1/(a+b+k) and −Σ 1/(a+b+k).
            double sum = 0;
            double sumR = 0;
            double sumB = 0;
            double sumAB = 0;
            double total = 0;
            double dr = 0;
            double dAlpha = 0;
            double da = 0;
            double db = 0;
            for (int x = 0; x <= maxX; x++) {
                if (x > 0) {
                    logB[x] = Math.log(b + x - 1);
                    inverseB[x] = 1 / (b + x - 1);
                }
                double n = countsByX[x];
                if (n > 0) {
                    total += n * sum;
                    dr += n * sumR;
                    db += n * (sumB - sumAB);
                    da -= n * sumAB;
                }
                sum += Math.log(r + x) + Math.log(b + x) - Math.log(a + b + x);
                sumR += 1 / (r + x);
                sumB += 1 / (b + x);
                sumAB += 1 / (a + b + x);
            }
            double logAlpha = Math.log(alpha);
            total += table.customers * r * logAlpha;
            dr += table.customers * logAlpha;
            dAlpha += table.customers * r / alpha;
            for (int j = 0; j < logAge.length; j++) {
                logAge[j] = Math.log(alpha + table.ages[j]);
                inverseAge[j] = 1 / (alpha + table.ages[j]);
            }
            for (int j = 0; j < logRecency.length; j++) {
                logRecency[j] = Math.log(alpha + table.recencies[j]);
                inverseRecency[j] = 1 / (alpha + table.recencies[j]);
            }
            double logA = Math.log(a);
            for (int i = 0; i < table.size; i++) {
                int x = table.x[i];
                double c = table.count[i];
                double rx = r + x;
                int t = table.ageIndex[i];
                double atAge = -rx * logAge[t];
                if (x == 0) {
                    total += c * atAge;
                    dr -= c * logAge[t];
                    dAlpha -= c * rx * inverseAge[t];
                    continue;
                }
                int k = table.recencyIndex[i];
                double dropped = logA - logB[x] - rx * logRecency[k];
                double term;
                double w;
                // ln(1 + e) for e in [0, 1] is within an ulp of 1 of log1p(e), far below the rounding of the term.
                if (atAge >= dropped) {
                    double e = Math.exp(dropped - atAge);
                    term = atAge + Math.log(1 + e);
                    w = e / (1 + e);
                } else {
                    double e = Math.exp(atAge - dropped);
                    term = dropped + Math.log(1 + e);
                    w = 1 / (1 + e);
                }
                total += c * term;
                dr -= c * ((1 - w) * logAge[t] + w * logRecency[k]);
                dAlpha -= c * rx * ((1 - w) * inverseAge[t] + w * inverseRecency[k]);
                da += c * w / a;
                db -= c * w * inverseB[x];
            }
            gradient[0] = dr;
            gradient[1] = dAlpha;
            gradient[2] = da;
            gradient[3] = db;
            return total;
        }
    }

    @Override
    public double expectedTransactions(Duration horizon) {
        double t = Units.length("horizon", horizon, unit);
        if (t == 0) {
            return 0;
        }
        double logP = -Math.log1p(t / alpha);
        double z = t / (alpha + t);
        return dropoutWeighted(a, r, b, logP, z);
    }

    @Override
    public double expectedTransactions(CustomerSummary customer, Duration horizon) {
        CustomerSummary c = customer.in(unit);
        double t = Units.length("horizon", horizon, unit);
        if (t == 0) {
            return 0;
        }
        int x = c.frequency();
        double logP = -Math.log1p(t / (alpha + c.age()));
        double z = t / (alpha + c.age() + t);
        return dropoutWeighted(a, r + x, b + x, logP, z) * probabilityAlive(c);
    }

    /**
     * (a+b'−1)/(a−1) · [1 − P^r' 2F1(r', b'; a+b'−1; z)], the common form of (9) (r' = r, b' = b) and the numerator
     * of (10) (r' = r+x, b' = b+x). At a = 1 both factors vanish; within {@link #A_NEAR_ONE} of it the value is
     * interpolated linearly between a = 1 ± A_NEAR_ONE, which the function's smoothness in a makes accurate to ~1e-10.
     */
    private static double dropoutWeighted(double a, double rr, double bb, double logP, double z) {
        if (Math.abs(a - 1) < A_NEAR_ONE) {
            double low = dropoutWeightedAwayFromOne(1 - A_NEAR_ONE, rr, bb, logP, z);
            double high = dropoutWeightedAwayFromOne(1 + A_NEAR_ONE, rr, bb, logP, z);
            return low + (high - low) * (a - (1 - A_NEAR_ONE)) / (2 * A_NEAR_ONE);
        }
        return dropoutWeightedAwayFromOne(a, rr, bb, logP, z);
    }

    private static double dropoutWeightedAwayFromOne(double a, double rr, double bb, double logP, double z) {
        double c = a + bb - 1;
        double bracket = -Math.expm1(rr * logP + Math.log(Hypergeometric.value(rr, bb, c, z)));
        return c / (a - 1) * bracket;
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + δ(x&gt;0) a/(b+x−1) ((α+T)/(α+t_x))^(r+x)).
     */
    @Override
    public double probabilityAlive(CustomerSummary customer) {
        CustomerSummary c = customer.in(unit);
        int x = c.frequency();
        if (x == 0) {
            return 1.0;
        }
        double logOdds = Math.log(a) - Math.log(b + x - 1)
                + (r + x) * (Math.log(alpha + c.age()) - Math.log(alpha + c.recency()));
        return 1.0 / (1.0 + Math.exp(logOdds));
    }

    /**
     * P(X(t) = n), equation (8): the probability that a new customer makes exactly n repeat transactions in the time
     * t after the first purchase, B(a, b+n)/B(a, b) · Γ(r+n)/(Γ(r) n!) (α/(α+t))^r (t/(α+t))^n + δ(n&gt;0)
     * B(a+1, b+n−1)/B(a, b) · [1 − (α/(α+t))^r Σ_{j&lt;n} Γ(r+j)/(Γ(r) j!) (t/(α+t))^j]. The bracket is the upper
     * tail of a negative binomial, computed without cancellation as the regularised incomplete beta I_{t/(α+t)}(n, r).
     *
     * @param n       the count, not negative
     * @param horizon t, not negative
     * @return the probability
     * @throws ValidationException if n or the horizon is negative
     */
    public double probabilityOfTransactions(int n, Duration horizon) {
        if (n < 0) {
            throw ValidationException.of("n", n, "must not be negative");
        }
        double t = Units.length("horizon", horizon, unit);
        if (t == 0) {
            return n == 0 ? 1.0 : 0.0;
        }
        double logP = -Math.log1p(t / alpha);
        double logQ = Math.log(t / (alpha + t));
        double logBab = Beta.logBeta(a, b);
        double first = Math.exp(Beta.logBeta(a, b + n) - logBab + Gamma.logGamma(r + n) - Gamma.logGamma(r)
                - Gamma.logGamma(n + 1.0) + r * logP + n * logQ);
        if (n == 0) {
            return first;
        }
        double tail = Beta.regularizedBeta(t / (alpha + t), n, r);
        return first + Math.exp(Beta.logBeta(a + 1, b + n - 1) - logBab) * tail;
    }
}
