package dev.cms.core.customer;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A customer was created.
 *
 * @param customer   the new customer
 * @param actor      who created it
 * @param occurredAt when
 */
public record CustomerCreated(Customer customer, UserId actor, Instant occurredAt) implements DomainEvent {
}
