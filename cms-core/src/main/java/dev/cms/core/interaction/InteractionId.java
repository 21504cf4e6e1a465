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
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public InteractionId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static InteractionId of(UUID value) {
        return new InteractionId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
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
