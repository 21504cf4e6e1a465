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
}
