package dev.cms.testkit;

import static dev.cms.core.support.TicketStatus.CLOSED;
import static dev.cms.core.support.TicketStatus.NEW;
import static dev.cms.core.support.TicketStatus.OPEN;
import static dev.cms.core.support.TicketStatus.PENDING;
import static dev.cms.core.support.TicketStatus.RESOLVED;
import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.TestData.ID_1;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_MAX_SIGNED;
import static dev.cms.testkit.TestData.ID_HIGH_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_LOW_HALF_SIGNED;
import static dev.cms.testkit.TestData.ID_MAX;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link TicketRepository} must do on its own: store tickets with their history exactly, enforce the version
 * rule, answer by-customer (newest first, all or open only), open-in-queue and open-by-assignee (oldest first) with
 * ids in unsigned order and strict {@code after} positions, and count open tickets per agent, zero included. "Open"
 * is NEW, OPEN or PENDING.
 */
public abstract class TicketRepositoryContract extends RepositoryContractSupport {
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    private static final UserId CAROL = UserId.of("carol");
    private static final UserId DAVE = UserId.of("dave");
    private static final UUID OTHER_ID = UUID.fromString("40000000-0000-0000-0000-000000000000");
    private static final UUID YET_ANOTHER_ID = UUID.fromString("c0000000-0000-0000-0000-000000000000");
    private static final Instant OLDER = START;
    private static final Instant NEWER = START.plus(Duration.ofHours(1));

    private Customer ada;
    private Customer bob;

    /** For subclasses. */
    protected TicketRepositoryContract() {
    }

    /** Tickets refer to stored customers, so adapters with foreign keys pass too. */
    @BeforeEach
    void insertCustomers() {
        java.util.List<Customer> stored = insertAdaAndBob();
        ada = stored.get(0);
        bob = stored.get(1);
    }

    private TicketRepository tickets() {
        return store.tickets();
    }

    private Ticket insert(UUID id, Customer customer, TicketStatus status, String queue, Optional<UserId> assignee, Instant createdAt) {
        Ticket ticket = TestData.ticket(id, customer.id(), status, Optional.of(queue), assignee, createdAt);
        write(() -> tickets().insert(ticket));
        return ticket;
    }

    private Ticket update(Ticket next) {
        write(() -> tickets().update(next));
        return next;
    }

    private static List<UUID> ids(List<Ticket> tickets) {
        return tickets.stream().map(t -> t.id().value()).toList();
    }

    private static Optional<TicketPosition> after(Instant createdAt, UUID id) {
        return Optional.of(new TicketPosition(createdAt, TicketId.of(id)));
    }

    // ---- insert, find, update ------------------------------------------------------------------------------------

    @Test
    void insert_thenFindById_returnsAnEqualTicket_withEveryFieldAndItsHistory() {
        Instant created = Instant.parse("2025-12-01T08:00:00.000001Z");
        TicketDetails details = TicketDetails.of(ada.id(), "Invoice shows the wrong VAT")
                .withDescription("Line 2:\n19% instead of 7%.\tPlease fix.")
                .inCategory("billing")
                .withPriority(TicketPriority.URGENT);
        List<TicketStatusChange> history = List.of(
                new TicketStatusChange(NEW, OPEN, created.plusSeconds(10), BOB, Optional.empty()),
                new TicketStatusChange(OPEN, RESOLVED, created.plusSeconds(20), BOB, Optional.empty()),
                new TicketStatusChange(RESOLVED, OPEN, created.plusSeconds(30), ALICE, Optional.of("still wrong")));
        Ticket full = new Ticket(TicketId.of(ID_MAX), details, PENDING, Optional.of("billing"), Optional.of(BOB), created,
                Optional.of(created.plusSeconds(5)), Optional.empty(), history, created.plusSeconds(40), 4);
        Ticket closed = new Ticket(TicketId.of(ID_1), TicketDetails.of(bob.id(), "Thanks"), CLOSED, Optional.empty(),
                Optional.empty(), START, Optional.empty(), Optional.of(START.plusSeconds(1)), List.of(), START.plusSeconds(1), 0);

        write(() -> {
            tickets().insert(full);
            tickets().insert(closed);
        });

        assertThat(inTx(() -> tickets().findById(full.id()))).contains(full);
        assertThat(inTx(() -> tickets().findById(closed.id()))).contains(closed);
        assertThat(inTx(() -> tickets().findById(TicketId.of(OTHER_ID)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredTicket() {
        Ticket first = insert(ID_1, ada, NEW, "support", Optional.of(BOB), START);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> insert(ID_1, bob, NEW, "billing", Optional.of(CAROL), START));

        assertThat(inTx(() -> tickets().findById(first.id()))).contains(first);
        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of(BOB, CAROL)))).isEqualTo(Map.of(BOB, 1L, CAROL, 0L));
    }

