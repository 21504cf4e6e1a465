package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;

/**
 * When a customer is at risk: health below {@code healthBelow}; or health fallen by at least {@code fallingBy} points
 * since the previous window (the window of the same length that ends where this one starts; only for customers that
 * existed when this window started); or, when a fitted BG/NBD or Pareto/NBD model is given, a probability of being alive
 * at the window's end below {@code aliveBelow}. Of the customers at risk, the {@code listLimit} with the lowest health
 * are listed.
 *
 * @param healthBelow threshold for low health, 0 to 100
 * @param fallingBy   drop in points that counts as falling, greater than 0
 * @param aliveBelow  threshold for a low P(alive), 0 to 1
 * @param listLimit   most customers listed, 0 to {@value #MAX_LIST}
 */
public record AtRiskRule(double healthBelow, double fallingBy, double aliveBelow, int listLimit) {
    /** Most customers a report lists. */
    public static final int MAX_LIST = 100_000;

    /**
     * Checks the thresholds.
     *
     * @param healthBelow threshold for low health, 0 to 100
     * @param fallingBy   drop in points that counts as falling, greater than 0
     * @param aliveBelow  threshold for a low P(alive), 0 to 1
     * @param listLimit   most customers listed, 0 to {@value #MAX_LIST}
     * @throws ValidationException if a threshold is out of range
     */
    public AtRiskRule {
        if (!(healthBelow >= 0 && healthBelow <= 100)) {
            throw ValidationException.of("healthBelow", healthBelow, "must lie in [0, 100]");
        }
        if (!(fallingBy > 0 && fallingBy <= 100)) {
            throw ValidationException.of("fallingBy", fallingBy, "must lie in (0, 100]");
        }
        if (!(aliveBelow >= 0 && aliveBelow <= 1)) {
            throw ValidationException.of("aliveBelow", aliveBelow, "must lie in [0, 1]");
        }
        if (listLimit < 0 || listLimit > MAX_LIST) {
            throw ValidationException.of("listLimit", listLimit, "must lie between 0 and " + MAX_LIST);
        }
    }

    /** {@return health below 40, or fallen by 20 points or more, or P(alive) below 0.5; 100 listed} */
    public static AtRiskRule defaults() {
        return new AtRiskRule(40, 20, 0.5, 100);
    }
}
