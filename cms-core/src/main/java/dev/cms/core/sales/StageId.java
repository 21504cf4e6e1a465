package dev.cms.core.sales;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a stage of a sales pipeline; stable when the stage is renamed or moved.
 *
 * @param value the UUID behind the id
 */
public record StageId(UUID value) implements TypedId<StageId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public StageId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static StageId of(UUID value) {
        return new StageId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static StageId parse(String text) {
        return new StageId(Ids.parseUuid("stageId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
