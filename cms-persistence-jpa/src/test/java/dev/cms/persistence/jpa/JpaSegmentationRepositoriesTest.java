package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What this adapter's storage of the segmentation ports must get right beyond the test-kit's contracts: a rule with
 * every kind of node and value (stored as a pre-order node table) round-trips exactly, and shrinks and grows again on
 * update; versions and deletes follow the SPI; list members page in unsigned id order; lead scores keep their value.
 */
class JpaSegmentationRepositoriesTest {
    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");

    /** A rule with every node kind, every value kind and every metric parameter. */
    private static final Rule EVERYTHING = Rule.all(
            Rule.any(Rule.field("country").in("DE", "AT"), Rule.not(Rule.field("tags").hasAny("churned"))),
            Rule.field("birthDate").before(LocalDate.of(1582, 10, 10)),
            Rule.field("attribute.vip").eq(true),
            Rule.field("attribute.seats").between(5, 50),
            Rule.field("createdAt").withinLast(RuleValue.Span.weeks(3)),
            Rule.field("attribute.budget").gt(Money.of("1234.5678", "CLF")),
            Rule.field("email").isSet(),
            Rule.metric(Metric.totalSpend(Money.currency("EUR")).within(RuleValue.Span.months(12)))
                    .is(Operator.GREATER_OR_EQUAL, new RuleValue.Number(new BigDecimal("-0.000000000000000001"))),
            Rule.metric(new Metric(MetricKind.INTERACTION_COUNT, Optional.of(RuleValue.Span.days(30)), Optional.of(Channel.CALL),
                    Optional.empty())).gte(2),
            Rule.inList(StaticListId.of(TestData.ID_HIGH_HALF_SIGNED)),
            Rule.inSegment(SegmentId.of(TestData.ID_1)));

