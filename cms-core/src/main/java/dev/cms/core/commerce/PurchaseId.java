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
    /** Rejects a null UUID. */
    public PurchaseId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param value a UUID
     * @return the id
     */
    public static PurchaseId of(UUID value) {
        return new PurchaseId(value);
    }

    /**
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @return the id
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
