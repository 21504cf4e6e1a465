package dev.cms.core.support;

import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored support ticket: its details, status, queue and assignee, the timestamps SLAs are measured by, and its
 * status history.
 *
 * @param id              the ticket's id
 * @param details         what it is about
 * @param status          where it is in its life
 * @param queue           the queue routing put it in
 * @param assignee        the agent working on it
 * @param createdAt       when it was opened; SLA clocks start here
 * @param firstResponseAt when the customer first got an answer (an outbound interaction linked to the ticket)
 * @param resolvedAt      when it was last resolved (or closed without being resolved); empty while open
 * @param history         every status change, oldest first
 * @param updatedAt       when it last changed
 * @param version         grows by one with every change
 */
public record Ticket(TicketId id, TicketDetails details, TicketStatus status, Optional<String> queue,
                     Optional<UserId> assignee, Instant createdAt, Optional<Instant> firstResponseAt,
                     Optional<Instant> resolvedAt, List<TicketStatusChange> history, Instant updatedAt, long version) {
    /**
     * Checks that the resolution time agrees with the status.
     *
     * @param id              the ticket's id
     * @param details         what it is about
     * @param status          where it is in its life
     * @param queue           the queue routing put it in
     * @param assignee        the agent working on it
     * @param createdAt       when it was opened; SLA clocks start here
     * @param firstResponseAt when the customer first got an answer (an outbound interaction linked to the ticket)
     * @param resolvedAt      when it was last resolved (or closed without being resolved); empty while open
     * @param history         every status change, oldest first
     * @param updatedAt       when it last changed
     * @param version         grows by one with every change
     */
    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        queue = Checks.optionalLine("queue", queue, 100);
        Objects.requireNonNull(assignee, "assignee");
        createdAt = Checks.instant("createdAt", createdAt);
        firstResponseAt = Checks.optionalInstant("firstResponseAt", firstResponseAt);
        resolvedAt = Checks.optionalInstant("resolvedAt", resolvedAt);
        history = List.copyOf(history);
        updatedAt = Checks.instant("updatedAt", updatedAt);
        if (resolvedAt.isPresent() == status.isOpen()) {
            throw ValidationException.of("resolvedAt", resolvedAt.orElse(null), "is present exactly when the ticket is resolved or closed");
        }
        if (version < 0) {
            throw ValidationException.of("version", version, "must not be negative");
        }
    }

    /** {@return who raised it} */
    public CustomerId customer() {
        return details.customer();
    }

    /**
     * @param next   the new status
     * @param reason why (required for reopening)
     * @param at     when
     * @param by     who
     * @return the next version in the new status, with the change appended to the history
     */
    Ticket movedTo(TicketStatus next, Optional<String> reason, Instant at, UserId by) {
        List<TicketStatusChange> changes = new ArrayList<>(history);
        changes.add(new TicketStatusChange(status, next, at, by, reason));
        Optional<Instant> resolved = next.isOpen() ? Optional.empty() : resolvedAt.isPresent() ? resolvedAt : Optional.of(at);
        return new Ticket(id, details, next, queue, assignee, createdAt, firstResponseAt, resolved, changes, at, version + 1);
    }

    /**
     * {@return the next version}
     *
     * @param next the status to move to by an ordinary move
     * @param at   when
     * @param by   who
     * @throws ValidationException if the move is not legal (see {@link TicketStatus})
     */
    public Ticket moveTo(TicketStatus next, Instant at, UserId by) {
        if (!status.successors().contains(next)) {
            throw ValidationException.of("status", next, "a ticket cannot move from " + status + " to " + next
                    + (status.isOpen() ? "" : "; reopen it with a reason") + "; legal moves: " + status.successors());
        }
        return movedTo(next, Optional.empty(), at, by);
    }

    /**
     * {@return the next version, open again}
     *
     * @param reason why it is reopened
     * @param at     when
     * @param by     who
     * @throws ValidationException if the ticket is still open
     */
    public Ticket reopened(String reason, Instant at, UserId by) {
        if (status.isOpen()) {
            throw ValidationException.of("status", status, "only a resolved or closed ticket can be reopened");
        }
        return movedTo(TicketStatus.OPEN, Optional.of(Checks.line("reason", reason, 500)), at, by);
    }

    /**
     * {@return the next version}
     *
     * @param agent the new assignee, or empty to unassign
     * @param at    when
     */
    public Ticket assignedTo(Optional<UserId> agent, Instant at) {
        return new Ticket(id, details, status, queue, agent, createdAt, firstResponseAt, resolvedAt, history, at, version + 1);
    }

    /**
     * {@return the next version with the first response recorded; unchanged if one was already recorded, or if
     * {@code respondedAt} lies before the ticket was opened (an earlier message cannot answer it)}
     *
     * @param respondedAt when the first answer was sent
     * @param now         when this is recorded
     */
    public Ticket respondedAt(Instant respondedAt, Instant now) {
        if (firstResponseAt.isPresent() || respondedAt.isBefore(createdAt)) {
            return this;
        }
        return new Ticket(id, details, status, queue, assignee, createdAt, Optional.of(respondedAt), resolvedAt, history, now, version + 1);
    }

    /**
     * {@return the next version}
     *
     * @param newDetails changed details
     * @param at         when
     */
    public Ticket withDetails(TicketDetails newDetails, Instant at) {
        return new Ticket(id, newDetails, status, queue, assignee, createdAt, firstResponseAt, resolvedAt, history, at, version + 1);
    }
}
