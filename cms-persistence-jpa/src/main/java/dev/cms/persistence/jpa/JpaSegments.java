package dev.cms.persistence.jpa;

import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link SegmentRepository} over {@link SegmentRow}; the rule is mapped by {@link RuleMapper}. */
final class JpaSegments implements SegmentRepository {
    private final JpaTransactions tx;

    JpaSegments(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Segment segment) {
        tx.write(em -> {
            SegmentRow row = new SegmentRow();
            write(segment, row);
            row.version = segment.version();
            em.persist(row);
        });
    }

    @Override
    public void update(Segment segment) {
        tx.write(em -> {
            Versions.advance(em, "segment", "SegmentRow", "segment", segment.id().value(), segment.version());
            SegmentRow row = em.find(SegmentRow.class, segment.id().value());
            row.version = segment.version();
            write(segment, row);
        });
    }

    @Override
    public void delete(SegmentId id, long version) {
        tx.write(em -> Versions.delete(em, "segment", "SegmentRow", "segment", id.value(), version));
    }

    @Override
    public Optional<Segment> findById(SegmentId id) {
        return tx.read(em -> Optional.ofNullable(em.find(SegmentRow.class, id.value())).map(JpaSegments::read));
    }

    @Override
    public List<Segment> list(Optional<SegmentId> after, int limit) {
        return tx.read(em -> (after.isPresent()
                ? em.createQuery("select s from SegmentRow s where s.id > :after order by s.id", SegmentRow.class)
                        .setParameter("after", after.get().value())
                : em.createQuery("select s from SegmentRow s order by s.id", SegmentRow.class))
                .setMaxResults(limit).getResultList().stream().map(JpaSegments::read).toList());
    }

    private static void write(Segment segment, SegmentRow row) {
        SegmentDefinition d = segment.definition();
        row.id = segment.id().value();
        row.name = d.name();
        row.description = d.description().orElse(null);
        row.createdAt = segment.createdAt();
        row.updatedAt = segment.updatedAt();
        List<RuleNodeCell> nodes = new ArrayList<>();
        List<RuleValueCell> values = new ArrayList<>();
        RuleMapper.write(d.rule(), nodes, values);
        Collections2.sync(row.nodes, nodes);
        Collections2.sync(row.values, values);
    }

    private static Segment read(SegmentRow row) {
        return new Segment(SegmentId.of(row.id), new SegmentDefinition(row.name, Optional.ofNullable(row.description),
                RuleMapper.read(row.nodes, row.values)), row.createdAt, row.updatedAt, row.version);
    }
}
