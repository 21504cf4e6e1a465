package dev.cms.core.task;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A task was marked done.
 *
 * @param task       the task, now done
 * @param actor      who did it
 * @param occurredAt when
 */
public record TaskCompleted(Task task, UserId actor, Instant occurredAt) implements DomainEvent {
}
