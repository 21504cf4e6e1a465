package dev.cms.core.task;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored task: its details, its status, its timestamps and its optimistic-lock version.
 *
 * @param id          the task's id
 * @param details     what to do, by whom, by when
 * @param status      where it is in its life
 * @param createdAt   when it was created
 * @param updatedAt   when it was last changed
 * @param completedAt when it was last marked done; present exactly when the status is {@link TaskStatus#DONE}
 * @param version     grows by one with every change
 */
public record Task(TaskId id, TaskDetails details, TaskStatus status, Instant createdAt, Instant updatedAt,
                   Optional<Instant> completedAt, long version) {
    /**
     * Checks the parts and that a completion time goes with the done status.
     *
     * @param id          the task's id
     * @param details     what to do, by whom, by when
     * @param status      where it is in its life
     * @param createdAt   when it was created
     * @param updatedAt   when it was last changed
     * @param completedAt when it was last marked done; present exactly when the status is {@link TaskStatus#DONE}
     * @param version     grows by one with every change
     */
    public Task {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        createdAt = Checks.instant("createdAt", createdAt);
        updatedAt = Checks.instant("updatedAt", updatedAt);
        completedAt = Checks.optionalInstant("completedAt", completedAt);
        if (completedAt.isPresent() != (status == TaskStatus.DONE)) {
            throw ValidationException.of("completedAt", completedAt.orElse(null), "is present exactly when the task is done");
        }
        if (version < 0) {
            throw ValidationException.of("version", version, "must not be negative");
        }
    }

    /**
     * {@return whether the task is still active and its due time is before {@code at}}
     *
     * @param at the instant to judge at
     */
    public boolean isOverdueAt(Instant at) {
        return status.isActive() && details.due().map(d -> d.isBefore(at)).orElse(false);
    }

    /**
     * {@return the next version of this task in status {@code next}}
     *
     * @param next target status
     * @param at   when the move happens
     * @throws ValidationException if the move is not legal
     */
    public Task movedTo(TaskStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw ValidationException.of("status", next, "a task cannot move from " + status + " to " + next
                    + "; legal moves: " + status.successors());
        }
        return new Task(id, details, next, createdAt, at, next == TaskStatus.DONE ? Optional.of(at) : Optional.empty(), version + 1);
    }

    /**
     * {@return the next version of this task}
     *
     * @param newDetails changed details
     * @param at         when the change happens
     */
    public Task withDetails(TaskDetails newDetails, Instant at) {
        return new Task(id, newDetails, status, createdAt, at, completedAt, version + 1);
    }
}
