package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer Effort Score over a set of answers on 1 (very hard) to 7 (very easy): the mean answer (M. Dixon, K. Freeman
 * and N. Toman, "Stop Trying to Delight Your Customers", Harvard Business Review 88(7/8), 2010; the 7-point "CES 2.0"
 * scale of the Corporate Executive Board).
 *
 * <p>The interval is Student's t interval for a mean ("Student", "The Probable Error of a Mean", Biometrika 6(1),
 * 1908): {@code mean ± t(n−1) · s / √n}, s the sample standard deviation (divisor n − 1) and t(n−1) the quantile of
 * Student's t with n − 1 degrees of freedom at the report's level. With a single answer s and the interval are
 * undefined, so both are empty.
 *
 * @param responses         answers counted
 * @param mean              the mean answer, in [1, 7]
 * @param standardDeviation the sample standard deviation, when there are at least two answers
 * @param interval          the confidence interval of the mean, when there are at least two answers
 */
public record CesResult(long responses, double mean, Optional<Double> standardDeviation, Optional<Interval> interval) {
    /**
     * Checks the range.
     *
     * @param responses         answers counted
     * @param mean              the mean answer, in [1, 7]
     * @param standardDeviation the sample standard deviation, when there are at least two answers
     * @param interval          the confidence interval of the mean, when there are at least two answers
     * @throws ValidationException if there is no answer, the mean is out of range or the spread is present without
     *                             two answers
     */
    public CesResult {
        Objects.requireNonNull(standardDeviation, "standardDeviation");
        Objects.requireNonNull(interval, "interval");
        if (responses < 1 || !(mean >= 1 && mean <= 7)) {
            throw ValidationException.of("mean", mean, "must lie in [1, 7] over at least one response");
        }
        if (standardDeviation.isPresent() != (responses > 1) || interval.isPresent() != (responses > 1)) {
            throw ValidationException.of("standardDeviation", standardDeviation.orElse(null), "is present exactly when there are two responses or more");
        }
    }
}
