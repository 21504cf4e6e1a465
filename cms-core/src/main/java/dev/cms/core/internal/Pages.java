package dev.cms.core.internal;

import dev.cms.core.Cursor;
import dev.cms.core.Page;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns "size + 1" fetches into pages with a cursor for the next one. */
public final class Pages {
    private Pages() {
    }

    /**
     * @param fetched  up to {@code size + 1} items, in query order
     * @param size     the page size asked for
     * @param cursorOf the cursor positioned at an item
     * @param <T>      item type
     * @return a page of at most {@code size} items, with a cursor when more were found
     */
    public static <T> Page<T> of(List<T> fetched, int size, Function<T, Cursor> cursorOf) {
        if (fetched.size() <= size) {
            return new Page<>(fetched, Optional.empty());
        }
        List<T> items = fetched.subList(0, size);
        return new Page<>(items, Optional.of(cursorOf.apply(items.get(size - 1))));
    }

    /**
     * Reads a keyset-paged port to the end.
     *
     * @param size       the page size to ask for
     * @param page       reads the page after a position (empty for the first) of at most {@code size} items
     * @param positionOf the position of an item, for the next page
     * @param <T>        item type
     * @param <P>        position type
     * @return every item, in query order
     */
    public static <T, P> List<T> all(int size, Function<Optional<P>, List<T>> page, Function<T, P> positionOf) {
        List<T> items = new java.util.ArrayList<>();
        Optional<P> after = Optional.empty();
        while (true) {
            List<T> next = page.apply(after);
            items.addAll(next);
            if (next.size() < size) {
                return items;
            }
            after = Optional.of(positionOf.apply(next.get(next.size() - 1)));
        }
    }
}
