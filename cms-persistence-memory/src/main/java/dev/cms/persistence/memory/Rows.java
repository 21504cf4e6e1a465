package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The rows of one aggregate by id, with the insert and optimistic-update rules every versioned repository shares:
 * an insert of an existing id and an update from a stale version are conflicts, and every change keeps the secondary
 * indexes in step through {@code reindex(old, now)} (either may be null) and registers its own undo.
 *
 * @param <K> id type
 * @param <V> row type
 */
final class Rows<K, V> {
    private final MemoryStore store;
    private final String kind;
    private final Map<K, V> byId;
    private final Function<V, K> idOf;
    private final ToLongFunction<V> versionOf;
    private final BiConsumer<V, V> reindex;

    Rows(MemoryStore store, String kind, Map<K, V> byId, Function<V, K> idOf, ToLongFunction<V> versionOf, BiConsumer<V, V> reindex) {
        this.store = store;
        this.kind = kind;
        this.byId = byId;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.reindex = reindex;
    }

    /** Inserts a row after {@code check} (uniqueness rules of the caller) accepts it. */
    void insert(V row, Consumer<V> check) {
        store.write(() -> {
            K id = idOf.apply(row);
            if (byId.containsKey(id)) {
                throw new ConflictException(ConflictException.Reason.CONCURRENT_MODIFICATION, kind + " " + id + " already exists");
            }
            check.accept(row);
            replace(null, row);
            return () -> replace(row, null);
        });
    }

    /** Replaces a row by its next version after {@code check} accepts it. */
    void update(V row, Consumer<V> check) {
        store.write(() -> {
            K id = idOf.apply(row);
            V stored = byId.get(id);
            if (stored == null) {
                throw new NotFoundException(kind, String.valueOf(id));
            }
            long expected = versionOf.applyAsLong(row) - 1;
            if (versionOf.applyAsLong(stored) != expected) {
                throw ConflictException.staleVersion(kind, id, expected, versionOf.applyAsLong(stored));
            }
            check.accept(row);
            replace(stored, row);
            return () -> replace(row, stored);
        });
    }

    void delete(K id, long version) {
        store.write(() -> {
            V stored = byId.get(id);
            if (stored == null) {
                throw new NotFoundException(kind, String.valueOf(id));
            }
            if (versionOf.applyAsLong(stored) != version) {
                throw ConflictException.staleVersion(kind, id, version, versionOf.applyAsLong(stored));
            }
            replace(stored, null);
            return () -> replace(null, stored);
        });
    }

    Optional<V> find(K id) {
        return store.read(() -> Optional.ofNullable(byId.get(id)));
    }

    private void replace(V old, V now) {
        if (old != null) {
            byId.remove(idOf.apply(old));
        }
        if (now != null) {
            byId.put(idOf.apply(now), now);
        }
        reindex.accept(old, now);
    }

    static <V> void noCheck(V row) {
        // nothing beyond id and version rules
    }
}
