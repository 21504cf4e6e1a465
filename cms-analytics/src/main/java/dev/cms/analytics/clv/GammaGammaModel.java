package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma model of monetary value of Fader, Hardie &amp; Lee (2005), "RFM and CLV: Using Iso-Value Curves for
 * Customer Base Analysis", Journal of Marketing Research 42(4), as presented in Fader &amp; Hardie (2013), "The
 * Gamma-Gamma Model of Monetary Value": a customer's transaction values are Gamma(p, ν) around a mean p/ν, and ν is
 * Gamma(q, γ) across customers. Only the repeat transactions count, and spend is assumed independent of the
 * transaction process.
 *
 * <p>The model is numeric inside: its scale γ (here {@code v}) is a double in units of {@code currency}. What it
 * returns to callers is {@link Money}.
 *
 * @param p        shape of the transaction-value distribution
 * @param q        shape of the distribution of ν across customers
 * @param v        γ, the scale of the distribution of ν, in units of {@code currency}
 * @param currency the currency of the spend it was fitted on
 */
public record GammaGammaModel(double p, double q, double v, Currency currency) {
    private static final List<String> NAMES = List.of("p", "q", "v");

    /**
     * Checks the parameters.
     *
     * @param p        shape of the transaction-value distribution
     * @param q        shape of the distribution of ν across customers
     * @param v        γ, the scale of the distribution of ν, in units of {@code currency}
     * @param currency the currency of the spend it was fitted on
     * @throws ValidationException if a parameter is not positive and finite
     */
    public GammaGammaModel {
        Estimation.requirePositive("p", p);
        Estimation.requirePositive("q", q);
        Estimation.requirePositive("v", v);
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Fits the model by maximum likelihood.
     *
     * @param data summaries; only customers with x &gt; 0 and a known spend are used
     * @return the fit
     * @throws ValidationException as {@link #fit(CustomerSummaries, FitOptions)}
     */
    public static ModelFit<GammaGammaModel> fit(CustomerSummaries<?> data) {
        return fit(data, FitOptions.DEFAULT);
    }

    /**
     * Fits the model by maximum likelihood (or penalised likelihood) on the density of the mean repeat spend z̄ of a
     * customer with x repeat transactions (Fader &amp; Hardie 2013, eq. 3):
     * f(z̄ | p, q, γ; x) = Γ(px+q)/(Γ(px)Γ(q)) · γ^q z̄^(px−1) x^(px) / (γ + x z̄)^(px+q), starting from p = q = 1 and
     * γ = the mean of z̄.
     *
     * @param data    summaries; only customers with x &gt; 0 and a known spend are used
     * @param options penalty and evaluation budget
     * @return the fit
     * @throws ValidationException if no customer qualifies, spends are in more than one currency, or a qualifying
     *                             customer's repeat spend is zero (its density is zero)
     */
    public static ModelFit<GammaGammaModel> fit(CustomerSummaries<?> data, FitOptions options) {
        Objects.requireNonNull(options, "options");
        List<int[]> xs = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        Currency currency = null;
        for (Map.Entry<?, CustomerSummary> e : data.asMap().entrySet()) {
            CustomerSummary c = e.getValue();
            if (c.frequency() == 0 || c.repeatSpend().isEmpty()) {
                continue;
            }
            Money total = c.repeatSpend().get();
            if (currency == null) {
                currency = total.currency();
            } else if (!currency.equals(total.currency())) {
                throw ValidationException.of("data[" + e.getKey() + "].repeatSpend", total,
                        "is in " + total.currency() + " but earlier customers' spend is in " + currency);
            }
            if (total.isZero()) {
                throw ValidationException.of("data[" + e.getKey() + "].repeatSpend", total,
                        "must be positive for a repeat buyer: the Gamma-Gamma density of a zero mean is zero");
            }
            xs.add(new int[] {c.frequency()});
            means.add(total.amount().doubleValue() / c.frequency());
        }
        if (currency == null) {
            throw ValidationException.of("data", data, "has no repeat buyer with a known spend to fit on");
        }
        Likelihood ll = new Likelihood(xs, means);
        Currency fitted = currency;
        double meanSpend = means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return Estimation.fit(NAMES, ll, means.size(), new double[] {1, 1, meanSpend}, options,
                t -> new GammaGammaModel(t[0], t[1], t[2], fitted));
    }

    /**
     * The log-likelihood of the repeat buyers' mean spends under this model.
     *
     * @param data summaries; customers with x = 0 or an unknown spend are skipped
     * @return Σ ln f(z̄ | p, q, γ; x)
     * @throws ValidationException if a used spend is in another currency than the model's
     */
    public double logLikelihood(CustomerSummaries<?> data) {
        return likelihood(data, this::meanSpend).at(new double[] {p, q, v});
    }

    /** The likelihood the fit maximises, with its analytic gradient, over the repeat buyers with a known spend. */
    static MaximumLikelihood.DifferentiableLogLikelihood likelihood(CustomerSummaries<?> data) {
        return likelihood(data, c -> c.repeatSpend().orElseThrow().amount().doubleValue() / c.frequency());
    }

    private static Likelihood likelihood(CustomerSummaries<?> data, ToDoubleFunction<CustomerSummary> meanSpend) {
        List<int[]> xs = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (CustomerSummary c : data.values()) {
            if (c.frequency() > 0 && c.repeatSpend().isPresent()) {
                xs.add(new int[] {c.frequency()});
                means.add(meanSpend.applyAsDouble(c));
            }
        }
        return new Likelihood(xs, means);
    }

    /**
     * ln f summed, grouped by x: Σ_x n_x [lnΓ(px+q) − lnΓ(px)] − N lnΓ(q) + N q ln γ + p Σ x ln z̄ − Σ ln z̄
     * + p Σ x ln x − Σ (px+q) ln(γ + x z̄), with its gradient: in p, Σ_x n_x x [ψ(px+q) − ψ(px)] + Σ x ln z̄
     * + Σ x ln x − Σ x ln(γ + x z̄); in q, Σ_x n_x ψ(px+q) − N ψ(q) + N ln γ − Σ ln(γ + x z̄); in γ,
     * N q/γ − Σ (px+q)/(γ + x z̄) (ψ the digamma function).
     */
    private static final class Likelihood implements MaximumLikelihood.DifferentiableLogLikelihood {
        private final int[] x;
        private final double[] xMean;
        private final int[] distinctX;
        private final int[] countsByX;
        private final double sumXLogMean;
        private final double sumLogMean;
        private final double sumXLogX;

        Likelihood(List<int[]> xs, List<Double> means) {
            int n = xs.size();
            x = new int[n];
            xMean = new double[n];
            Map<Integer, Integer> counts = new TreeMap<>();
            double a = 0;
            double b = 0;
            double c = 0;
            for (int i = 0; i < n; i++) {
                x[i] = xs.get(i)[0];
                double mean = means.get(i);
                xMean[i] = x[i] * mean;
                counts.merge(x[i], 1, Integer::sum);
                a += x[i] * Math.log(mean);
                b += Math.log(mean);
                c += x[i] * Math.log(x[i]);
            }
            distinctX = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
            countsByX = counts.values().stream().mapToInt(Integer::intValue).toArray();
            sumXLogMean = a;
            sumLogMean = b;
            sumXLogX = c;
        }

        @Override
        public double at(double[] t, double[] gradient) {
            double p = t[0];
            double q = t[1];
            double v = t[2];
            int n = x.length;
            double logV = Math.log(v);
            double total = n * (q * logV - Gamma.logGamma(q)) + p * sumXLogMean - sumLogMean + p * sumXLogX;
            double dp = sumXLogMean + sumXLogX;
            double dq = n * (logV - Gamma.digamma(q));
            double dv = n * q / v;
            for (int k = 0; k < distinctX.length; k++) {
                double px = p * distinctX[k];
                double psiSum = Gamma.digamma(px + q);
                total += countsByX[k] * (Gamma.logGamma(px + q) - Gamma.logGamma(px));
                dp += countsByX[k] * distinctX[k] * (psiSum - Gamma.digamma(px));
                dq += countsByX[k] * psiSum;
            }
            for (int i = 0; i < n; i++) {
                double shape = p * x[i] + q;
                double denominator = v + xMean[i];
                double logDenominator = Math.log(denominator);
                total -= shape * logDenominator;
                dp -= x[i] * logDenominator;
                dq -= logDenominator;
                dv -= shape / denominator;
            }
            gradient[0] = dp;
            gradient[1] = dq;
            gradient[2] = dv;
            return total;
        }
    }

    /**
     * E(M | p, q, γ; z̄, x) = p(γ + x z̄)/(px + q − 1), Fader &amp; Hardie (2013), eq. 5: a weighted mean of the
     * population mean pγ/(q−1) and the customer's own mean z̄, rounded half-even to the currency's minor unit. A
     * customer without repeat transactions gets the population mean.
     *
     * @param customer the customer's summary
     * @return the expected value of one of the customer's future transactions
     * @throws ValidationException if the customer has repeat transactions but no known spend, or spends in another
     *                             currency, or the customer has none and q ≤ 1 (the population mean is infinite)
     */
    public Money expectedMeanSpend(CustomerSummary customer) {
        return toMoney(expectedMeanSpendValue(customer));
    }

    /**
     * pγ/(q−1), the mean transaction value across the population.
     *
     * @return the population mean spend, rounded half-even to the currency's minor unit
     * @throws ValidationException if q ≤ 1, where the mean is infinite
     */
    public Money populationMeanSpend() {
        return toMoney(populationMean());
    }

    double expectedMeanSpendValue(CustomerSummary customer) {
        int x = customer.frequency();
        if (x == 0) {
            return populationMean();
        }
        if (customer.repeatSpend().isEmpty()) {
            throw ValidationException.of("customer.repeatSpend", customer.repeatSpend(),
                    "must be known for a customer with repeat transactions");
        }
        return p * (v + x * meanSpend(customer)) / (p * x + q - 1);
    }

    private double populationMean() {
        if (q <= 1) {
            throw ValidationException.of("q", q, "must exceed 1 for the population mean spend to be finite");
        }
        return p * v / (q - 1);
    }

    private double meanSpend(CustomerSummary c) {
        Money total = c.repeatSpend().orElseThrow();
        if (!total.currency().equals(currency)) {
            throw ValidationException.of("customer.repeatSpend", total, "must be in the model's currency " + currency);
        }
        return total.amount().doubleValue() / c.frequency();
    }

    Money toMoney(double amount) {
        return new Money(BigDecimal.valueOf(amount).setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                currency);
    }
}
