package dev.cms.analytics.kpi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Customer health ({@link HealthModel}) over a population at the window's end, and the customers at risk
 * ({@link AtRiskRule}).
 *
 * @param window          the window
 * @param model           the health model used
 * @param rule            the at-risk rule used
 * @param customers       customers in the population
 * @param meanHealth      the mean health score; empty for an empty population
 * @param distribution    customers per health band of 10 points: [0, 10), [10, 20), ..., [90, 100]
 * @param atRisk          customers at risk
 * @param atRiskCustomers the {@code rule.listLimit()} customers at risk with the lowest health, lowest first (then by id)
 */
public record HealthReport(Window window, HealthModel model, AtRiskRule rule, long customers, Optional<Double> meanHealth,
                           List<Long> distribution, long atRisk, List<AtRiskCustomer> atRiskCustomers) {
    /**
     * Copies the lists.
     *
     * @param window          the window
     * @param model           the health model used
     * @param rule            the at-risk rule used
     * @param customers       customers in the population
     * @param meanHealth      the mean health score; empty for an empty population
     * @param distribution    customers per health band of 10 points
     * @param atRisk          customers at risk
     * @param atRiskCustomers the customers at risk with the lowest health, lowest first
     */
    public HealthReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(meanHealth, "meanHealth");
        distribution = List.copyOf(distribution);
        atRiskCustomers = List.copyOf(atRiskCustomers);
    }
}
