package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.Hypergeometric;
import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import dev.cms.core.ValidationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention, Fader &amp; Hardie (2007), "How to Project Customer
 * Retention", Journal of Interactive Marketing 21(1), 76-90: at the end of each contract period a customer renews
 * unless a coin with churn probability θ says otherwise, and θ ~ Beta(α, β) across customers. Heterogeneity makes the
 * aggregate retention rate rise over time although no individual's changes.
 *
 * <p>Formulas (Fader &amp; Hardie 2007): P(T = 1) = α/(α+β), P(T = t) = (β+t−2)/(α+β+t−1) P(T = t−1);
 * S(t) = B(α, β+t)/B(α, β), so S(t) = (β+t−1)/(α+β+t−1) S(t−1); retention rate r_t = (β+t−1)/(α+β+t−1); the
 * log-likelihood of a cohort observed for n periods, Σ_{t=1..n} (n_{t−1} − n_t) ln P(T = t) + n_n ln S(n). The
 * discounted expected lifetime is DEL(d) = Σ_{t≥0} S(t)/(1+d)^t = 2F1(1, β; α+β; 1/(1+d)) (Fader &amp; Hardie 2010,
 * "Customer-Base Valuation in a Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science 29(1)).
 *
 * @param alpha  first shape of the churn-probability distribution
 * @param beta   second shape of the churn-probability distribution
 * @param period the length of one contract period
 */
public record ShiftedBetaGeometricModel(double alpha, double beta, ChronoUnit period) {
    private static final List<String> NAMES = List.of("alpha", "beta");

    /**
     * @throws ValidationException if a parameter is not positive and finite or the period is not supported
     */
    public ShiftedBetaGeometricModel {
        Estimation.requirePositive("alpha", alpha);
        Estimation.requirePositive("beta", beta);
        Units.require("period", period);
    }

    /**
     * Fits the model to a cohort's survival curve by maximum likelihood.
     *
     * @param survivors n_0, n_1, ..., n_n: the cohort's size when acquired and how many are still customers after
     *                  each of n ≥ 1 periods, never rising
     * @param period    the length of one period
     * @return the fit
     * @throws ValidationException if the curve has fewer than two points, rises, or starts at zero
     */
    public static ModelFit<ShiftedBetaGeometricModel> fit(List<Long> survivors, ChronoUnit period) {
        return fit(survivors, period, FitOptions.DEFAULT);
    }

    /**
     * Fits the model to a cohort's survival curve by maximum (or penalised) likelihood, starting from α = β = 1.
     *
     * @param survivors n_0, n_1, ..., n_n, never rising
     * @param period    the length of one period
     * @param options   penalty and evaluation budget
     * @return the fit; its customer count is n_0
     * @throws ValidationException if the curve has fewer than two points, rises, or starts at zero
     */
    public static ModelFit<ShiftedBetaGeometricModel> fit(List<Long> survivors, ChronoUnit period,
                                                          FitOptions options) {
        Objects.requireNonNull(options, "options");
        Units.require("period", period);
        long[] n = checkedCurve(survivors);
        MaximumLikelihood.LogLikelihood ll = p -> logLikelihood(p[0], p[1], n);
        return Estimation.fit(NAMES, ll, n[0], new double[] {1, 1}, options,
                p -> new ShiftedBetaGeometricModel(p[0], p[1], period));
    }

    /**
     * The log-likelihood of a survival curve under this model.
     *
     * @param survivors n_0, n_1, ..., n_n, never rising
     * @return Σ (n_{t−1} − n_t) ln P(T = t) + n_n ln S(n)
     * @throws ValidationException if the curve has fewer than two points, rises, or starts at zero
     */
    public double logLikelihood(List<Long> survivors) {
        return logLikelihood(alpha, beta, checkedCurve(survivors));
    }

    private static long[] checkedCurve(List<Long> survivors) {
        Objects.requireNonNull(survivors, "survivors");
        if (survivors.size() < 2) {
            throw ValidationException.of("survivors", survivors, "needs the cohort size and at least one period");
        }
        long[] n = new long[survivors.size()];
        for (int t = 0; t < n.length; t++) {
            n[t] = Objects.requireNonNull(survivors.get(t), "survivors[" + t + "]");
            if (n[t] < 0 || (t > 0 && n[t] > n[t - 1])) {
                throw ValidationException.of("survivors[" + t + "]", n[t], "must lie between 0 and the previous count");
            }
        }
        if (n[0] == 0) {
            throw ValidationException.of("survivors[0]", 0, "must be a cohort of at least one customer");
        }
        return n;
    }

    private static double logLikelihood(double alpha, double beta, long[] n) {
        double logChurn = Math.log(alpha) - Math.log(alpha + beta);
        double logSurvival = Math.log(beta) - Math.log(alpha + beta);
        double total = 0;
        for (int t = 1; t < n.length; t++) {
            if (t > 1) {
                logChurn += Math.log(beta + t - 2) - Math.log(alpha + beta + t - 1);
                logSurvival += Math.log(beta + t - 1) - Math.log(alpha + beta + t - 1);
            }
            long churned = n[t - 1] - n[t];
            if (churned > 0) {
                total += churned * logChurn;
            }
        }
        long remaining = n[n.length - 1];
        return remaining > 0 ? total + remaining * logSurvival : total;
    }

    /**
     * S(t) = B(α, β+t)/B(α, β): the share of a new cohort still customers after t periods.
     *
     * @param t periods, not negative
     * @return the survival probability
     * @throws ValidationException if t is negative
     */
    public double survival(int t) {
        requirePeriods("t", t, 0);
        double s = 1;
        for (int i = 1; i <= t; i++) {
            s *= (beta + i - 1) / (alpha + beta + i - 1);
        }
        return s;
    }

    /**
     * P(T = t): the probability that a new customer's last period is period t.
     *
     * @param t the period, at least 1
     * @return the probability
     * @throws ValidationException if t is below 1
     */
    public double churnProbability(int t) {
        requirePeriods("t", t, 1);
        return survival(t - 1) * alpha / (alpha + beta + t - 1);
    }

    /**
     * r_t = S(t)/S(t−1) = (β+t−1)/(α+β+t−1): the share of period t−1's survivors who renew at the end of period t.
     *
     * @param t the period, at least 1
     * @return the retention rate
     * @throws ValidationException if t is below 1
     */
    public double retentionRate(int t) {
        requirePeriods("t", t, 1);
        return (beta + t - 1) / (alpha + beta + t - 1);
    }

    /**
     * DEL: the expected number of periods a new customer pays for, each discounted to the acquisition date (the first
     * payment, at once, undiscounted), 2F1(1, β; α+β; 1/(1+d)) with d the discount rate per period. Multiplied by the
     * payment per period it is the expected CLV of a new customer.
     *
     * @param discount the discount rate, converted to this model's period
     * @return the discounted expected lifetime in periods
     * @throws ValidationException if the discount rate is zero and α ≤ 1 (the undiscounted lifetime is then infinite)
     */
    public double discountedExpectedLifetime(DiscountRate discount) {
        Objects.requireNonNull(discount, "discount");
        double z = discount.factor(1, period);
        if (z == 1.0 && alpha <= 1) {
            throw ValidationException.of("discount", discount,
                    "must be positive when alpha <= 1: the expected lifetime is then infinite");
        }
        return Hypergeometric.value(1, beta, alpha + beta, z);
    }

    private static void requirePeriods(String field, int t, int min) {
        if (t < min) {
            throw ValidationException.of(field, t, "must be at least " + min);
        }
    }
}
