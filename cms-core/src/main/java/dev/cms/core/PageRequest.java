package dev.cms.core;

import java.util.Optional;

/**
 * Which page to read: the first one, or the one after a {@link Cursor}, with at most {@code size} items. Pages are
 * keyset pages: a cursor remembers the last item's sort key, so inserts made meanwhile never shift or repeat items.
 *
 * @param after position to continue after, empty for the first page
 * @param size  maximum number of items, 1 to {@value #MAX_SIZE}
 */
public record PageRequest(Optional<Cursor> after, int size) {
    /** Largest page a caller may ask for. */
    public static final int MAX_SIZE = 1000;

    /**
     * Validates the size.
     *
     * @param after position to continue after, empty for the first page
     * @param size  maximum number of items, 1 to {@value #MAX_SIZE}
     */
    public PageRequest {
        java.util.Objects.requireNonNull(after, "after");
        if (size < 1 || size > MAX_SIZE) {
            throw ValidationException.of("page.size", size, "must be between 1 and " + MAX_SIZE);
        }
    }

    /**
     * {@return a request for the first page}
     *
     * @param size maximum number of items
     */
    public static PageRequest first(int size) {
        return new PageRequest(Optional.empty(), size);
    }

    /**
     * {@return a request for the page after {@code cursor}}
     *
     * @param cursor the {@link Page#next()} of the previous page
     * @param size   maximum number of items
     */
    public static PageRequest after(Cursor cursor, int size) {
        return new PageRequest(Optional.of(cursor), size);
    }
}
