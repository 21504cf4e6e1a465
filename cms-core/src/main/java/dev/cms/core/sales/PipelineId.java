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
    /** Rejects a null UUID. */
    public PipelineId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param value a UUID
     * @return the id
     */
    public static PipelineId of(UUID value) {
        return new PipelineId(value);
    }

    /**
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @return the id
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
