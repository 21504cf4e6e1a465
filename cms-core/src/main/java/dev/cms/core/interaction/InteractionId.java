package dev.cms.core.interaction;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an interaction on a customer's timeline.
 *
 * @param value the UUID behind the id
 */
public record InteractionId(UUID value) implements TypedId<InteractionId> {
    /** Rejects a null UUID. */
    public InteractionId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param value a UUID
     * @return the id
     */
    public static InteractionId of(UUID value) {
        return new InteractionId(value);
    }

    /**
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @return the id
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static InteractionId parse(String text) {
        return new InteractionId(Ids.parseUuid("interactionId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
