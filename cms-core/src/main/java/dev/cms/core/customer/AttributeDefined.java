package dev.cms.core.customer;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A custom attribute was declared or its declaration changed.
 *
 * @param definition the declaration now in force
 * @param actor      who declared it
 * @param occurredAt when
 */
public record AttributeDefined(AttributeDefinition definition, UserId actor, Instant occurredAt) implements DomainEvent {
}
