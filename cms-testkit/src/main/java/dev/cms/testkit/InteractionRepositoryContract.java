package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.TestData.ID_1;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_MAX_SIGNED;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_LOW_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_MAX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.TimelinePosition;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an {@link InteractionRepository} must do on its own: store interactions exactly, refuse a second insert of an
 * id, and page a customer's timeline by occurredAt descending, then id descending in unsigned UUID order, strictly
 * after the given position.
 */
public abstract class InteractionRepositoryContract extends RepositoryContractSupport {
    private Customer ada;
    private Customer bob;

    /** For subclasses. */
    protected InteractionRepositoryContract() {
    }

    /** Interactions belong to stored customers, so adapters with foreign keys pass too. */
    @BeforeEach
    void insertCustomers() {
        java.util.List<Customer> stored = insertAdaAndBob();
        ada = stored.get(0);
        bob = stored.get(1);
    }

    private InteractionRepository interactions() {
        return store.interactions();
    }

    private Interaction insert(UUID id, CustomerId customer, Instant occurredAt) {
        Interaction interaction = TestData.note(id, customer, occurredAt);
        write(() -> interactions().insert(interaction));
        return interaction;
    }

    private List<UUID> timeline(CustomerId customer, Optional<TimelinePosition> after, int limit) {
        return inTx(() -> interactions().timeline(customer, after, limit)).stream().map(i -> i.id().value()).toList();
    }

    private static Optional<TimelinePosition> after(Instant occurredAt, UUID id) {
        return Optional.of(new TimelinePosition(occurredAt, InteractionId.of(id)));
    }

    /** A meeting with every optional field set, on 2026-01-14 at 15:30:00.000001. */
    private static Interaction meeting(UUID id, CustomerId customer) {
        InteractionDetails details = InteractionDetails.of(Channel.MEETING, Direction.OUTBOUND, Instant.parse("2026-01-14T15:30:00.000001Z"))
                .withSubject("Quarterly review")
                .withBody("Agenda:\n\t1. numbers\n\t2. renewal")
                .withDuration(Duration.ofMinutes(45).plusMillis(500))
                .withOutcome("renewal likely")
                .about(OpportunityId.of(ID_1))
                .about(TicketId.of(ID_MAX))
                .about(TaskId.of(ID_HIGH_HALF_SIGNED));
        return new Interaction(InteractionId.of(id), customer, details, UserId.of("alice"), START);
    }

