package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Sales-cycle length of the deals won in the window: for each, the days from its creation to its win,
 * {@code (closedAt − createdAt) / 86,400 s}, as a fraction of days; the mean and the median (the mean of the two middle
 * values for an even count). Both are empty when no deal was won.
 *
 * @param deals      deals won in the window
 * @param meanDays   mean length in days
 * @param medianDays median length in days
 */
public record SalesCycle(long deals, Optional<Double> meanDays, Optional<Double> medianDays) {
    /**
     * Checks the parts agree.
     *
     * @param deals      deals won in the window
     * @param meanDays   mean length in days
     * @param medianDays median length in days
     * @throws ValidationException if the statistics are present exactly when there are no deals
     */
    public SalesCycle {
        Objects.requireNonNull(meanDays, "meanDays");
        Objects.requireNonNull(medianDays, "medianDays");
        if (deals < 0 || meanDays.isPresent() != (deals > 0) || medianDays.isPresent() != (deals > 0)) {
            throw ValidationException.of("deals", deals, "mean and median are present exactly when deals > 0");
        }
    }
}
