package dev.cms.testkit;

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
import dev.cms.core.customer.CustomerId;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link TaskRepository} must do on its own: store tasks exactly, enforce the version rule, and answer the four
 * task queries with the filters, order and {@code after} semantics their Javadoc states: (due, id) ascending for
 * overdue and due-between, (createdAt, id) descending for by-assignee and by-customer, ids in unsigned order.
 */
public abstract class TaskRepositoryContract extends RepositoryContractSupport {
    private static final UserId BOB = UserId.of("bob");
    private static final UserId CAROL = UserId.of("carol");
    private static final UUID OTHER_ID = UUID.fromString("40000000-0000-0000-0000-000000000000");
    private static final UUID YET_ANOTHER_ID = UUID.fromString("c0000000-0000-0000-0000-000000000000");

    private Customer ada;
    private Customer bob;

    /** For subclasses. */
    protected TaskRepositoryContract() {
    }

    /** Tasks link to stored customers, so adapters with foreign keys pass too. */
    @BeforeEach
    void insertCustomers() {
        java.util.List<Customer> stored = insertAdaAndBob();
        ada = stored.get(0);
        bob = stored.get(1);
    }

    private TaskRepository tasks() {
        return store.tasks();
    }

    private Task insert(UUID id, TaskDetails details, TaskStatus status, Instant createdAt) {
        Task task = TestData.task(id, details, status, createdAt);
        write(() -> tasks().insert(task));
        return task;
    }

    private static List<UUID> ids(List<Task> tasks) {
        return tasks.stream().map(t -> t.id().value()).toList();
    }

    private static Optional<TaskPosition> after(Instant instant, UUID id) {
        return Optional.of(new TaskPosition(instant, TaskId.of(id)));
    }

    // ---- insert, find, update ------------------------------------------------------------------------------------

    @Test
    void insert_thenFindById_returnsAnEqualTask_withEveryField() {
        TaskDetails details = TaskDetails.titled("Send the quote")
                .withDescription("Two options:\n- yearly\n- monthly")
                .dueAt(Instant.parse("2026-02-01T12:00:00.000001Z"))
                .remindAt(Instant.parse("2026-01-31T08:00:00Z"))
                .withPriority(Priority.URGENT)
                .assignedTo(BOB)
                .about(ada.id())
                .about(OpportunityId.of(ID_1))
                .about(TicketId.of(ID_MAX));
        Task done = new Task(TaskId.of(ID_MAX), details, TaskStatus.DONE, START, START.plusSeconds(5),
                Optional.of(START.plusSeconds(5)), 3);
        Task open = TestData.task(ID_1, TaskDetails.titled("Minimal"), TaskStatus.OPEN, START);

        write(() -> {
            tasks().insert(done);
            tasks().insert(open);
        });

        assertThat(inTx(() -> tasks().findById(done.id()))).contains(done);
        assertThat(inTx(() -> tasks().findById(open.id()))).contains(open);
        assertThat(inTx(() -> tasks().findById(TaskId.of(OTHER_ID)))).isEmpty();
    }

    @Test
    void insert_ofAnExistingId_isAConcurrentModificationConflict_andKeepsTheStoredTask() {
        Task first = insert(ID_1, TaskDetails.titled("First"), TaskStatus.OPEN, START);

        assertConflict(Reason.CONCURRENT_MODIFICATION, () -> insert(ID_1, TaskDetails.titled("Second"), TaskStatus.OPEN, START));

        assertThat(inTx(() -> tasks().findById(first.id()))).contains(first);
    }

    @Test
    void update_withTheNextVersion_replacesTheStoredTask() {
        Task v0 = insert(ID_1, TaskDetails.titled("Call").assignedTo(BOB), TaskStatus.OPEN, START);
        Task v1 = v0.withDetails(v0.details().withPriority(Priority.HIGH), START.plusSeconds(1));
        Task v2 = v1.movedTo(TaskStatus.DONE, START.plusSeconds(2));

        write(() -> tasks().update(v1));
        write(() -> tasks().update(v2));

        assertThat(inTx(() -> tasks().findById(v0.id()))).contains(v2);
    }

