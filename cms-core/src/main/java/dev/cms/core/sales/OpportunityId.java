package dev.cms.core.sales;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a sales opportunity (deal).
 *
 * @param value the UUID behind the id
 */
public record OpportunityId(UUID value) implements TypedId<OpportunityId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public OpportunityId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static OpportunityId of(UUID value) {
        return new OpportunityId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static OpportunityId parse(String text) {
        return new OpportunityId(Ids.parseUuid("opportunityId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
