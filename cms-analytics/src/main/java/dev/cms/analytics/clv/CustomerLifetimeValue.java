package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.time.Duration;
import java.util.Objects;

/**
 * Discounted customer lifetime value over a finite horizon from a transaction model and the Gamma-Gamma spend model,
 * the discrete form used by Fader, Hardie &amp; Lee (2005, "RFM and CLV") and by the Python library lifetimes:
 * CLV = Σ_{k=1..K} E(M) · (E[Y(kΔ) | x, t_x, T] − E[Y((k−1)Δ) | x, t_x, T]) · (1 + d)^−(kΔ / period),
 * where Δ is the step, K = horizon / Δ, E(M) the expected mean spend, and d the discount rate per period. Every time
 * is a {@link Duration} or carries its unit, so a monthly rate cannot be applied to weekly steps by mistake.
 */
public final class CustomerLifetimeValue {
    private CustomerLifetimeValue() {
    }

    /**
     * The discounted value of a customer's transactions in the next {@code horizon}.
     *
     * @param transactions the fitted transaction model
     * @param spend        the fitted spend model
     * @param customer     the customer's calibration summary (with spend if the customer has repeat transactions)
     * @param horizon      how far ahead to count, a positive whole multiple of {@code step}
     * @param step         the discounting step Δ: each step's expected transactions are discounted at its end
     * @param discount     the discount rate and its period
     * @return the value, rounded half-even to the spend model's currency
     * @throws ValidationException if the horizon is not a positive whole multiple of a positive step, or the spend
     *                             model cannot price the customer (see {@link GammaGammaModel#expectedMeanSpend})
     */
    public static Money discounted(TransactionModel transactions, GammaGammaModel spend, CustomerSummary customer,
                                   Duration horizon, Duration step, DiscountRate discount) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(spend, "spend");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(discount, "discount");
        if (step.isNegative() || step.isZero()) {
            throw ValidationException.of("step", step, "must be positive");
        }
        long steps = horizon.dividedBy(step);
        if (steps < 1 || !step.multipliedBy(steps).equals(horizon)) {
            throw ValidationException.of("horizon", horizon, "must be a positive whole multiple of the step " + step);
        }
        double meanSpend = spend.expectedMeanSpendValue(customer);
        double value = 0;
        double previous = 0;
        for (long k = 1; k <= steps; k++) {
            Duration end = step.multipliedBy(k);
            double cumulative = transactions.expectedTransactions(customer, end);
            double tau = Units.length("horizon", end, transactions.unit());
            value += (cumulative - previous) * discount.factor(tau, transactions.unit());
            previous = cumulative;
        }
        return spend.toMoney(meanSpend * value);
    }
}