    @Test
    void update_withTheNextVersion_replacesTheStoredTicket() {
        Ticket v0 = insert(ID_1, ada, NEW, "support", Optional.empty(), START);
        Ticket v1 = v0.moveTo(OPEN, START.plusSeconds(1), BOB);
        Ticket v2 = v1.respondedAt(START.plusSeconds(2), START.plusSeconds(2));
        Ticket v3 = v2.assignedTo(Optional.of(BOB), START.plusSeconds(3));

        update(v1);
        update(v2);
        update(v3);

        assertThat(inTx(() -> tickets().findById(v0.id()))).contains(v3);
        assertThat(v3.version()).isEqualTo(3);
    }

    @Test
    void update_whoseVersionIsNotTheStoredOnePlusOne_isStale_andKeepsTheStoredTicket() {
        Ticket v0 = insert(ID_1, ada, NEW, "support", Optional.empty(), START);
        Ticket v1 = update(v0.moveTo(OPEN, START.plusSeconds(1), BOB));

        assertConflict(Reason.STALE_VERSION, () -> update(v0.moveTo(CLOSED, START.plusSeconds(2), BOB)));
        assertConflict(Reason.STALE_VERSION, () -> update(
                v1.moveTo(PENDING, START.plusSeconds(2), BOB).moveTo(OPEN, START.plusSeconds(3), BOB)));
        assertConflict(Reason.STALE_VERSION, () -> update(v0));

        assertThat(inTx(() -> tickets().findById(v0.id()))).contains(v1);
    }

    @Test
    void update_ofAnUnknownId_isNotFound() {
        Ticket ghost = TestData.ticket(ID_MAX, ada.id(), NEW, Optional.empty(), Optional.empty(), START)
                .moveTo(OPEN, START.plusSeconds(1), BOB);

        assertFails(NotFoundException.class, () -> update(ghost));

        assertThat(inTx(() -> tickets().findById(ghost.id()))).isEmpty();
    }

    // ---- by customer ---------------------------------------------------------------------------------------------

