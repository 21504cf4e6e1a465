package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.StaticListId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a {@link dev.cms.core.spi.SegmentRepository} must do on its own: keep a segment's rule exactly as given (every
 * node, leaf and value kind), refuse a duplicate id, update and delete only from the stored version, and list
 * segments by id in unsigned order.
 */
public abstract class SegmentRepositoryContract extends RepositoryContractSupport {
    /** For subclasses. */
    protected SegmentRepositoryContract() {
    }

    /** A rule with every kind of node, leaf, operator arity and value, so a store that serialises rules keeps them all. */
    static Rule everyKindOfRule() {
        return Rule.all(
                Rule.any(Rule.field("country").in("DE", "AT"), Rule.not(Rule.field("tags").hasAll("vip", "b2b"))),
                Rule.field("leadScore").is(Operator.BETWEEN, new RuleValue.Number(new BigDecimal("-1.5")), RuleValue.Number.of(10)),
                Rule.field("attribute.active").eq(true),
                Rule.field("birthDate").on(LocalDate.of(1815, 12, 10)),
                Rule.field("createdAt").withinLast(RuleValue.Span.months(3)),
                Rule.field("birthday").withinNext(RuleValue.Span.weeks(2)),
                Rule.field("attribute.budget").is(Operator.GREATER_OR_EQUAL, new RuleValue.Amount(Money.of("99.95", "EUR"))),
                Rule.field("leadSource").isNotSet(),
                Rule.field("name").contains("'; DROP TABLE segment; --"),
                Rule.metric(new Metric(MetricKind.TOTAL_SPEND, Optional.of(RuleValue.Span.days(90)), Optional.empty(),
                        Optional.of(Money.currency("EUR")))).gt(500),
                Rule.metric(Metric.interactionCount().on(Channel.CALL).within(RuleValue.Span.days(30))).eq(0),
                Rule.inList(StaticListId.of(TestData.ID_HIGH_HALF_SIGNED)),
                Rule.not(Rule.inSegment(SegmentId.of(TestData.ID_LOW_HALF_SIGNED))));
    }

    private Segment segment(UUID id, String name, Rule rule) {
        return new Segment(SegmentId.of(id), new SegmentDefinition(name, Optional.of("about " + name), rule), START, START, 0);
    }

    @Test
    void insert_thenFindById_returnsTheSegmentWithItsRuleUnchanged() {
        Segment segment = segment(TestData.ID_1, "Everything", everyKindOfRule());

        write(() -> store.segments().insert(segment));

        assertThat(inTx(() -> store.segments().findById(segment.id()))).contains(segment);
        assertThat(inTx(() -> store.segments().findById(SegmentId.of(TestData.ID_MAX)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConflict_andKeepsTheStoredSegment() {
        Segment segment = segment(TestData.ID_1, "First", Rule.field("name").isSet());
        write(() -> store.segments().insert(segment));

        assertConflict(ConflictException.Reason.CONCURRENT_MODIFICATION,
                () -> write(() -> store.segments().insert(segment(TestData.ID_1, "Second", Rule.field("name").isNotSet()))));

        assertThat(inTx(() -> store.segments().findById(segment.id()))).contains(segment);
    }

    @Test
    void update_fromTheStoredVersion_replacesIt_andAStaleOrMissingOneFails() {
        Segment segment = segment(TestData.ID_1, "First", Rule.field("name").isSet());
        write(() -> store.segments().insert(segment));
        Segment next = new Segment(segment.id(), SegmentDefinition.of("Renamed", everyKindOfRule()), START,
                START.plus(Duration.ofMinutes(1)), 1);

        write(() -> store.segments().update(next));

        assertThat(inTx(() -> store.segments().findById(segment.id()))).contains(next);
        Segment stale = new Segment(segment.id(), SegmentDefinition.of("Stale", Rule.field("name").isNotSet()), START, START, 1);
        assertConflict(ConflictException.Reason.STALE_VERSION, () -> write(() -> store.segments().update(stale)));
        assertFails(NotFoundException.class, () -> write(() -> store.segments().update(segment(TestData.ID_MAX, "Missing",
                Rule.field("name").isSet()))));
        assertThat(inTx(() -> store.segments().findById(segment.id()))).contains(next);
    }

    @Test
    void delete_withTheStoredVersion_removesIt_andAStaleOrMissingOneFails() {
        Segment segment = segment(TestData.ID_1, "First", Rule.field("name").isSet());
        write(() -> store.segments().insert(segment));

        assertConflict(ConflictException.Reason.STALE_VERSION, () -> write(() -> store.segments().delete(segment.id(), 1)));
        assertThat(inTx(() -> store.segments().findById(segment.id()))).contains(segment);

        write(() -> store.segments().delete(segment.id(), 0));

        assertThat(inTx(() -> store.segments().findById(segment.id()))).isEmpty();
        assertFails(NotFoundException.class, () -> write(() -> store.segments().delete(segment.id(), 0)));
    }

    @Test
    void list_ordersByIdInUnsignedOrder_andPagesAfterAnId() {
        List<UUID> ids = TestData.idsInUnsignedOrder();
        for (UUID id : List.of(ids.get(3), ids.get(0), ids.get(4), ids.get(2), ids.get(1))) {
            write(() -> store.segments().insert(segment(id, "s" + id, Rule.field("name").isSet())));
        }

        List<Segment> first = inTx(() -> store.segments().list(Optional.empty(), 3));
        List<Segment> rest = inTx(() -> store.segments().list(Optional.of(first.get(2).id()), 3));

        assertThat(first).extracting(s -> s.id().value()).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(rest).extracting(s -> s.id().value()).containsExactly(ids.get(3), ids.get(4));
        assertThat(inTx(() -> store.segments().list(Optional.of(SegmentId.of(ids.get(4))), 3))).isEmpty();
    }
}
