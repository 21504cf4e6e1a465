package dev.cms.core.task;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A task was created.
 *
 * @param task       the new task
 * @param actor      who did it
 * @param occurredAt when
 */
public record TaskCreated(Task task, UserId actor, Instant occurredAt) implements DomainEvent {
}
