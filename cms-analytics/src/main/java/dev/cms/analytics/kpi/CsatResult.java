package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;

/**
 * Customer satisfaction over a set of answers on 1 to 5: the "top-two-box" share, {@code CSAT = 100 · satisfied /
 * responses} where satisfied answers are 4 or 5, in [0, 100] (P. W. Farris, N. T. Bendle, P. E. Pfeifer and D. J.
 * Reibstein, <i>Marketing Metrics</i>, 2nd ed., Pearson 2010, ch. 2, "Customer Satisfaction and Willingness to
 * Recommend").
 *
 * <p>The interval is the Wilson score interval for a proportion (E. B. Wilson, "Probable Inference, the Law of
 * Succession, and Statistical Inference", Journal of the American Statistical Association 22(158), 1927), in percent:
 * with p = satisfied / n and z the standard normal quantile of the report's level,
 * {@code (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n)}. Unlike the Wald interval it stays inside [0, 100] and is not
 * degenerate at p = 0 or 1.
 *
 * @param responses answers counted
 * @param satisfied answers of 4 or 5
 * @param score     the CSAT, in [0, 100]
 * @param interval  its confidence interval, in percent
 */
public record CsatResult(long responses, long satisfied, double score, Interval interval) {
    /**
     * Checks the counts and the range.
     *
     * @param responses answers counted
     * @param satisfied answers of 4 or 5
     * @param score     the CSAT, in [0, 100]
     * @param interval  its confidence interval, in percent
     * @throws ValidationException if the counts do not fit or the score is out of range
     */
    public CsatResult {
        Objects.requireNonNull(interval, "interval");
        if (responses < 1 || satisfied < 0 || satisfied > responses) {
            throw ValidationException.of("satisfied", satisfied, "must lie between 0 and the responses " + responses);
        }
        if (!(score >= 0 && score <= 100)) {
            throw ValidationException.of("score", score, "must lie in [0, 100]");
        }
    }
}
