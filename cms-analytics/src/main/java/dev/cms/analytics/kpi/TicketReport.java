package dev.cms.analytics.kpi;

import java.util.Objects;

/**
 * Support KPIs over the tickets the population opened in the window: first-response time
 * ({@code firstResponseAt − createdAt}, for the tickets answered so far) and resolution time
 * ({@code resolvedAt − createdAt}, for the tickets resolved or closed now), both in wall-clock time, with mean, median
 * and 90th percentile ({@link DurationStats}); and SLA compliance of each target ({@link SlaCompliance}). Times count
 * however long after the window the answer or resolution came; a reopened ticket counts with its last resolution.
 *
 * @param window                 the window
 * @param customers              customers in the population
 * @param opened                 tickets opened in the window
 * @param responded              of those, tickets with a first response
 * @param resolved               of those, tickets resolved or closed now
 * @param withoutPolicy          of those, tickets whose priority no SLA policy covers
 * @param firstResponse          first-response time statistics
 * @param resolution             resolution time statistics
 * @param firstResponseSla       compliance with the first-response targets
 * @param resolutionSla          compliance with the resolution targets
 */
public record TicketReport(Window window, long customers, long opened, long responded, long resolved, long withoutPolicy,
                           DurationStats firstResponse, DurationStats resolution, SlaCompliance firstResponseSla,
                           SlaCompliance resolutionSla) {
    /**
     * Checks the parts are present.
     *
     * @param window                 the window
     * @param customers              customers in the population
     * @param opened                 tickets opened in the window
     * @param responded              of those, tickets with a first response
     * @param resolved               of those, tickets resolved or closed now
     * @param withoutPolicy          of those, tickets whose priority no SLA policy covers
     * @param firstResponse          first-response time statistics
     * @param resolution             resolution time statistics
     * @param firstResponseSla       compliance with the first-response targets
     * @param resolutionSla          compliance with the resolution targets
     */
    public TicketReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(firstResponseSla, "firstResponseSla");
        Objects.requireNonNull(resolutionSla, "resolutionSla");
    }
}
