package dev.cms.core.task;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A task's details changed.
 *
 * @param before     the task as it was
 * @param after      the task as it is now
 * @param actor      who changed it
 * @param occurredAt when
 */
public record TaskUpdated(Task before, Task after, UserId actor, Instant occurredAt) implements DomainEvent {
}
