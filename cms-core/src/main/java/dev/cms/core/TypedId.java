package dev.cms.core;

import java.util.UUID;

/**
 * Common shape of the typed identifiers ({@code CustomerId}, {@code TaskId}...): a UUID, ordered as unsigned 128-bit
 * numbers, which is how PostgreSQL and H2 order {@code uuid} columns, so keyset pages agree across adapters.
 *
 * @param <S> the concrete id type
 */
public interface TypedId<S extends TypedId<S>> extends Comparable<S> {
    /** {@return the UUID behind the id} */
    UUID value();

    @Override
    default int compareTo(S other) {
        int high = Long.compareUnsigned(value().getMostSignificantBits(), other.value().getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(value().getLeastSignificantBits(), other.value().getLeastSignificantBits());
    }
}
