package dev.cms.core.task;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a task or follow-up.
 *
 * @param value the UUID behind the id
 */
public record TaskId(UUID value) implements TypedId<TaskId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public TaskId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static TaskId of(UUID value) {
        return new TaskId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static TaskId parse(String text) {
        return new TaskId(Ids.parseUuid("taskId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
