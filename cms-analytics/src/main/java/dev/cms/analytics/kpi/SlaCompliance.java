package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * How the tickets opened in the window stand against one SLA target ({@link dev.cms.core.support.SlaPolicy}),
 * judged by {@link dev.cms.core.support.TicketService#slaAt} at the window's end (or now, for a window that ends in the
 * future): a target done by its due time is met, done late or still undone past its due time is breached, still
 * running before its due time is running. {@code complianceRate = met / (met + breached)}: the share of decided
 * targets that were met (running ones are not decided yet); empty when none is decided. Tickets whose priority no SLA
 * policy covers are not counted here.
 *
 * @param met            targets met
 * @param breached       targets breached
 * @param running        targets still running, not yet due
 * @param complianceRate met / (met + breached), in [0, 1]
 */
public record SlaCompliance(long met, long breached, long running, Optional<Double> complianceRate) {
    /**
     * Checks the parts.
     *
     * @param met            targets met
     * @param breached       targets breached
     * @param running        targets still running, not yet due
     * @param complianceRate met / (met + breached), in [0, 1]
     * @throws ValidationException if a count is negative or the rate is present exactly when nothing is decided
     */
    public SlaCompliance {
        Objects.requireNonNull(complianceRate, "complianceRate");
        if (met < 0 || breached < 0 || running < 0 || complianceRate.isPresent() != (met + breached > 0)) {
            throw ValidationException.of("complianceRate", complianceRate.orElse(null), "is present exactly when a target is met or breached");
        }
    }

    /** The compliance of the counts. */
    static SlaCompliance of(long met, long breached, long running) {
        return new SlaCompliance(met, breached, running,
                met + breached == 0 ? Optional.empty() : Optional.of((double) met / (met + breached)));
    }
}
