package dev.cms.core.task;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A task moved from one status to another. Raised for every move, including completion (which also raises
 * {@link TaskCompleted}).
 *
 * @param task       the task after the move
 * @param from       the previous status
 * @param to         the new status
 * @param actor      who moved it
 * @param occurredAt when
 */
public record TaskStatusChanged(Task task, TaskStatus from, TaskStatus to, UserId actor, Instant occurredAt) implements DomainEvent {
}
