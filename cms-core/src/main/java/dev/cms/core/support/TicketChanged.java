package dev.cms.core.support;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A ticket changed: its details, status, assignee or first-response time. Compare {@code before} and {@code after}
 * to see what.
 *
 * @param before     the ticket as it was
 * @param after      the ticket as it is now
 * @param actor      who changed it
 * @param occurredAt when
 */
public record TicketChanged(Ticket before, Ticket after, UserId actor, Instant occurredAt) implements DomainEvent {
}
