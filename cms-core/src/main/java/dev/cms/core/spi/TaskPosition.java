package dev.cms.core.spi;

import dev.cms.core.task.TaskId;
import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a task query. Its instant is the sort instant of that query: the due time for
 * {@link TaskRepository#overdue} and {@link TaskRepository#dueBetween} (ascending, then id ascending), the creation
 * time for {@link TaskRepository#byAssignee} and {@link TaskRepository#byCustomer} (descending, then id descending).
 *
 * @param instant the last returned task's sort instant
 * @param id      the last returned task's id
 */
public record TaskPosition(Instant instant, TaskId id) {
    /**
     * Checks the parts.
     *
     * @param instant the last returned task's sort instant
     * @param id      the last returned task's id
     */
    public TaskPosition {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(id, "id");
    }
}
