package dev.cms.core.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a ticket is in its life. Legal moves:
 * <pre>
 *   NEW      → OPEN, PENDING, RESOLVED, CLOSED
 *   OPEN     → PENDING, RESOLVED, CLOSED
 *   PENDING  → OPEN, RESOLVED, CLOSED
 *   RESOLVED → CLOSED
 * </pre>
 * A resolved or closed ticket goes back to OPEN only through {@link TicketService#reopen}, which needs a reason.
 */
public enum TicketStatus {
    /** Just arrived, nobody has looked at it. */
    NEW,
    /** Being worked on. */
    OPEN,
    /** Waiting for the customer or a third party. */
    PENDING,
    /** Solved; the customer may still object. */
    RESOLVED,
    /** Done for good (unless reopened). */
    CLOSED;

    /** {@return the statuses reachable by an ordinary move (reopening is separate)} */
    public Set<TicketStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, PENDING, RESOLVED, CLOSED);
            case OPEN -> EnumSet.of(PENDING, RESOLVED, CLOSED);
            case PENDING -> EnumSet.of(OPEN, RESOLVED, CLOSED);
            case RESOLVED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(TicketStatus.class);
        };
    }

    /** {@return whether the ticket still needs work (new, open or pending)} */
    public boolean isOpen() {
        return this == NEW || this == OPEN || this == PENDING;
    }
}
