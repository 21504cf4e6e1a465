package dev.cms.core.support;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a support ticket.
 *
 * @param value the UUID behind the id
 */
public record TicketId(UUID value) implements TypedId<TicketId> {
    /** Rejects a null UUID. */
    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * @param value a UUID
     * @return the id
     */
    public static TicketId of(UUID value) {
        return new TicketId(value);
    }

    /**
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @return the id
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static TicketId parse(String text) {
        return new TicketId(Ids.parseUuid("ticketId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