    @Test
    void insert_thenFindById_returnsAnEqualInteraction_withEveryField() {
        Interaction meeting = meeting(ID_MAX, ada.id());

        write(() -> interactions().insert(meeting));

        assertThat(inTx(() -> interactions().findById(meeting.id()))).contains(meeting);
        assertThat(inTx(() -> interactions().findById(InteractionId.of(ID_1)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredInteraction() {
        Interaction first = insert(ID_1, ada.id(), START);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> insert(ID_1, bob.id(), START.minusSeconds(1)));

        assertThat(inTx(() -> interactions().findById(first.id()))).contains(first);
        assertThat(timeline(bob.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void timeline_isByOccurredAtThenUnsignedIdDescending_andHoldsOnlyThatCustomer() {
        Instant older = START.minus(Duration.ofHours(2));
        Instant newer = START.minus(Duration.ofHours(1));
        insert(ID_1, ada.id(), newer);
        insert(ID_HIGH_HALF_SIGNED, ada.id(), older);
        insert(ID_MAX, ada.id(), newer);
        insert(ID_LOW_HALF_SIGNED, ada.id(), older);
        insert(ID_HIGH_HALF_MAX_SIGNED, ada.id(), newer);
        insert(UUID.fromString("40000000-0000-0000-0000-000000000000"), bob.id(), newer);

        assertThat(timeline(ada.id(), Optional.empty(), 100))
                .containsExactly(ID_MAX, ID_HIGH_HALF_MAX_SIGNED, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(timeline(ada.id(), Optional.empty(), 2)).containsExactly(ID_MAX, ID_HIGH_HALF_MAX_SIGNED);
        assertThat(timeline(bob.id(), Optional.empty(), 100)).containsExactly(UUID.fromString("40000000-0000-0000-0000-000000000000"));
        assertThat(timeline(CustomerId.of(ID_1), Optional.empty(), 100)).isEmpty();
    }

    @Test
    void timeline_after_continuesStrictlyAfterThePosition_evenAtAnIdItDoesNotHold() {
        Instant older = START.minus(Duration.ofHours(2));
        Instant newer = START.minus(Duration.ofHours(1));
        insert(ID_1, ada.id(), newer);
        insert(ID_HIGH_HALF_SIGNED, ada.id(), older);
        insert(ID_MAX, ada.id(), newer);
        insert(ID_LOW_HALF_SIGNED, ada.id(), older);

        assertThat(timeline(ada.id(), after(newer, ID_MAX), 100)).containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(timeline(ada.id(), after(newer, ID_HIGH_HALF_MAX_SIGNED), 100))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(timeline(ada.id(), after(newer, ID_1), 1)).containsExactly(ID_HIGH_HALF_SIGNED);
        assertThat(timeline(ada.id(), after(older, ID_HIGH_HALF_SIGNED), 100)).containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(timeline(ada.id(), after(older, ID_LOW_HALF_SIGNED), 100)).isEmpty();
        assertThat(timeline(ada.id(), after(START, ID_1), 100))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
    }

    @Test
    void timeline_ordersByTheMomentItHappened_notByWhenItWasLogged() {
        Interaction loggedFirst = insert(ID_1, ada.id(), START.minus(Duration.ofDays(3)));
        Interaction loggedLater = new Interaction(InteractionId.of(ID_MAX), ada.id(),
                InteractionDetails.of(Channel.CALL, Direction.INBOUND, START.minus(Duration.ofDays(5))), UserId.of("bob"), START);
        write(() -> interactions().insert(loggedLater));

        assertThat(inTx(() -> interactions().timeline(ada.id(), Optional.empty(), 10))).containsExactly(loggedFirst, loggedLater);
    }

    // ---- insertAll -----------------------------------------------------------------------------------------------

    @Test
    void insertAll_storesEveryInteractionExactly_andTheTimelinesOrderThem() {
        Instant hourAgo = START.minus(Duration.ofHours(1));
        List<Interaction> batch = List.of(meeting(ID_MAX, ada.id()), TestData.note(ID_1, ada.id(), hourAgo),
                TestData.note(ID_LOW_HALF_SIGNED, ada.id(), hourAgo), TestData.note(ID_HIGH_HALF_SIGNED, bob.id(), START));

        write(() -> interactions().insertAll(batch));

        for (Interaction interaction : batch) {
            assertThat(inTx(() -> interactions().findById(interaction.id()))).contains(interaction);
        }
        // Ada: the two notes of an hour ago (id descending, unsigned), then the meeting of the day before.
        assertThat(inTx(() -> interactions().timeline(ada.id(), Optional.empty(), 10)))
                .containsExactly(batch.get(2), batch.get(1), batch.get(0));
        assertThat(inTx(() -> interactions().timeline(bob.id(), Optional.empty(), 10))).containsExactly(batch.get(3));
    }

    @Test
    void insertAll_keepsTextWithBackslashesTabsLineBreaksAndNonAsciiExactly() {
        InteractionDetails details = InteractionDetails.of(Channel.EMAIL, Direction.INBOUND, START)
                .withSubject("Zoë 😀 O\\Brien \\N")
                .withBody("line one\n\tline two\r\nback\\slash \\N\\t ü")
                .withOutcome("answered \\ ✓");
        Interaction odd = new Interaction(InteractionId.of(ID_1), ada.id(), details, UserId.of("zoë\\admin"), START);

        write(() -> interactions().insertAll(List.of(odd)));

        assertThat(inTx(() -> interactions().findById(odd.id()))).contains(odd);
    }

    @Test
    void insertAll_ofAnEmptyList_writesNothing() {
        write(() -> interactions().insertAll(List.of()));

        assertThat(timeline(ada.id(), Optional.empty(), 10)).isEmpty();
        assertThat(timeline(bob.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void insertAll_ofMoreInteractionsThanOneBatch_storesEveryOne() {
        // The i-th happened i minutes before START: each timeline lists its interactions by ascending i.
        List<Interaction> batch = new ArrayList<>();
        List<Interaction> adas = new ArrayList<>();
        List<Interaction> bobs = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            CustomerId customer = i % 2 == 0 ? ada.id() : bob.id();
            InteractionDetails details = InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, START.minus(Duration.ofMinutes(i)))
                    .withSubject("call " + i).withDuration(Duration.ofSeconds(i)).about(TaskId.of(new UUID(7, i)));
            Interaction call = new Interaction(InteractionId.of(new UUID(0, i + 1L)), customer, details, UserId.of("alice"), START);
            batch.add(call);
            (i % 2 == 0 ? adas : bobs).add(call);
        }

        write(() -> interactions().insertAll(batch));

        assertThat(inTx(() -> interactions().timeline(ada.id(), Optional.empty(), 2_000))).containsExactlyElementsOf(adas);
        assertThat(inTx(() -> interactions().timeline(bob.id(), Optional.empty(), 2_000))).containsExactlyElementsOf(bobs);
    }

    @Test
    void insertAll_withTwoInteractionsOfOneId_isAConcurrentModificationConflict_andWritesNone() {
        List<Interaction> batch = List.of(TestData.note(ID_MAX, ada.id(), START), TestData.note(ID_1, ada.id(), START),
                TestData.note(ID_MAX, bob.id(), START));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> interactions().insertAll(batch)));

        assertThat(timeline(ada.id(), Optional.empty(), 10)).isEmpty();
        assertThat(timeline(bob.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void insertAll_withAnIdAlreadyStored_isAConcurrentModificationConflict_andWritesNoneOfTheList() {
        Interaction first = insert(ID_1, ada.id(), START);
        List<Interaction> batch = List.of(TestData.note(ID_MAX, bob.id(), START), TestData.note(ID_1, bob.id(), START));

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> interactions().insertAll(batch)));

        assertThat(inTx(() -> interactions().timeline(ada.id(), Optional.empty(), 10))).containsExactly(first);
        assertThat(timeline(bob.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void insertAll_afterAnInsertInTheSameTransaction_seesThatInteraction_andConflictsWithIt() {
        Interaction note = TestData.note(ID_1, ada.id(), START);
        Interaction twin = TestData.note(ID_1, bob.id(), START);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> write(() -> {
            interactions().insert(note);
            interactions().insertAll(List.of(twin));
        }));

        assertThat(timeline(ada.id(), Optional.empty(), 10)).isEmpty();
        assertThat(timeline(bob.id(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void insertAll_thenReadingInTheSameTransaction_seesEveryInteraction() {
        List<Interaction> batch = List.of(TestData.note(ID_1, ada.id(), START), meeting(ID_MAX, ada.id()));

        List<Interaction> seen = inTx(() -> {
            interactions().insertAll(batch);
            assertThat(interactions().findById(InteractionId.of(ID_MAX))).contains(batch.get(1));
            return interactions().timeline(ada.id(), Optional.empty(), 10);
        });

        assertThat(seen).containsExactly(batch.get(0), batch.get(1));
    }
}
