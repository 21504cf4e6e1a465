package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.util.Objects;

/**
 * One customer's RFM values and quintile scores (see {@link RfmReport} for how they are computed).
 *
 * @param customer       the customer
 * @param recencyDays    days from the last purchase to the report's reference date (0: bought on that day)
 * @param frequency      purchases in the window
 * @param monetary       their net value
 * @param recencyScore   R, 1 (longest ago) to 5 (most recent)
 * @param frequencyScore F, 1 (fewest purchases) to 5 (most)
 * @param monetaryScore  M, 1 (least spent) to 5 (most)
 * @param segment        the named segment of (R, F)
 */
public record RfmScore(CustomerId customer, long recencyDays, long frequency, Money monetary, int recencyScore,
                       int frequencyScore, int monetaryScore, RfmSegment segment) {
    /**
     * Checks the scores.
     *
     * @param customer       the customer
     * @param recencyDays    days from the last purchase to the report's reference date (0: bought on that day)
     * @param frequency      purchases in the window
     * @param monetary       their net value
     * @param recencyScore   R, 1 (longest ago) to 5 (most recent)
     * @param frequencyScore F, 1 (fewest purchases) to 5 (most)
     * @param monetaryScore  M, 1 (least spent) to 5 (most)
     * @param segment        the named segment of (R, F)
     * @throws ValidationException if a score is outside 1..5, the segment does not belong to (R, F) or a count is
     *                             negative
     */
    public RfmScore {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(monetary, "monetary");
        Objects.requireNonNull(segment, "segment");
        if (recencyDays < 0 || frequency < 1) {
            throw ValidationException.of("frequency", frequency, "a scored customer has at least one purchase and a recency of 0 days or more");
        }
        if (monetaryScore < 1 || monetaryScore > 5) {
            throw ValidationException.of("monetaryScore", monetaryScore, "must be between 1 and 5");
        }
        if (RfmSegment.of(recencyScore, frequencyScore) != segment) {
            throw ValidationException.of("segment", segment, "is not the segment of R " + recencyScore + " and F " + frequencyScore);
        }
    }

    /** {@return the three scores as the usual three-digit cell code, such as {@code "543"}} */
    public String cell() {
        return "" + recencyScore + frequencyScore + monetaryScore;
    }
}
