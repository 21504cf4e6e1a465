package dev.cms.core.support;

import java.time.Instant;
import java.util.Objects;

/**
 * One SLA target of a ticket at an instant: when it falls due and how the ticket stands.
 *
 * @param due   when the target falls due
 * @param state met, on track, at risk or breached
 */
public record SlaClock(Instant due, SlaState state) {
    /**
     * Checks the parts.
     *
     * @param due   when the target falls due
     * @param state met, on track, at risk or breached
     */
    public SlaClock {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
    }
}
