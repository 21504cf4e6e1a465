package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;

/**
 * A two-sided confidence interval; its confidence level is stated by the report that holds it.
 *
 * @param lower lower bound
 * @param upper upper bound, not below {@code lower}
 */
public record Interval(double lower, double upper) {
    /**
     * Checks the order.
     *
     * @param lower lower bound
     * @param upper upper bound, not below {@code lower}
     * @throws ValidationException if a bound is not finite or {@code upper} is below {@code lower}
     */
    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || upper < lower) {
            throw ValidationException.of("upper", upper, "must be finite and not below lower " + lower);
        }
    }

    /**
     * {@return whether the value lies in the interval, bounds included}
     *
     * @param value a value
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
