package dev.cms.persistence.memory;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.spi.StaticListRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Static lists by id, and each list's members as a sorted set of customer ids. */
final class MemoryStaticLists implements StaticListRepository {
    private final MemoryStore store;
    private final NavigableMap<StaticListId, StaticList> byId = new TreeMap<>();
    private final Map<StaticListId, NavigableSet<CustomerId>> members = new HashMap<>();
    private final Rows<StaticListId, StaticList> rows;

    MemoryStaticLists(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "staticList", byId, StaticList::id, StaticList::version, (old, now) -> { });
    }

    @Override
    public void insert(StaticList list) {
        rows.insert(list, Rows::noCheck);
    }

    @Override
    public void update(StaticList list) {
        rows.update(list, Rows::noCheck);
    }

    @Override
    public void delete(StaticListId id, long version) {
        store.inTransaction(() -> {
            rows.delete(id, version);
            NavigableSet<CustomerId> removed = members.remove(id);
            store.write(() -> () -> {
                if (removed != null) {
                    members.put(id, removed);
                }
            });
            return null;
        });
    }

    @Override
    public Optional<StaticList> findById(StaticListId id) {
        return rows.find(id);
    }

    @Override
    public List<StaticList> list(Optional<StaticListId> after, int limit) {
        return store.read(() -> SortedIndex.head(after.map(a -> byId.tailMap(a, false)).orElse(byId).values(), limit, l -> true));
    }

    @Override
    public List<CustomerId> addMembers(StaticListId list, Collection<CustomerId> customers, Instant at) {
        List<CustomerId> added = new ArrayList<>();
        store.write(() -> {
            NavigableSet<CustomerId> set = members.computeIfAbsent(list, l -> new TreeSet<>());
            for (CustomerId customer : customers) {
                if (set.add(customer)) {
                    added.add(customer);
                }
            }
            return () -> added.forEach(set::remove);
        });
        added.sort(null);
        return added;
    }

    @Override
    public List<CustomerId> removeMembers(StaticListId list, Collection<CustomerId> customers) {
        List<CustomerId> removed = new ArrayList<>();
        store.write(() -> {
            NavigableSet<CustomerId> set = members.getOrDefault(list, new TreeSet<>());
            for (CustomerId customer : customers) {
                if (set.remove(customer)) {
                    removed.add(customer);
                }
            }
            return () -> set.addAll(removed);
        });
        removed.sort(null);
        return removed;
    }

    @Override
    public List<CustomerId> members(StaticListId list, Optional<CustomerId> after, int limit) {
        return store.read(() -> {
            NavigableSet<CustomerId> set = membersOf(list);
            return SortedIndex.head(after.map(a -> set.tailSet(a, false)).orElse(set), limit, id -> true);
        });
    }

    @Override
    public boolean contains(StaticListId list, CustomerId customer) {
        return store.read(() -> isMember(list, customer));
    }

    /** Under the store's lock. */
    boolean isMember(StaticListId list, CustomerId customer) {
        NavigableSet<CustomerId> set = members.get(list);
        return set != null && set.contains(customer);
    }

    /** Under the store's lock: a live view of the list's members, ascending (empty and read-only if it has none). */
    NavigableSet<CustomerId> membersOf(StaticListId list) {
        NavigableSet<CustomerId> set = members.get(list);
        return set == null ? java.util.Collections.emptyNavigableSet() : set;
    }

    @Override
    public long count(StaticListId list) {
        return store.read(() -> (long) membersOf(list).size());
    }
}
