package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.Hypergeometric;
import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The likelihood the fit maximises, with its analytic gradient, over data in {@code unit}. */
    static MaximumLikelihood.DifferentiableLogLikelihood likelihood(CustomerSummaries<?> data, ChronoUnit unit) {
        return new Likelihood(SummaryTable.of(data.values(), unit));
    }

    /**
     * ln L = ln[Γ(r+x) α^r β^s / Γ(r)] + ln[e^S + s/(r+s+x) · A₀] summed over distinct histories, with its gradient,
     * where S = −(r+x) ln(α+T) − s ln(β+T) and A₀ = G(t_x) − G(T) with G(t) = 2F1(r+s+x, k; r+s+x+1; z_t) /
     * (m+t)^(r+s+x) (see {@link #logA0Term}). G is evaluated once per distinct (x, t) pair (on CDNOW 1,050 pairs for
     * 1,016 histories, against 2,032 terms), with its derivatives from {@link
     * Hypergeometric#logWithDerivativesDenominatorAPlusOne} by the chain rule through a = r+s+x, b = k,
     * z_t = |α−β|/(m+t) and m. With weights w_S = e^S/bracket and u_t = (s/a) G(t)/bracket (each at most 2, so the
     * difference G(t_x) − G(T) cancels no accuracy away), ∂ln bracket = w_S ∂S + (u_{t_x} − u_T) ∂ln(s/a)
     * + u_{t_x} ∂ln G(t_x) − u_T ∂ln G(T). Where a 2F1 argument exceeds {@link Hypergeometric#SERIES_LIMIT} (α and
     * β more than tenfold apart) that history's gradient is a central difference of {@link #logBracket} instead.
     */
    private static final class Likelihood implements MaximumLikelihood.DifferentiableLogLikelihood {
        private static final double RELATIVE_STEP = 1e-6;
        private final SummaryTable table;
        private final double[] countsByX;
        /** Distinct (x, t) pairs at which G is needed, and for each history the pair of its t_x and of its T. */
        private final int[] pairX;
        private final double[] pairT;
        private final int[] pairAtRecency;
        private final int[] pairAtAge;
        // Per-evaluation work arrays.
        private final double[] logG;
        private final double[] gradientG;
        private final boolean[] series;
        private final double[] logAlphaAge;
        private final double[] logBetaAge;
        private final double[] inverseAlphaAge;
        private final double[] inverseBetaAge;
        private final double[] logShares;
        private final double[] derivatives = new double[4];

        Likelihood(SummaryTable table) {
            this.table = table;
            this.countsByX = table.countsByFrequency();
            Map<Pair, Integer> pairs = new HashMap<>();
            List<Pair> order = new ArrayList<>();
            pairAtRecency = new int[table.size];
            pairAtAge = new int[table.size];
            for (int i = 0; i < table.size; i++) {
                pairAtRecency[i] = pairs.computeIfAbsent(new Pair(table.x[i], table.tx[i]), k -> add(order, k));
                pairAtAge[i] = pairs.computeIfAbsent(new Pair(table.x[i], table.age[i]), k -> add(order, k));
            }
            pairX = new int[order.size()];
            pairT = new double[order.size()];
            for (int k = 0; k < order.size(); k++) {
                pairX[k] = order.get(k).x();
                pairT[k] = order.get(k).t();
            }
            logG = new double[order.size()];
            gradientG = new double[4 * order.size()];
            series = new boolean[order.size()];
            logAlphaAge = new double[table.ages.length];
            logBetaAge = new double[table.ages.length];
            inverseAlphaAge = new double[table.ages.length];
            inverseBetaAge = new double[table.ages.length];
            logShares = new double[countsByX.length];
        }

        private record Pair(int x, double t) {
        }

        private static int add(List<Pair> order, Pair pair) {
            order.add(pair);
            return order.size() - 1;
        }

        @Override
        public double at(double[] p, double[] gradient) {
            double r = p[0];
            double alpha = p[1];
            double s = p[2];
            double beta = p[3];
            double logAlpha = Math.log(alpha);
            double logBeta = Math.log(beta);
            double total = table.customers * (r * logAlpha + s * logBeta);
            double dr = table.customers * logAlpha;
            double dAlpha = table.customers * r / alpha;
            double ds = table.customers * logBeta;
            double dBeta = table.customers * s / beta;
            double sum = 0;
            double sumR = 0;
            for (int x = 0; x < countsByX.length; x++) {
                total += countsByX[x] * sum;
                dr += countsByX[x] * sumR;
                sum += Math.log(r + x);
                sumR += 1 / (r + x);
            }
            for (int k = 0; k < pairX.length; k++) {
                termG(r, alpha, s, beta, k);
            }
            for (int j = 0; j < logAlphaAge.length; j++) {
                logAlphaAge[j] = Math.log(alpha + table.ages[j]);
                logBetaAge[j] = Math.log(beta + table.ages[j]);
                inverseAlphaAge[j] = 1 / (alpha + table.ages[j]);
                inverseBetaAge[j] = 1 / (beta + table.ages[j]);
            }
            double logS = Math.log(s);
            for (int x = 0; x < countsByX.length; x++) {
                logShares[x] = logS - Math.log(r + s + x);
            }
            for (int i = 0; i < table.size; i++) {
                int x = table.x[i];
                double c = table.count[i];
                double age = table.age[i];
                int t = table.ageIndex[i];
                double survive = -(r + x) * logAlphaAge[t] - s * logBetaAge[t];
                double sR = -logAlphaAge[t];
                double sAlpha = -(r + x) * inverseAlphaAge[t];
                double sS = -logBetaAge[t];
                double sBeta = -s * inverseBetaAge[t];
                int atRecency = pairAtRecency[i];
                int atAge = pairAtAge[i];
                double diff = logG[atAge] - logG[atRecency];
                if (table.tx[i] == age || diff >= 0) {
                    // A₀ is zero (t_x = T) or lost below the rounding of G: the customer is alive at T for sure.
                    total += c * survive;
                    dr += c * sR;
                    dAlpha += c * sAlpha;
                    ds += c * sS;
                    dBeta += c * sBeta;
                    continue;
                }
                double a = r + s + x;
                double logShare = logShares[x];
                double shrink = Math.expm1(diff);
                // Relative to e^survive: E = (s/a) G(t_x) / e^survive and the died term R = E (1 − G(T)/G(t_x)), so
                // that ln bracket = survive + ln(1 + R); ln(1 + R) is within an ulp of 1 of log1p(R). Where E would
                // overflow, the bracket is taken in log space.
                double relative = logShare + logG[atRecency] - survive;
                double bracket;
                double uRecency;
                double wDied;
                if (relative < 700) {
                    double e = Math.exp(relative);
                    double died = -e * shrink;
                    bracket = survive + Math.log(1 + died);
                    uRecency = e / (1 + died);
                    wDied = died / (1 + died);
                } else {
                    double logDied = relative + survive + Math.log(-shrink);
                    bracket = logDied + Math.log1p(Math.exp(survive - logDied));
                    uRecency = Math.exp(logShare + logG[atRecency] - bracket);
                    wDied = -uRecency * shrink;
                }
                total += c * bracket;
                if (!series[atRecency] || !series[atAge]) {
                    centralDifference(r, alpha, s, beta, x, table.tx[i], age);
                    dr += c * derivatives[0];
                    dAlpha += c * derivatives[1];
                    ds += c * derivatives[2];
                    dBeta += c * derivatives[3];
                    continue;
                }
                double uAge = uRecency * (1 + shrink);
                double wSurvive = 1 - wDied;
                int gr = 4 * atRecency;
                int ga = 4 * atAge;
                dr += c * (wSurvive * sR - wDied / a
                        + uRecency * gradientG[gr] - uAge * gradientG[ga]);
                dAlpha += c * (wSurvive * sAlpha
                        + uRecency * gradientG[gr + 1] - uAge * gradientG[ga + 1]);
                ds += c * (wSurvive * sS + wDied * (1 / s - 1 / a)
                        + uRecency * gradientG[gr + 2] - uAge * gradientG[ga + 2]);
                dBeta += c * (wSurvive * sBeta
                        + uRecency * gradientG[gr + 3] - uAge * gradientG[ga + 3]);
            }
            gradient[0] = dr;
            gradient[1] = dAlpha;
            gradient[2] = ds;
            gradient[3] = dBeta;
            return total;
        }

        /** ln G at pair k and, where the series applies, its gradient in (r, α, s, β). */
        private void termG(double r, double alpha, double s, double beta, int k) {
            int x = pairX[k];
            double t = pairT[k];
            boolean alphaFirst = alpha >= beta;
            double m = alphaFirst ? alpha : beta;
            double z = Math.abs(alpha - beta) / (m + t);
            if (z > Hypergeometric.SERIES_LIMIT) {
                logG[k] = logA0Term(r, alpha, s, beta, x, t);
                series[k] = false;
                return;
            }
            double a = r + s + x;
            double b = alphaFirst ? s + 1 : r + x;
            Hypergeometric.logWithDerivativesDenominatorAPlusOne(a, b, z, derivatives);
            double logMt = Math.log(m + t);
            logG[k] = derivatives[0] - a * logMt;
            double fa = derivatives[1] - logMt;
            double fb = derivatives[2];
            double fz = derivatives[3];
            int at = 4 * k;
            if (alphaFirst) {
                gradientG[at] = fa;
                gradientG[at + 1] = fz * (beta + t) / ((alpha + t) * (alpha + t)) - a / (alpha + t);
                gradientG[at + 2] = fa + fb;
                gradientG[at + 3] = -fz / (alpha + t);
            } else {
                gradientG[at] = fa + fb;
                gradientG[at + 1] = -fz / (beta + t);
                gradientG[at + 2] = fa;
                gradientG[at + 3] = fz * (alpha + t) / ((beta + t) * (beta + t)) - a / (beta + t);
            }
            series[k] = true;
        }

        /** ∂ln bracket/∂θ by central differences with steps 1e-6 θ, into {@link #derivatives}. */
        private void centralDifference(double r, double alpha, double s, double beta, int x, double tx, double age) {
            double[] theta = {r, alpha, s, beta};
            for (int j = 0; j < 4; j++) {
                double h = RELATIVE_STEP * theta[j];
                double[] up = theta.clone();
                double[] down = theta.clone();
                up[j] += h;
                down[j] -= h;
                derivatives[j] = (logBracket(up[0], up[1], up[2], up[3], x, tx, age)
                        - logBracket(down[0], down[1], down[2], down[3], x, tx, age)) / (2 * h);
            }
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
