package dev.cms.core.support;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A ticket was opened, routed to a queue and possibly assigned.
 *
 * @param ticket     the new ticket
 * @param actor      who opened it
 * @param occurredAt when
 */
public record TicketOpened(Ticket ticket, UserId actor, Instant occurredAt) implements DomainEvent {
}
