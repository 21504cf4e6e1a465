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

    @Test
    void insert_thenFindById_returnsAnEqualInteraction_withEveryField() {
        InteractionDetails details = InteractionDetails.of(Channel.MEETING, Direction.OUTBOUND, Instant.parse("2026-01-14T15:30:00.000001Z"))
                .withSubject("Quarterly review")
                .withBody("Agenda:\n\t1. numbers\n\t2. renewal")
                .withDuration(Duration.ofMinutes(45).plusMillis(500))
                .withOutcome("renewal likely")
                .about(OpportunityId.of(ID_1))
                .about(TicketId.of(ID_MAX))
                .about(TaskId.of(ID_HIGH_HALF_SIGNED));
        Interaction meeting = new Interaction(InteractionId.of(ID_MAX), ada.id(), details, UserId.of("alice"), START);

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
}
