package dev.cms.core.support;

import dev.cms.core.access.UserId;
import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a ticket's status history.
 *
 * @param from   the previous status
 * @param to     the new status
 * @param at     when
 * @param by     who
 * @param reason why, required when reopening
 */
public record TicketStatusChange(TicketStatus from, TicketStatus to, Instant at, UserId by, Optional<String> reason) {
    /**
     * Checks the parts.
     *
     * @param from   the previous status
     * @param to     the new status
     * @param at     when
     * @param by     who
     * @param reason why, required when reopening
     */
    public TicketStatusChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        at = Checks.instant("at", at);
        Objects.requireNonNull(by, "by");
        reason = Checks.optionalLine("reason", reason, 500);
    }
}
