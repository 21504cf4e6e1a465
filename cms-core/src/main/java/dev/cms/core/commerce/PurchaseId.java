package dev.cms.core.commerce;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a purchase (an order).
 *
 * @param value the UUID behind the id
 */
public record PurchaseId(UUID value) implements TypedId<PurchaseId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public PurchaseId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static PurchaseId of(UUID value) {
        return new PurchaseId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static PurchaseId parse(String text) {
        return new PurchaseId(Ids.parseUuid("purchaseId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
