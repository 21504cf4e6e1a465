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
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public TicketId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static TicketId of(UUID value) {
        return new TicketId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
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
