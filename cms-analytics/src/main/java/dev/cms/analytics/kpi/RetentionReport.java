package dev.cms.analytics.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Churn and retention per calendar period (see {@link PeriodRetention} for the definitions and reference). The periods
 * are the calendar periods of {@code unit} that overlap the window, in the business zone, each clipped to the window;
 * the first one is compared with the whole calendar period before it ({@code baseline}), so every period has a p−1.
 *
 * @param window           the window
 * @param unit             week, month, quarter or year
 * @param customers        customers in the population
 * @param baseline         the first day of the calendar period before the first one
 * @param baselineActive   customers active in the baseline period
 * @param periods          one entry per period, oldest first
 * @param pooledChurnRate  Σ churned / Σ activeBefore over all periods; empty when that sum is 0
 */
public record RetentionReport(Window window, PeriodUnit unit, long customers, LocalDate baseline, long baselineActive,
                              List<PeriodRetention> periods, Optional<Double> pooledChurnRate) {
    /**
     * Copies the list.
     *
     * @param window           the window
     * @param unit             week, month, quarter or year
     * @param customers        customers in the population
     * @param baseline         the first day of the calendar period before the first one
     * @param baselineActive   customers active in the baseline period
     * @param periods          one entry per period, oldest first
     * @param pooledChurnRate  Σ churned / Σ activeBefore over all periods; empty when that sum is 0
     */
    public RetentionReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baseline, "baseline");
        periods = List.copyOf(periods);
        Objects.requireNonNull(pooledChurnRate, "pooledChurnRate");
    }
}