    @Test
    void update_whoseVersionIsNotTheStoredOnePlusOne_isStale_andKeepsTheStoredTask() {
        Task v0 = insert(ID_1, TaskDetails.titled("Call"), TaskStatus.OPEN, START);
        Task v1 = v0.movedTo(TaskStatus.IN_PROGRESS, START.plusSeconds(1));
        write(() -> tasks().update(v1));

        assertConflict(Reason.STALE_VERSION, () -> write(() -> tasks().update(v0.movedTo(TaskStatus.DONE, START.plusSeconds(2)))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> tasks().update(
                v1.movedTo(TaskStatus.DONE, START.plusSeconds(2)).movedTo(TaskStatus.OPEN, START.plusSeconds(3)))));
        assertConflict(Reason.STALE_VERSION, () -> write(() -> tasks().update(v0)));

        assertThat(inTx(() -> tasks().findById(v0.id()))).contains(v1);
    }

    @Test
    void update_ofAnUnknownId_isNotFound() {
        Task ghost = TestData.task(ID_MAX, TaskDetails.titled("Ghost"), TaskStatus.OPEN, START)
                .movedTo(TaskStatus.DONE, START.plusSeconds(1));

        assertFails(NotFoundException.class, () -> write(() -> tasks().update(ghost)));

        assertThat(inTx(() -> tasks().findById(ghost.id()))).isEmpty();
    }

    // ---- overdue -------------------------------------------------------------------------------------------------

