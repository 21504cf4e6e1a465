package dev.cms.core.segment;

import dev.cms.core.TypedId;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a {@link StaticList}.
 *
 * @param value the UUID
 */
public record StaticListId(UUID value) implements TypedId<StaticListId> {
    /**
     * Requires the UUID.
     *
     * @param value the UUID
     */
    public StaticListId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value the UUID
     */
    public static StaticListId of(UUID value) {
        return new StaticListId(value);
    }

    /**
     * {@return the id written as text}
     *
     * @param text a UUID in its canonical form
     * @throws dev.cms.core.ValidationException if it is not one
     */
    public static StaticListId parse(String text) {
        return new StaticListId(Ids.parseUuid("staticListId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
