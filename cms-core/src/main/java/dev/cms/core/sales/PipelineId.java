package dev.cms.core.sales;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a sales pipeline.
 *
 * @param value the UUID behind the id
 */
public record PipelineId(UUID value) implements TypedId<PipelineId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public PipelineId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static PipelineId of(UUID value) {
        return new PipelineId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static PipelineId parse(String text) {
        return new PipelineId(Ids.parseUuid("pipelineId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
