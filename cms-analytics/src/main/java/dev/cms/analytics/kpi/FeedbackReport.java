package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.List;
import java.util.Objects;

/**
 * NPS, CSAT and CES with confidence intervals ({@link NpsResult}, {@link CsatResult}, {@link CesResult} give each
 * formula, interval method and reference) over the answers the population gave in the window, and per calendar month of
 * the window in the business zone. Every answer counts, so a customer who answered twice counts twice (the scores are
 * response-level, as survey tools report them). For the scores of one segment, run the report with that segment as the
 * population.
 *
 * @param window          the window
 * @param confidenceLevel the level of every interval, such as 0.95
 * @param customers       customers in the population
 * @param respondents     customers with at least one answer in the window
 * @param overall         the scores over the whole window
 * @param months          the scores per month, oldest first; months without any answer are left out
 */
public record FeedbackReport(Window window, double confidenceLevel, long customers, long respondents,
                             FeedbackScores overall, List<FeedbackMonth> months) {
    /**
     * Copies the list.
     *
     * @param window          the window
     * @param confidenceLevel the level of every interval, such as 0.95
     * @param customers       customers in the population
     * @param respondents     customers with at least one answer in the window
     * @param overall         the scores over the whole window
     * @param months          the scores per month, oldest first
     * @throws ValidationException if the level is not strictly between 0 and 1
     */
    public FeedbackReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(overall, "overall");
        months = List.copyOf(months);
        Statistics.requireLevel(confidenceLevel);
    }
}
