package dev.cms.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a keyset-paged result.
 *
 * @param items the items of this page, in the query's order
 * @param next  the cursor for the following page; empty when this is the last page
 * @param <T>   item type
 */
public record Page<T>(List<T> items, Optional<Cursor> next) {
    /**
     * Copies the items.
     *
     * @param items the items of this page, in the query's order
     * @param next  the cursor for the following page; empty when this is the last page
     */
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(next, "next");
    }

    /** {@return whether a following page exists} */
    public boolean hasNext() {
        return next.isPresent();
    }

    /**
     * {@return the request for the following page with the same size, or empty on the last page}
     *
     * @param size page size for the next request
     */
    public Optional<PageRequest> nextRequest(int size) {
        return next.map(c -> PageRequest.after(c, size));
    }

    /**
     * {@return the same page with converted items and the same cursor}
     *
     * @param mapper item conversion
     * @param <R>    new item type
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next);
    }
}
