package dev.cms.core.spi;

import dev.cms.core.interaction.InteractionId;
import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a customer's timeline, which is ordered by {@code occurredAt} descending, then id descending.
 * The next page holds the interactions strictly after this position in that order.
 *
 * @param occurredAt the last returned interaction's time
 * @param id         the last returned interaction's id
 */
public record TimelinePosition(Instant occurredAt, InteractionId id) {
    /**
     * Checks the parts.
     *
     * @param occurredAt the last returned interaction's time
     * @param id         the last returned interaction's id
     */
    public TimelinePosition {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(id, "id");
    }
}
