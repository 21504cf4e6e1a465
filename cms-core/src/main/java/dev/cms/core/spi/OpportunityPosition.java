package dev.cms.core.spi;

import dev.cms.core.sales.OpportunityId;
import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a deal query, ordered by createdAt descending, then id descending.
 *
 * @param createdAt the last returned deal's creation time
 * @param id        the last returned deal's id
 */
public record OpportunityPosition(Instant createdAt, OpportunityId id) {
    /**
     * Checks the parts.
     *
     * @param createdAt the last returned deal's creation time
     * @param id        the last returned deal's id
     */
    public OpportunityPosition {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }
}
