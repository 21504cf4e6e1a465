package dev.cms.core.segment;

import dev.cms.core.TypedId;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a saved {@link Segment}.
 *
 * @param value the UUID
 */
public record SegmentId(UUID value) implements TypedId<SegmentId> {
    /**
     * Requires the UUID.
     *
     * @param value the UUID
     */
    public SegmentId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value the UUID
     */
    public static SegmentId of(UUID value) {
        return new SegmentId(value);
    }

    /**
     * {@return the id written as text}
     *
     * @param text a UUID in its canonical form
     * @throws dev.cms.core.ValidationException if it is not one
     */
    public static SegmentId parse(String text) {
        return new SegmentId(Ids.parseUuid("segmentId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
