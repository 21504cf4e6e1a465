package dev.cms.core.spi;

import dev.cms.core.commerce.PurchaseId;
import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a customer's purchases, ordered by occurredAt descending, then id descending.
 *
 * @param occurredAt the last returned purchase's time
 * @param id         the last returned purchase's id
 */
public record PurchasePosition(Instant occurredAt, PurchaseId id) {
    /**
     * Checks the parts.
     *
     * @param occurredAt the last returned purchase's time
     * @param id         the last returned purchase's id
     */
    public PurchasePosition {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(id, "id");
    }
}
