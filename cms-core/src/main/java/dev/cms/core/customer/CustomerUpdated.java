package dev.cms.core.customer;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A customer's profile changed.
 *
 * @param before     the customer as it was
 * @param after      the customer as it is now
 * @param actor      who changed it
 * @param occurredAt when
 */
public record CustomerUpdated(Customer before, Customer after, UserId actor, Instant occurredAt) implements DomainEvent {
}
