package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import dev.cms.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The beta-geometric/beta-Bernoulli (BG/BB) model for discrete-time, non-contractual settings, Fader, Hardie &amp;
 * Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual Setting", Marketing Science 29(6),
 * 1086-1108: while alive, a customer takes each opportunity with probability p ~ Beta(α, β); before each opportunity
 * the customer dies with probability θ ~ Beta(γ, δ).
 *
 * <p>Formulas of that paper: the likelihood L(α, β, γ, δ | x, t_x, n) = B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)
 * + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α, β) · B(γ+1, δ+t_x+i)/B(γ, δ); P(alive in n+1) = B(α+x, β+n−x)/B(α, β)
 * · B(γ, δ+n+1)/B(γ, δ) / L; E[X(n)] = α/(α+β) · δ/(γ−1) · [1 − Γ(γ+δ)Γ(1+δ+n)/(Γ(γ+δ+n)Γ(1+δ))]; and the
 * expected transactions in the next n* opportunities, (1/L) · B(α+x+1, β+n−x)/B(α, β) · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ)
 * · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)]. At γ = 1, where the last two are 0/0, they are interpolated
 * from γ = 1 ± 1e-5.
 *
 * @param alpha first shape of the transaction-probability distribution
 * @param beta  second shape of the transaction-probability distribution
 * @param gamma first shape of the dropout-probability distribution
 * @param delta second shape of the dropout-probability distribution
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta) {
    private static final List<String> NAMES = List.of("alpha", "beta", "gamma", "delta");
    private static final double NEAR_ONE = 1e-5;

    /**
     * @throws ValidationException if a parameter is not positive and finite
     */
    public BgBbModel {
        Estimation.requirePositive("alpha", alpha);
        Estimation.requirePositive("beta", beta);
        Estimation.requirePositive("gamma", gamma);
        Estimation.requirePositive("delta", delta);
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param customers each distinct history with the number of customers who share it (at least one in all)
     * @return the fit
     * @throws ValidationException if there are no customers or a count is negative
     */
    public static ModelFit<BgBbModel> fit(Map<OpportunityHistory, Long> customers) {
        return fit(customers, FitOptions.DEFAULT);
    }

    /**
     * Fits the model by maximum (or penalised) likelihood, starting from α = β = γ = δ = 1.
     *
     * @param customers each distinct history with the number of customers who share it
     * @param options   penalty and evaluation budget
     * @return the fit
     * @throws ValidationException if there are no customers or a count is negative
     */
    public static ModelFit<BgBbModel> fit(Map<OpportunityHistory, Long> customers, FitOptions options) {
        Objects.requireNonNull(options, "options");
        List<OpportunityHistory> histories = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long total = 0;
        for (Map.Entry<OpportunityHistory, Long> e : customers.entrySet()) {
            long count = Objects.requireNonNull(e.getValue(), "count");
            if (count < 0) {
                throw ValidationException.of("customers[" + e.getKey() + "]", count, "must not be negative");
            }
            histories.add(Objects.requireNonNull(e.getKey(), "history"));
            counts.add(count);
            total += count;
        }
        if (total == 0) {
            throw ValidationException.of("customers", customers, "must hold at least one customer");
        }
        MaximumLikelihood.LogLikelihood ll = p -> {
            double sum = 0;
            for (int i = 0; i < histories.size(); i++) {
                if (counts.get(i) > 0) {
                    sum += counts.get(i) * logLikelihood(p[0], p[1], p[2], p[3], histories.get(i));
                }
            }
            return sum;
        };
        return Estimation.fit(NAMES, ll, total, new double[] {1, 1, 1, 1}, options,
                p -> new BgBbModel(p[0], p[1], p[2], p[3]));
    }

    /**
     * ln L(α, β, γ, δ | x, t_x, n) for one customer.
     *
     * @param history the customer's record
     * @return the log-likelihood
     */
    public double logLikelihood(OpportunityHistory history) {
        return logLikelihood(alpha, beta, gamma, delta, history);
    }

    private static double logLikelihood(double alpha, double beta, double gamma, double delta, OpportunityHistory h) {
        int x = h.frequency();
        int tx = h.recency();
        int n = h.opportunities();
        double logBab = Beta.logBeta(alpha, beta);
        double logBgd = Beta.logBeta(gamma, delta);
        double total = Beta.logBeta(alpha + x, beta + n - x) - logBab + Beta.logBeta(gamma, delta + n) - logBgd;
        for (int i = 0; i <= n - tx - 1; i++) {
            double term = Beta.logBeta(alpha + x, beta + tx - x + i) - logBab
                    + Beta.logBeta(gamma + 1, delta + tx + i) - logBgd;
            total = Numbers.logAddExp(total, term);
        }
        return total;
    }

    /**
     * The probability that a customer with this record is still alive at opportunity n+1.
     *
     * @param history the customer's record
     * @return P(alive)
     */
    public double probabilityAlive(OpportunityHistory history) {
        int x = history.frequency();
        int n = history.opportunities();
        double alive = Beta.logBeta(alpha + x, beta + n - x) - Beta.logBeta(alpha, beta)
                + Beta.logBeta(gamma, delta + n + 1) - Beta.logBeta(gamma, delta);
        return Math.exp(alive - logLikelihood(history));
    }

    /**
     * E[X(n)]: the expected number of transactions of a new customer in the first n opportunities.
     *
     * @param opportunities n, not negative
     * @return the expected count
     * @throws ValidationException if n is negative
     */
    public double expectedTransactions(int opportunities) {
        if (opportunities < 0) {
            throw ValidationException.of("opportunities", opportunities, "must not be negative");
        }
        return alpha / (alpha + beta) * aliveWeighted(gamma, delta, 0, opportunities);
    }

    /**
     * The expected number of transactions in the next {@code future} opportunities of a customer with this record.
     *
     * @param history the customer's record over n opportunities
     * @param future  n*, not negative
     * @return the expected count
     * @throws ValidationException if n* is negative
     */
    public double expectedTransactions(OpportunityHistory history, int future) {
        if (future < 0) {
            throw ValidationException.of("future", future, "must not be negative");
        }
        int x = history.frequency();
        int n = history.opportunities();
        double logFactor = Beta.logBeta(alpha + x + 1, beta + n - x) - Beta.logBeta(alpha, beta)
                - logLikelihood(history);
        return Math.exp(logFactor) * aliveWeighted(gamma, delta, n, future);
    }

    /**
     * δ/(γ−1) · Γ(γ+δ)/Γ(1+δ) · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+m)/Γ(γ+δ+n+m)]: the expected number of the
     * opportunities n+1..n+m at which a customer alive at the start is still alive, interpolated at γ = 1.
     */
    private static double aliveWeighted(double gamma, double delta, int n, int m) {
        if (Math.abs(gamma - 1) < NEAR_ONE) {
            double low = aliveWeightedAwayFromOne(1 - NEAR_ONE, delta, n, m);
            double high = aliveWeightedAwayFromOne(1 + NEAR_ONE, delta, n, m);
            return low + (high - low) * (gamma - (1 - NEAR_ONE)) / (2 * NEAR_ONE);
        }
        return aliveWeightedAwayFromOne(gamma, delta, n, m);
    }

    private static double aliveWeightedAwayFromOne(double gamma, double delta, int n, int m) {
        double base = Gamma.logGamma(gamma + delta) - Gamma.logGamma(1 + delta);
        double first = Math.exp(base + Gamma.logGamma(1 + delta + n) - Gamma.logGamma(gamma + delta + n));
        double second = Math.exp(base + Gamma.logGamma(1 + delta + n + m) - Gamma.logGamma(gamma + delta + n + m));
        return delta / (gamma - 1) * (first - second);
    }
}