    @Test
    void byCustomer_isByCreatedAtThenUnsignedIdDescending_withEveryStatus_orOpenOnly() {
        insert(ID_HIGH_HALF_SIGNED, ada, PENDING, "support", Optional.empty(), OLDER);
        insert(ID_1, ada, NEW, "support", Optional.empty(), NEWER);
        insert(ID_LOW_HALF_SIGNED, ada, CLOSED, "support", Optional.empty(), OLDER);
        insert(ID_MAX, ada, RESOLVED, "billing", Optional.empty(), NEWER);
        insert(OTHER_ID, ada, OPEN, "billing", Optional.of(BOB), OLDER);
        insert(ID_HIGH_HALF_MAX_SIGNED, bob, NEW, "support", Optional.empty(), NEWER);

        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), false, Optional.empty(), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, OTHER_ID, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), false, Optional.empty(), 2)))).containsExactly(ID_MAX, ID_1);
        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), true, Optional.empty(), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, OTHER_ID);
        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), false, after(NEWER, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, OTHER_ID, ID_LOW_HALF_SIGNED);
        // Between ID_1 and ID_MAX in unsigned order: the page resumes at ID_1.
        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), false, after(NEWER, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, OTHER_ID, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), true, after(OLDER, ID_HIGH_HALF_SIGNED), 100))))
                .containsExactly(OTHER_ID);
        assertThat(ids(inTx(() -> tickets().byCustomer(ada.id(), false, after(OLDER, ID_LOW_HALF_SIGNED), 100)))).isEmpty();
        assertThat(ids(inTx(() -> tickets().byCustomer(bob.id(), false, Optional.empty(), 100))))
                .containsExactly(ID_HIGH_HALF_MAX_SIGNED);
    }

    // ---- open in queue, open by assignee -------------------------------------------------------------------------

    @Test
    void openInQueue_holdsOnlyOpenTicketsOfTheQueue_byCreatedAtThenUnsignedIdAscending() {
        insert(ID_MAX, ada, NEW, "support", Optional.empty(), OLDER);
        insert(ID_1, bob, PENDING, "support", Optional.of(BOB), NEWER);
        insert(ID_HIGH_HALF_SIGNED, ada, OPEN, "support", Optional.empty(), NEWER);
        insert(ID_LOW_HALF_SIGNED, ada, NEW, "support", Optional.empty(), OLDER);
        insert(ID_HIGH_HALF_MAX_SIGNED, ada, RESOLVED, "support", Optional.empty(), OLDER);
        insert(OTHER_ID, ada, CLOSED, "support", Optional.empty(), NEWER);
        insert(YET_ANOTHER_ID, ada, NEW, "billing", Optional.empty(), OLDER);

        assertThat(ids(inTx(() -> tickets().openInQueue("support", Optional.empty(), 100))))
                .containsExactly(ID_LOW_HALF_SIGNED, ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openInQueue("support", Optional.empty(), 3))))
                .containsExactly(ID_LOW_HALF_SIGNED, ID_MAX, ID_1);
        assertThat(ids(inTx(() -> tickets().openInQueue("support", after(OLDER, ID_LOW_HALF_SIGNED), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        // Between ID_LOW_HALF_SIGNED and ID_MAX in unsigned order: the page resumes at ID_MAX.
        assertThat(ids(inTx(() -> tickets().openInQueue("support", after(OLDER, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openInQueue("support", after(NEWER, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openInQueue("support", after(NEWER, ID_HIGH_HALF_SIGNED), 100)))).isEmpty();
        assertThat(ids(inTx(() -> tickets().openInQueue("billing", Optional.empty(), 100)))).containsExactly(YET_ANOTHER_ID);
        assertThat(inTx(() -> tickets().openInQueue("sales", Optional.empty(), 100))).isEmpty();
    }

    @Test
    void openByAssignee_holdsOnlyTheAgentsOpenTickets_byCreatedAtThenUnsignedIdAscending() {
        insert(ID_HIGH_HALF_SIGNED, ada, OPEN, "support", Optional.of(BOB), NEWER);
        insert(ID_MAX, ada, NEW, "billing", Optional.of(BOB), OLDER);
        insert(ID_1, bob, PENDING, "support", Optional.of(BOB), NEWER);
        insert(ID_LOW_HALF_SIGNED, ada, NEW, "support", Optional.of(BOB), OLDER);
        insert(ID_HIGH_HALF_MAX_SIGNED, ada, RESOLVED, "support", Optional.of(BOB), OLDER);
        insert(OTHER_ID, ada, NEW, "support", Optional.of(CAROL), OLDER);
        insert(YET_ANOTHER_ID, ada, NEW, "support", Optional.empty(), OLDER);

        assertThat(ids(inTx(() -> tickets().openByAssignee(BOB, Optional.empty(), 100))))
                .containsExactly(ID_LOW_HALF_SIGNED, ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openByAssignee(BOB, Optional.empty(), 1)))).containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openByAssignee(BOB, after(OLDER, ID_MAX), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openByAssignee(BOB, after(NEWER, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tickets().openByAssignee(CAROL, Optional.empty(), 100)))).containsExactly(OTHER_ID);
        assertThat(inTx(() -> tickets().openByAssignee(DAVE, Optional.empty(), 100))).isEmpty();
    }

    @Test
    void openQueries_followResolutionReopeningAndReassignment() {
        Ticket ticket = insert(ID_1, ada, NEW, "support", Optional.of(BOB), START);

        Ticket resolved = update(ticket.moveTo(RESOLVED, START.plusSeconds(1), BOB));
        assertThat(inTx(() -> tickets().openInQueue("support", Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> tickets().openByAssignee(BOB, Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> tickets().byCustomer(ada.id(), true, Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> tickets().byCustomer(ada.id(), false, Optional.empty(), 10))).containsExactly(resolved);

        Ticket reopened = update(resolved.reopened("customer objected", START.plusSeconds(2), ALICE));
        assertThat(inTx(() -> tickets().openInQueue("support", Optional.empty(), 10))).containsExactly(reopened);
        assertThat(inTx(() -> tickets().openByAssignee(BOB, Optional.empty(), 10))).containsExactly(reopened);
        assertThat(inTx(() -> tickets().byCustomer(ada.id(), true, Optional.empty(), 10))).containsExactly(reopened);

        Ticket reassigned = update(reopened.assignedTo(Optional.of(CAROL), START.plusSeconds(3)));
        assertThat(inTx(() -> tickets().openByAssignee(BOB, Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> tickets().openByAssignee(CAROL, Optional.empty(), 10))).containsExactly(reassigned);
    }

    // ---- open counts per agent -----------------------------------------------------------------------------------

    @Test
    void countOpenByAssignee_countsOpenTicketsOfEachAgentAcrossQueues_withZeroForAgentsWithout() {
        insert(ID_1, ada, NEW, "support", Optional.of(BOB), START);
        insert(ID_MAX, bob, OPEN, "billing", Optional.of(BOB), START);
        insert(ID_HIGH_HALF_SIGNED, ada, PENDING, "support", Optional.of(BOB), START);
        insert(ID_LOW_HALF_SIGNED, ada, RESOLVED, "support", Optional.of(BOB), START);
        insert(ID_HIGH_HALF_MAX_SIGNED, ada, CLOSED, "support", Optional.of(CAROL), START);
        insert(OTHER_ID, ada, PENDING, "support", Optional.of(CAROL), START);
        insert(YET_ANOTHER_ID, ada, NEW, "support", Optional.empty(), START);

        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of(BOB, CAROL, DAVE))))
                .isEqualTo(Map.of(BOB, 3L, CAROL, 1L, DAVE, 0L));
        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of(DAVE)))).isEqualTo(Map.of(DAVE, 0L));
        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of()))).isEmpty();
    }

    @Test
    void countOpenByAssignee_followsResolutionReopeningAndReassignment_downToZero() {
        Ticket first = insert(ID_1, ada, NEW, "support", Optional.of(BOB), START);
        Ticket second = insert(ID_MAX, ada, NEW, "support", Optional.of(BOB), START);

        Ticket resolved = update(first.moveTo(RESOLVED, START.plusSeconds(1), BOB));
        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of(BOB, CAROL)))).isEqualTo(Map.of(BOB, 1L, CAROL, 0L));

        update(second.assignedTo(Optional.of(CAROL), START.plusSeconds(2)));
        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of(BOB, CAROL)))).isEqualTo(Map.of(BOB, 0L, CAROL, 1L));

        update(resolved.reopened("not fixed", START.plusSeconds(3), ALICE));
        assertThat(inTx(() -> tickets().countOpenByAssignee(List.of(BOB, CAROL)))).isEqualTo(Map.of(BOB, 1L, CAROL, 1L));
    }
}