    private static <T> T inTx(PersistenceProvider store, Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    private static void write(PersistenceProvider store, Runnable work) {
        inTx(store, () -> {
            work.run();
            return null;
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void segment_withEveryKindOfRuleNode_readsBackEqual_andAnUpdateReplacesTheWholeRule(TestDatabase database) {
        PersistenceProvider store = database.newPersistence();
        Segment v0 = new Segment(SegmentId.of(TestData.ID_MAX), new SegmentDefinition("Everything", Optional.of("all kinds"),
                EVERYTHING), T0, T0, 0);
        write(store, () -> store.segments().insert(v0));

        assertThat(store.segments().findById(v0.id())).contains(v0);

        Segment v1 = new Segment(v0.id(), SegmentDefinition.of("Small", Rule.field("city").eq("Berlin")), T0, T0.plusSeconds(1), 1);
        write(store, () -> store.segments().update(v1));
        assertThat(store.segments().findById(v0.id())).contains(v1);

        Segment back = new Segment(v0.id(), v0.definition(), T0, T0.plusSeconds(2), 2);
        write(store, () -> store.segments().update(back));
        assertThat(store.segments().findById(v0.id())).contains(back);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void segment_staleUpdateAndDelete_areConflicts_deleteRemovesIt_andListIsInUnsignedIdOrder(TestDatabase database) {
        PersistenceProvider store = database.newPersistence();
        for (UUID id : List.of(TestData.ID_HIGH_HALF_SIGNED, TestData.ID_1, TestData.ID_MAX, TestData.ID_LOW_HALF_SIGNED)) {
            write(store, () -> store.segments().insert(new Segment(SegmentId.of(id), SegmentDefinition.of("s " + id,
                    Rule.field("city").eq("Berlin")), T0, T0, 0)));
        }
        SegmentId target = SegmentId.of(TestData.ID_1);
        Segment skipping = new Segment(target, SegmentDefinition.of("x", Rule.field("city").eq("Rome")), T0, T0, 2);

        assertThatThrownBy(() -> write(store, () -> store.segments().update(skipping)))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
        assertThatThrownBy(() -> write(store, () -> store.segments().delete(target, 1)))
                .isInstanceOfSatisfying(ConflictException.class, c -> assertThat(c.reason()).isEqualTo(ConflictException.Reason.STALE_VERSION));
        assertThatThrownBy(() -> write(store, () -> store.segments().insert(new Segment(target,
                SegmentDefinition.of("again", Rule.field("city").eq("Rome")), T0, T0, 0))))
                .isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_MODIFICATION));

        write(store, () -> store.segments().delete(target, 0));

        assertThat(store.segments().findById(target)).isEmpty();
        assertThatThrownBy(() -> write(store, () -> store.segments().delete(target, 0))).isInstanceOf(NotFoundException.class);
        assertThat(store.segments().list(Optional.empty(), 10)).extracting(s -> s.id().value())
                .containsExactly(TestData.ID_LOW_HALF_SIGNED, TestData.ID_HIGH_HALF_SIGNED, TestData.ID_MAX);
        assertThat(store.segments().list(Optional.of(SegmentId.of(TestData.ID_LOW_HALF_SIGNED)), 1)).extracting(s -> s.id().value())
                .containsExactly(TestData.ID_HIGH_HALF_SIGNED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staticList_membersAreAddedAndRemovedOnce_pageInUnsignedIdOrder_andGoWithTheList(TestDatabase database) {
        PersistenceProvider store = database.newPersistence();
        List<CustomerId> customers = TestData.idsInUnsignedOrder().stream().map(CustomerId::of).toList();
        write(store, () -> customers.forEach(c -> store.customers().insert(TestData.customer(c.value(), TestData.person("P", c.toString()), T0))));
        StaticList list = new StaticList(StaticListId.of(TestData.ID_1), "VIPs", Optional.empty(), T0, T0, 0);
        write(store, () -> store.staticLists().insert(list));

        List<CustomerId> added = inTx(store, () -> store.staticLists().addMembers(list.id(),
                List.of(customers.get(4), customers.get(0), customers.get(3)), T0));
        List<CustomerId> addedAgain = inTx(store, () -> store.staticLists().addMembers(list.id(),
                List.of(customers.get(3), customers.get(1)), T0));
        List<CustomerId> removed = inTx(store, () -> store.staticLists().removeMembers(list.id(),
                List.of(customers.get(2), customers.get(0))));

        assertThat(added).containsExactly(customers.get(0), customers.get(3), customers.get(4));
        assertThat(addedAgain).containsExactly(customers.get(1));
        assertThat(removed).containsExactly(customers.get(0));
        assertThat(store.staticLists().members(list.id(), Optional.empty(), 10))
                .containsExactly(customers.get(1), customers.get(3), customers.get(4));
        assertThat(store.staticLists().members(list.id(), Optional.of(customers.get(1)), 1)).containsExactly(customers.get(3));
        assertThat(store.staticLists().count(list.id())).isEqualTo(3);
        assertThat(store.staticLists().contains(list.id(), customers.get(4))).isTrue();
        assertThat(store.staticLists().contains(list.id(), customers.get(0))).isFalse();

        StaticList renamed = new StaticList(list.id(), "Very important", Optional.of("renamed"), T0, T0.plusSeconds(1), 1);
        write(store, () -> store.staticLists().update(renamed));
        assertThat(store.staticLists().findById(list.id())).contains(renamed);

        write(store, () -> store.staticLists().delete(list.id(), 1));
        assertThat(store.staticLists().findById(list.id())).isEmpty();
        assertThat(store.staticLists().count(list.id())).isZero();
        assertThat(store.staticLists().list(Optional.empty(), 10)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void leadScore_isReplacedBySaving_andReadBackAtItsValue(TestDatabase database) {
        PersistenceProvider store = database.newPersistence();
        CustomerId ada = CustomerId.of(TestData.ID_1);
        write(store, () -> store.customers().insert(TestData.customer(ada.value(), TestData.person("Ada", "Lovelace"), T0)));

        write(store, () -> store.leadScores().save(new LeadScore(ada, new BigDecimal("12.50"), T0)));
        write(store, () -> store.leadScores().save(new LeadScore(ada, new BigDecimal("-99999999999999999999.5"), T0.plusSeconds(1))));

        assertThat(store.leadScores().find(ada)).contains(new LeadScore(ada, new BigDecimal("-99999999999999999999.5"), T0.plusSeconds(1)));
        assertThat(store.leadScores().find(CustomerId.of(TestData.ID_MAX))).isEmpty();
    }
}
