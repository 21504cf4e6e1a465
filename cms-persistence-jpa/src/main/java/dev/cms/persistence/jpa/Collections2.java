package dev.cms.persistence.jpa;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Brings a mapped collection to the wanted content with as few changes as possible, so the provider writes only the
 * child rows that changed (an unchanged collection writes nothing; clearing and refilling would rewrite every row).
 */
final class Collections2 {
    private Collections2() {
    }

    static <T> void sync(List<T> target, List<T> wanted) {
        int common = Math.min(target.size(), wanted.size());
        for (int i = 0; i < common; i++) {
            if (!Objects.equals(target.get(i), wanted.get(i))) {
                target.set(i, wanted.get(i));
            }
        }
        while (target.size() > wanted.size()) {
            target.remove(target.size() - 1);
        }
        for (int i = common; i < wanted.size(); i++) {
            target.add(wanted.get(i));
        }
    }

    static <T> void sync(Set<T> target, Set<T> wanted) {
        target.retainAll(wanted);
        target.addAll(wanted);
    }

    static <K, V> void sync(Map<K, V> target, Map<K, V> wanted) {
        target.keySet().retainAll(wanted.keySet());
        wanted.forEach((key, value) -> {
            if (!Objects.equals(target.get(key), value)) {
                target.put(key, value);
            }
        });
    }

    /**
     * Like {@link #sync(List, List)}, for a lazily loaded child collection whose stored size is known: when it is
     * stored empty and stays empty, the collection is not touched, so it is not loaded.
     */
    static <T> void sync(List<T> target, int storedSize, List<T> wanted) {
        if (storedSize > 0 || !wanted.isEmpty()) {
            sync(target, wanted);
        }
    }

    /** {@link #sync(Set, Set)}, not touching a collection stored empty that stays empty. */
    static <T> void sync(Set<T> target, int storedSize, Set<T> wanted) {
        if (storedSize > 0 || !wanted.isEmpty()) {
            sync(target, wanted);
        }
    }

    /** {@link #sync(Map, Map)}, not touching a collection stored empty that stays empty. */
    static <K, V> void sync(Map<K, V> target, int storedSize, Map<K, V> wanted) {
        if (storedSize > 0 || !wanted.isEmpty()) {
            sync(target, wanted);
        }
    }

    /** {@return the collection's elements if it has any stored, else an empty list without loading it} */
    static <T> List<T> read(List<T> collection, int storedSize) {
        return storedSize == 0 ? List.of() : collection;
    }
}
