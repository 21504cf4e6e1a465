package dev.cms.core.spi;

import dev.cms.core.support.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a ticket query: (createdAt, id), ascending or descending as the query says.
 *
 * @param createdAt the last returned ticket's creation time
 * @param id        the last returned ticket's id
 */
public record TicketPosition(Instant createdAt, TicketId id) {
    /**
     * Checks the parts.
     *
     * @param createdAt the last returned ticket's creation time
     * @param id        the last returned ticket's id
     */
    public TicketPosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
