package dev.cms.core.customer;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a customer (a person or an organization).
 *
 * @param value the UUID behind the id
 */
public record CustomerId(UUID value) implements TypedId<CustomerId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static CustomerId of(UUID value) {
        return new CustomerId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static CustomerId parse(String text) {
        return new CustomerId(Ids.parseUuid("customerId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
