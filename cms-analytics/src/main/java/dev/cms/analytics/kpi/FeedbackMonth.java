package dev.cms.analytics.kpi;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The feedback scores of the answers given in one calendar month of the business zone.
 *
 * @param month  the month
 * @param scores NPS, CSAT and CES of that month's answers
 */
public record FeedbackMonth(YearMonth month, FeedbackScores scores) {
    /**
     * Checks the parts are present.
     *
     * @param month  the month
     * @param scores NPS, CSAT and CES of that month's answers
     */
    public FeedbackMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(scores, "scores");
    }
}
