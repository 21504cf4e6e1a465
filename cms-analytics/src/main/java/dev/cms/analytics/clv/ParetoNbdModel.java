package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.Hypergeometric;
import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The Pareto/NBD model of Schmittlein, Morrison &amp; Colombo (1987), "Counting Your Customers: Who Are They and What
 * Will They Do Next?", Management Science 33(1), 1-24. While active, a customer buys as a Poisson process with rate
 * λ ~ Gamma(r, α); the active lifetime is exponential with rate μ ~ Gamma(s, β).
 *
 * <p>The likelihood is the form derived in Fader &amp; Hardie (2005), "A Note on Deriving the Pareto/NBD Model and
 * Related Expressions" (with the Gauss hypergeometric function 2F1 where α ≠ β); P(alive), E[X(t)] and the
 * conditional expectation E[Y(t) | x, t_x, T] are the expressions of the same note (originally Schmittlein et al.
 * 1987).
 *
 * @param r     shape of the purchase-rate distribution
 * @param alpha scale of the purchase-rate distribution, in {@code unit}s
 * @param s     shape of the dropout-rate distribution
 * @param beta  scale of the dropout-rate distribution, in {@code unit}s
 * @param unit  the time unit of α and β
 */
public record ParetoNbdModel(double r, double alpha, double s, double beta, ChronoUnit unit)
        implements TransactionModel {
    private static final List<String> NAMES = List.of("r", "alpha", "s", "beta");

    /**
     * Checks the parameters.
     *
     * @param r     shape of the purchase-rate distribution
     * @param alpha scale of the purchase-rate distribution, in {@code unit}s
     * @param s     shape of the dropout-rate distribution
     * @param beta  scale of the dropout-rate distribution, in {@code unit}s
     * @param unit  the time unit of α and β
     * @throws ValidationException if a parameter is not positive and finite or the unit is not supported
     */
    public ParetoNbdModel {
        Estimation.requirePositive("r", r);
        Estimation.requirePositive("alpha", alpha);
        Estimation.requirePositive("s", s);
        Estimation.requirePositive("beta", beta);
        Units.require("unit", unit);
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param data the calibration summaries; their unit becomes the model's
     * @return the fit
     * @throws ValidationException if the set is empty
     */
    public static ModelFit<ParetoNbdModel> fit(CustomerSummaries<?> data) {
        return fit(data, FitOptions.DEFAULT);
    }

    /**
     * Fits the model by maximum likelihood (or penalised likelihood), starting from r = s = 1 and α = β = the mean T.
     *
     * @param data    the calibration summaries; their unit becomes the model's
     * @param options penalty and evaluation budget
     * @return the fit
     * @throws ValidationException if the set is empty
     */
    public static ModelFit<ParetoNbdModel> fit(CustomerSummaries<?> data, FitOptions options) {
        Objects.requireNonNull(options, "options");
        Estimation.requireCustomers(data);
        ChronoUnit unit = data.unit();
        SummaryTable table = SummaryTable.of(data.values(), unit);
        Likelihood ll = new Likelihood(table);
        double meanAge = table.meanAge();
        return Estimation.fit(NAMES, ll, table.customers, new double[] {1, meanAge, 1, meanAge}, options,
                p -> new ParetoNbdModel(p[0], p[1], p[2], p[3], unit));
    }

    /**
     * The log-likelihood of the data under this model, with times in the model's unit.
     *
     * @param data summaries in any unit
     * @return Σ ln L(r, α, s, β | x, t_x, T)
     */
    public double logLikelihood(CustomerSummaries<?> data) {
        return new Likelihood(SummaryTable.of(data.values(), unit)).at(new double[] {r, alpha, s, beta});
    }

    private static final class Likelihood implements MaximumLikelihood.LogLikelihood {
        private final SummaryTable table;
        private final double[] countsByX;

        Likelihood(SummaryTable table) {
            this.table = table;
            this.countsByX = table.countsByFrequency();
        }

        @Override
        public double at(double[] p) {
            double r = p[0];
            double alpha = p[1];
            double s = p[2];
            double beta = p[3];
            double total = table.customers * (r * Math.log(alpha) + s * Math.log(beta));
            double sum = 0;
            for (int x = 0; x < countsByX.length; x++) {
                total += countsByX[x] * sum;
                sum += Math.log(r + x);
            }
            // Every one-off buyer (x = 0, t_x = 0) shares the first term of A₀: compute it once.
            double firstAtZero = logA0Term(r, alpha, s, beta, 0, 0);
            for (int i = 0; i < table.size; i++) {
                int x = table.x[i];
                double tx = table.tx[i];
                double first = x == 0 ? firstAtZero : logA0Term(r, alpha, s, beta, x, tx);
                total += table.count[i] * logBracket(r, alpha, s, beta, x, first, tx, table.age[i]);
            }
            return total;
        }
    }

    /**
     * ln of the bracket of Fader &amp; Hardie (2005): 1/((α+T)^(r+x) (β+T)^s) + s/(r+s+x) · A₀, so that
     * ln L = ln[Γ(r+x) α^r β^s / Γ(r)] + this.
     */
    static double logBracket(double r, double alpha, double s, double beta, int x, double tx, double age) {
        return logBracket(r, alpha, s, beta, x, logA0Term(r, alpha, s, beta, x, tx), tx, age);
    }

    private static double logBracket(double r, double alpha, double s, double beta, int x, double firstTerm,
                                     double tx, double age) {
        double survive = -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
        if (tx == age) {
            return survive;
        }
        double second = logA0Term(r, alpha, s, beta, x, age);
        double diff = second - firstTerm;
        if (diff >= 0) {
            return survive;
        }
        double logA0 = firstTerm + Math.log(-Math.expm1(diff));
        return Numbers.logAddExp(survive, Math.log(s) - Math.log(r + s + x) + logA0);
    }

    /**
     * One term of A₀ (Fader &amp; Hardie 2005), ln[2F1(r+s+x, k; r+s+x+1; |α−β|/(m+t)) / (m+t)^(r+s+x)] with
     * m = max(α, β), k = s+1 when α ≥ β and r+x when α &lt; β; A₀ is the term at t_x minus the term at T, taken in
     * log space. The 2F1 argument lies in [0, 1).
     */
    static double logA0Term(double r, double alpha, double s, double beta, int x, double t) {
        double rsx = r + s + x;
        double max = Math.max(alpha, beta);
        double k = alpha >= beta ? s + 1 : r + x;
        double z = Math.abs(alpha - beta) / (max + t);
        return Hypergeometric.logValue(rsx, k, rsx + 1, z) - rsx * Math.log(max + t);
    }

    /**
     * E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)] (Fader &amp; Hardie 2005), with its limit
     * (rβ/α) ln((β+t)/β) at s = 1.
     */
    @Override
    public double expectedTransactions(Duration horizon) {
        double t = Units.length("horizon", horizon, unit);
        return r * beta / alpha * Numbers.oneMinusExpOver(s - 1, -Math.log1p(t / beta));
    }

    /**
     * E[Y(t) | x, t_x, T] = (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)] · P(alive) (Fader &amp;
     * Hardie 2005), with its limit at s = 1.
     */
    @Override
    public double expectedTransactions(CustomerSummary customer, Duration horizon) {
        CustomerSummary c = customer.in(unit);
        double t = Units.length("horizon", horizon, unit);
        double age = c.age();
        double rate = (r + c.frequency()) * (beta + age) / (alpha + age);
        return rate * Numbers.oneMinusExpOver(s - 1, -Math.log1p(t / (beta + age))) * probabilityAlive(c);
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀) (Fader &amp; Hardie 2005).
     */
    @Override
    public double probabilityAlive(CustomerSummary customer) {
        CustomerSummary c = customer.in(unit);
        int x = c.frequency();
        double survive = -(r + x) * Math.log(alpha + c.age()) - s * Math.log(beta + c.age());
        return Math.exp(survive - logBracket(r, alpha, s, beta, x, c.recency(), c.age()));
    }
}
