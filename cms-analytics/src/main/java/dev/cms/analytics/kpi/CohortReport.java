package dev.cms.analytics.kpi;

import java.util.List;
import java.util.Objects;

/**
 * The monthly acquisition-cohort retention matrix (see {@link Cohort} for the definition and reference): one row per
 * month of the window in which at least one customer of the population made their first purchase ever (fully refunded
 * purchases do not count), each row running to the window's last month. Months are calendar months in the business
 * zone; the first and last month are clipped to the window.
 *
 * @param window    the window
 * @param customers customers in the population
 * @param cohorts   one row per cohort month, oldest first; a row for month m has one entry per month from m to the
 *                  window's last month
 */
public record CohortReport(Window window, long customers, List<Cohort> cohorts) {
    /**
     * Copies the list.
     *
     * @param window    the window
     * @param customers customers in the population
     * @param cohorts   one row per cohort month, oldest first
     */
    public CohortReport {
        Objects.requireNonNull(window, "window");
        cohorts = List.copyOf(cohorts);
    }
}
