package dev.cms.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/**
 * An (instant, id) index key. Ids compare as unsigned 128-bit numbers, the order of PostgreSQL's {@code uuid}.
 *
 * @param instant the sort instant
 * @param id      the tie-breaking id
 */
record SortKey(Instant instant, UUID id) {
    /** Instant ascending, then id ascending. */
    static final Comparator<SortKey> ASCENDING = Comparator.comparing(SortKey::instant)
            .thenComparing(SortKey::id, SortKey::compareUnsigned);
    /** Instant descending, then id descending. */
    static final Comparator<SortKey> DESCENDING = ASCENDING.reversed();

    static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
