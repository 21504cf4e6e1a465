package dev.cms.persistence.memory;

import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.spi.SegmentRepository;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Saved segments by id. */
final class MemorySegments implements SegmentRepository {
    private final MemoryStore store;
    private final NavigableMap<SegmentId, Segment> byId = new TreeMap<>();
    private final Rows<SegmentId, Segment> rows;

    MemorySegments(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "segment", byId, Segment::id, Segment::version, (old, now) -> { });
    }

    @Override
    public void insert(Segment segment) {
        rows.insert(segment, Rows::noCheck);
    }

    @Override
    public void update(Segment segment) {
        rows.update(segment, Rows::noCheck);
    }

    @Override
    public void delete(SegmentId id, long version) {
        rows.delete(id, version);
    }

    @Override
    public Optional<Segment> findById(SegmentId id) {
        return rows.find(id);
    }

    @Override
    public List<Segment> list(Optional<SegmentId> after, int limit) {
        return store.read(() -> SortedIndex.head(after.map(a -> byId.tailMap(a, false)).orElse(byId).values(), limit, s -> true));
    }
}
