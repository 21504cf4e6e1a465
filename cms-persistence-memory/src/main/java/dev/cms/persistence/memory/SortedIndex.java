package dev.cms.persistence.memory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Values grouped by a key (a customer, an assignee), each group sorted by {@link SortKey}; answers keyset pages.
 *
 * @param <G> group key
 * @param <V> value
 */
final class SortedIndex<G, V> {
    private final Comparator<SortKey> order;
    private final Map<G, NavigableMap<SortKey, V>> groups = new HashMap<>();

    SortedIndex(Comparator<SortKey> order) {
        this.order = order;
    }

    void put(G group, SortKey key, V value) {
        groups.computeIfAbsent(group, g -> new TreeMap<>(order)).put(key, value);
    }

    void remove(G group, SortKey key) {
        NavigableMap<SortKey, V> values = groups.get(group);
        if (values != null) {
            values.remove(key);
            if (values.isEmpty()) {
                groups.remove(group);
            }
        }
    }

    /** Up to {@code limit} values strictly after {@code after}, in index order. */
    /**
     * @param group a group
     * @return a read-only view of the group's values in index order; empty if none. Call under the store's lock.
     */
    java.util.Collection<V> all(G group) {
        NavigableMap<SortKey, V> values = groups.get(group);
        return values == null ? List.of() : java.util.Collections.unmodifiableCollection(values.values());
    }

    List<V> page(G group, Optional<SortKey> after, int limit) {
        return page(group, after, Optional.empty(), limit, v -> true);
    }

    /**
     * Up to {@code limit} values that come strictly after {@code after} and not before {@code from}, in index order,
     * stopping at the first value for which {@code whileTrue} fails.
     */
    List<V> page(G group, Optional<SortKey> after, Optional<SortKey> from, int limit, Predicate<V> whileTrue) {
        NavigableMap<SortKey, V> values = groups.get(group);
        if (values == null) {
            return List.of();
        }
        NavigableMap<SortKey, V> tail = values;
        if (after.isPresent() && (from.isEmpty() || values.comparator().compare(after.get(), from.get()) >= 0)) {
            tail = values.tailMap(after.get(), false);
        } else if (from.isPresent()) {
            tail = values.tailMap(from.get(), true);
        }
        return head(tail.values(), limit, whileTrue);
    }

    /**
     * The first {@code limit} values, stopping at the first for which {@code whileTrue} fails. Iterates instead of
     * streaming: {@code stream().limit(n)} asks a sized spliterator for its exact size, and the size of a
     * {@code TreeMap} sub-map view is counted entry by entry, so every page would cost as much as the whole tail.
     */
    static <V> List<V> head(Iterable<V> values, int limit, Predicate<? super V> whileTrue) {
        List<V> page = new ArrayList<>(Math.min(limit, 64));
        for (V v : values) {
            if (page.size() >= limit || !whileTrue.test(v)) {
                break;
            }
            page.add(v);
        }
        return Collections.unmodifiableList(page);
    }
}
