package dev.cms.core.interaction;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * An interaction was added to a customer's timeline.
 *
 * @param interaction the logged interaction
 * @param actor       who logged it
 * @param occurredAt  when it was logged
 */
public record InteractionLogged(Interaction interaction, UserId actor, Instant occurredAt) implements DomainEvent {
}
