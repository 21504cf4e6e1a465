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
}
