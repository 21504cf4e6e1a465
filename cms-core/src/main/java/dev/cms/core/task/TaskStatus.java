package dev.cms.core.task;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a task is in its life. The legal moves are:
 * <pre>
 *   OPEN        → IN_PROGRESS, DONE, CANCELLED
 *   IN_PROGRESS → OPEN (put back), DONE, CANCELLED
 *   DONE        → OPEN (reopen)
 *   CANCELLED   → OPEN (reopen)
 * </pre>
 * A task that is done or cancelled must be reopened before work on it can start again.
 */
public enum TaskStatus {
    /** To do. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Finished. */
    DONE,
    /** Dropped. */
    CANCELLED;

    /** {@return the statuses this one may move to} */
    public Set<TaskStatus> successors() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(OPEN, DONE, CANCELLED);
            case DONE, CANCELLED -> EnumSet.of(OPEN);
        };
    }

    /**
     * {@return whether moving from this status to {@code next} is legal}
     *
     * @param next a target status
     */
    public boolean canMoveTo(TaskStatus next) {
        return successors().contains(next);
    }

    /** {@return whether work is still expected (open or in progress)} */
    public boolean isActive() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