    @Test
    void overdue_holdsActiveTasksDueStrictlyBeforeAt_byDueThenUnsignedIdAscending() {
        Instant at = START.plus(Duration.ofDays(1));
        Instant early = at.minus(Duration.ofHours(2));
        Instant late = at.minus(Duration.ofHours(1));
        insert(ID_MAX, TestData.dueTask("early, max id", early), TaskStatus.OPEN, START);
        insert(ID_1, TestData.dueTask("early, min id", early), TaskStatus.IN_PROGRESS, START);
        insert(ID_HIGH_HALF_SIGNED, TestData.dueTask("early, 8000 id", early), TaskStatus.OPEN, START);
        insert(ID_LOW_HALF_SIGNED, TestData.dueTask("late", late), TaskStatus.OPEN, START);
        insert(ID_HIGH_HALF_MAX_SIGNED, TestData.dueTask("early but done", early), TaskStatus.DONE, START);
        insert(OTHER_ID, TestData.dueTask("early but cancelled", early), TaskStatus.CANCELLED, START);
        insert(YET_ANOTHER_ID, TestData.dueTask("due exactly at", at), TaskStatus.OPEN, START);
        insert(UUID.fromString("00000000-0000-0000-0000-000000000002"), TaskDetails.titled("no due"), TaskStatus.OPEN, START);

        assertThat(ids(inTx(() -> tasks().overdue(at, Optional.empty(), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_MAX, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().overdue(at, Optional.empty(), 2)))).containsExactly(ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().overdue(late, Optional.empty(), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_MAX);
    }

    @Test
    void overdue_after_continuesStrictlyAfterThePosition_evenAtAnIdItDoesNotReturn() {
        Instant at = START.plus(Duration.ofDays(1));
        Instant early = at.minus(Duration.ofHours(2));
        Instant late = at.minus(Duration.ofHours(1));
        insert(ID_MAX, TestData.dueTask("early, max id", early), TaskStatus.OPEN, START);
        insert(ID_1, TestData.dueTask("early, min id", early), TaskStatus.OPEN, START);
        insert(ID_HIGH_HALF_SIGNED, TestData.dueTask("early, 8000 id", early), TaskStatus.OPEN, START);
        insert(ID_LOW_HALF_SIGNED, TestData.dueTask("late", late), TaskStatus.OPEN, START);
        insert(ID_HIGH_HALF_MAX_SIGNED, TestData.dueTask("early but done", early), TaskStatus.DONE, START);

        assertThat(ids(inTx(() -> tasks().overdue(at, after(early, ID_HIGH_HALF_SIGNED), 100))))
                .containsExactly(ID_MAX, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().overdue(at, after(early, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_MAX, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().overdue(at, after(early, ID_MAX), 100)))).containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().overdue(at, after(late, ID_LOW_HALF_SIGNED), 100)))).isEmpty();
        assertThat(ids(inTx(() -> tasks().overdue(at, after(early.minusSeconds(1), ID_MAX), 1)))).containsExactly(ID_1);
    }

    @Test
    void overdue_followsStatusChanges() {
        Instant at = START.plus(Duration.ofDays(1));
        Task task = insert(ID_1, TestData.dueTask("call", START), TaskStatus.OPEN, START);
        Task done = task.movedTo(TaskStatus.DONE, START.plusSeconds(1));
        write(() -> tasks().update(done));
        assertThat(inTx(() -> tasks().overdue(at, Optional.empty(), 10))).isEmpty();

        Task reopened = done.movedTo(TaskStatus.OPEN, START.plusSeconds(2));
        write(() -> tasks().update(reopened));
        assertThat(inTx(() -> tasks().overdue(at, Optional.empty(), 10))).containsExactly(reopened);

        Task later = reopened.withDetails(reopened.details().dueAt(at.plusSeconds(1)), START.plusSeconds(3));
        write(() -> tasks().update(later));
        assertThat(inTx(() -> tasks().overdue(at, Optional.empty(), 10))).isEmpty();
    }

    // ---- due between ---------------------------------------------------------------------------------------------

    @Test
    void dueBetween_isHalfOpen_anyStatus_byDueThenUnsignedIdAscending() {
        Instant from = START.plus(Duration.ofDays(1));
        Instant to = START.plus(Duration.ofDays(2));
        insert(ID_MAX, TestData.dueTask("at from, max id", from), TaskStatus.DONE, START);
        insert(ID_1, TestData.dueTask("at from, min id", from), TaskStatus.CANCELLED, START);
        insert(ID_HIGH_HALF_SIGNED, TestData.dueTask("inside", from.plus(Duration.ofHours(3))), TaskStatus.IN_PROGRESS, START);
        insert(ID_LOW_HALF_SIGNED, TestData.dueTask("just before to", to.minusNanos(1000)), TaskStatus.OPEN, START);
        insert(ID_HIGH_HALF_MAX_SIGNED, TestData.dueTask("at to", to), TaskStatus.OPEN, START);
        insert(OTHER_ID, TestData.dueTask("just before from", from.minusNanos(1000)), TaskStatus.OPEN, START);
        insert(YET_ANOTHER_ID, TaskDetails.titled("no due"), TaskStatus.OPEN, START);

        assertThat(ids(inTx(() -> tasks().dueBetween(from, to, Optional.empty(), 100))))
                .containsExactly(ID_1, ID_MAX, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().dueBetween(from, to, Optional.empty(), 3))))
                .containsExactly(ID_1, ID_MAX, ID_HIGH_HALF_SIGNED);
        assertThat(inTx(() -> tasks().dueBetween(from, from, Optional.empty(), 100))).isEmpty();
    }

    @Test
    void dueBetween_after_continuesStrictlyAfterThePosition() {
        Instant from = START.plus(Duration.ofDays(1));
        Instant to = START.plus(Duration.ofDays(2));
        insert(ID_MAX, TestData.dueTask("at from, max id", from), TaskStatus.OPEN, START);
        insert(ID_1, TestData.dueTask("at from, min id", from), TaskStatus.OPEN, START);
        insert(ID_HIGH_HALF_SIGNED, TestData.dueTask("inside", from.plus(Duration.ofHours(3))), TaskStatus.OPEN, START);
        insert(OTHER_ID, TestData.dueTask("before from", from.minusSeconds(1)), TaskStatus.OPEN, START);

        assertThat(ids(inTx(() -> tasks().dueBetween(from, to, after(from, ID_1), 100))))
                .containsExactly(ID_MAX, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().dueBetween(from, to, after(from, ID_HIGH_HALF_SIGNED), 100))))
                .containsExactly(ID_MAX, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().dueBetween(from, to, after(from.plus(Duration.ofHours(3)), ID_HIGH_HALF_SIGNED), 100))))
                .isEmpty();
        // A position before the range does not widen it.
        assertThat(ids(inTx(() -> tasks().dueBetween(from, to, after(from.minus(Duration.ofDays(1)), ID_1), 100))))
                .containsExactly(ID_1, ID_MAX, ID_HIGH_HALF_SIGNED);
    }

    // ---- by assignee, by customer --------------------------------------------------------------------------------

    @Test
    void byAssignee_isByCreatedAtThenUnsignedIdDescending_andHoldsOnlyTheirTasks() {
        Instant older = START;
        Instant newer = START.plus(Duration.ofHours(1));
        insert(ID_1, TaskDetails.titled("newer, min id").assignedTo(BOB), TaskStatus.OPEN, newer);
        insert(ID_LOW_HALF_SIGNED, TaskDetails.titled("older, low id").assignedTo(BOB), TaskStatus.DONE, older);
        insert(ID_MAX, TaskDetails.titled("newer, max id").assignedTo(BOB), TaskStatus.CANCELLED, newer);
        insert(ID_HIGH_HALF_SIGNED, TaskDetails.titled("older, 8000 id").assignedTo(BOB), TaskStatus.OPEN, older);
        insert(ID_HIGH_HALF_MAX_SIGNED, TaskDetails.titled("carol's").assignedTo(CAROL), TaskStatus.OPEN, newer);
        insert(OTHER_ID, TaskDetails.titled("nobody's"), TaskStatus.OPEN, newer);

        assertThat(ids(inTx(() -> tasks().byAssignee(BOB, Optional.empty(), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byAssignee(BOB, Optional.empty(), 1)))).containsExactly(ID_MAX);
        assertThat(ids(inTx(() -> tasks().byAssignee(BOB, after(newer, ID_MAX), 100))))
                .containsExactly(ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byAssignee(BOB, after(newer, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byAssignee(BOB, after(older, ID_MAX), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byAssignee(BOB, after(older, ID_LOW_HALF_SIGNED), 100)))).isEmpty();
        assertThat(ids(inTx(() -> tasks().byAssignee(CAROL, Optional.empty(), 100)))).containsExactly(ID_HIGH_HALF_MAX_SIGNED);
        assertThat(inTx(() -> tasks().byAssignee(UserId.of("nobody"), Optional.empty(), 100))).isEmpty();
    }

    @Test
    void byAssignee_followsReassignment() {
        Task task = insert(ID_1, TaskDetails.titled("call").assignedTo(BOB), TaskStatus.OPEN, START);
        Task reassigned = task.withDetails(task.details().assignedTo(CAROL), START.plusSeconds(1));

        write(() -> tasks().update(reassigned));

        assertThat(inTx(() -> tasks().byAssignee(BOB, Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> tasks().byAssignee(CAROL, Optional.empty(), 10))).containsExactly(reassigned);
    }

    @Test
    void byCustomer_isByCreatedAtThenUnsignedIdDescending_andHoldsOnlyThatCustomersTasks() {
        Instant older = START;
        Instant newer = START.plus(Duration.ofHours(1));
        CustomerId adaId = ada.id();
        insert(ID_HIGH_HALF_SIGNED, TaskDetails.titled("older, 8000 id").about(adaId), TaskStatus.OPEN, older);
        insert(ID_1, TaskDetails.titled("newer, min id").about(adaId), TaskStatus.DONE, newer);
        insert(ID_LOW_HALF_SIGNED, TaskDetails.titled("older, low id").about(adaId), TaskStatus.OPEN, older);
        insert(ID_MAX, TaskDetails.titled("newer, max id").about(adaId), TaskStatus.IN_PROGRESS, newer);
        insert(ID_HIGH_HALF_MAX_SIGNED, TaskDetails.titled("bob's").about(bob.id()), TaskStatus.OPEN, newer);
        insert(OTHER_ID, TaskDetails.titled("about nobody"), TaskStatus.OPEN, newer);

        assertThat(ids(inTx(() -> tasks().byCustomer(adaId, Optional.empty(), 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byCustomer(adaId, Optional.empty(), 3))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byCustomer(adaId, after(newer, ID_1), 100))))
                .containsExactly(ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byCustomer(adaId, after(older, ID_HIGH_HALF_MAX_SIGNED), 100))))
                .containsExactly(ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().byCustomer(bob.id(), Optional.empty(), 100)))).containsExactly(ID_HIGH_HALF_MAX_SIGNED);
    }

    @Test
    void activeByCustomer_holdsOnlyOpenAndInProgressTasks_byCreatedAtThenUnsignedIdDescending_upToTheLimit() {
        Instant older = START;
        Instant newer = START.plus(Duration.ofHours(1));
        CustomerId adaId = ada.id();
        insert(ID_HIGH_HALF_SIGNED, TaskDetails.titled("older, 8000 id").about(adaId), TaskStatus.IN_PROGRESS, older);
        insert(ID_1, TaskDetails.titled("newer, min id").about(adaId), TaskStatus.OPEN, newer);
        insert(ID_LOW_HALF_SIGNED, TaskDetails.titled("older, low id").about(adaId), TaskStatus.OPEN, older);
        insert(ID_MAX, TaskDetails.titled("newer, max id").about(adaId), TaskStatus.IN_PROGRESS, newer);
        insert(ID_HIGH_HALF_MAX_SIGNED, TaskDetails.titled("newer but done").about(adaId), TaskStatus.DONE, newer);
        insert(OTHER_ID, TaskDetails.titled("older but cancelled").about(adaId), TaskStatus.CANCELLED, older);
        insert(YET_ANOTHER_ID, TaskDetails.titled("bob's").about(bob.id()), TaskStatus.OPEN, newer);

        assertThat(ids(inTx(() -> tasks().activeByCustomer(adaId, 100))))
                .containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED, ID_LOW_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().activeByCustomer(adaId, 3)))).containsExactly(ID_MAX, ID_1, ID_HIGH_HALF_SIGNED);
        assertThat(ids(inTx(() -> tasks().activeByCustomer(bob.id(), 100)))).containsExactly(YET_ANOTHER_ID);
    }

    @Test
    void activeByCustomer_followsStatusChanges() {
        Task task = insert(ID_1, TaskDetails.titled("call").about(ada.id()), TaskStatus.OPEN, START);
        Task done = task.movedTo(TaskStatus.DONE, START.plusSeconds(1));
        write(() -> tasks().update(done));
        assertThat(inTx(() -> tasks().activeByCustomer(ada.id(), 10))).isEmpty();

        Task reopened = done.movedTo(TaskStatus.OPEN, START.plusSeconds(2));
        write(() -> tasks().update(reopened));
        assertThat(inTx(() -> tasks().activeByCustomer(ada.id(), 10))).containsExactly(reopened);
    }

    @Test
    void byCustomer_followsARelinkedTask_andKeepsItsCreationPosition() {
        Task older = insert(ID_MAX, TaskDetails.titled("older").about(ada.id()), TaskStatus.OPEN, START);
        Task newer = insert(ID_1, TaskDetails.titled("newer").about(bob.id()), TaskStatus.OPEN, START.plusSeconds(10));
        Task relinked = older.withDetails(older.details().about(bob.id()), START.plusSeconds(20));

        write(() -> tasks().update(relinked));

        assertThat(inTx(() -> tasks().byCustomer(ada.id(), Optional.empty(), 10))).isEmpty();
        assertThat(inTx(() -> tasks().byCustomer(bob.id(), Optional.empty(), 10))).containsExactly(newer, relinked);
    }
}
