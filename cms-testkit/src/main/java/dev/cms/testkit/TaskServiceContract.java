package dev.cms.testkit;

import static dev.cms.core.task.TaskStatus.CANCELLED;
import static dev.cms.core.task.TaskStatus.DONE;
import static dev.cms.core.task.TaskStatus.IN_PROGRESS;
import static dev.cms.core.task.TaskStatus.OPEN;
import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.DomainEvent;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskService;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.core.task.TaskUpdated;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@link TaskService} promises: creation, the status state machine (every legal and every illegal move),
 * completion times, the overdue / due-between / by-assignee / by-customer queries with their order and paging,
 * optimistic versions, and the task events.
 */
public abstract class TaskServiceContract extends CmsContractSupport {
    /**
     * The legal moves, copied by hand from the table in {@link TaskStatus}'s Javadoc (not computed from
     * {@link TaskStatus#successors()}).
     */
    private static final Map<TaskStatus, Set<TaskStatus>> LEGAL_MOVES = Map.of(
            OPEN, EnumSet.of(IN_PROGRESS, DONE, CANCELLED),
            IN_PROGRESS, EnumSet.of(OPEN, DONE, CANCELLED),
            DONE, EnumSet.of(OPEN),
            CANCELLED, EnumSet.of(OPEN));

    private static final Comparator<Task> EARLIEST_DUE_FIRST =
            Comparator.comparing((Task t) -> t.details().due().orElseThrow()).thenComparing(Task::id);
    private static final Comparator<Task> NEWEST_FIRST =
            Comparator.comparing(Task::createdAt).thenComparing(Task::id).reversed();

    private static final UserId BOB = UserId.of("bob");
    private static final UserId CAROL = UserId.of("carol");

    /** For subclasses. */
    protected TaskServiceContract() {
    }

    private TaskService tasks() {
        return alice.tasks();
    }

    private Customer createCustomer(String family) {
        return alice.customers().create(alice.customers().person("Test", family).build());
    }

    /** A task brought into {@code status} through legal moves. */
    private Task taskIn(TaskStatus status, TaskDetails details) {
        Task task = tasks().create(details);
        return switch (status) {
            case OPEN -> task;
            case IN_PROGRESS -> tasks().start(task);
            case DONE -> tasks().complete(task);
            case CANCELLED -> tasks().cancel(task);
        };
    }

    // ---- create and read back ------------------------------------------------------------------------------------

    @Test
    void create_withEveryField_isStoredOpenAtVersion0_andPublishesTaskCreated() {
        Customer ada = createCustomer("Lovelace");
        Opportunity deal = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Renewal", Money.of("1000.00", "EUR")));
        Ticket ticket = alice.tickets().open(TicketDetails.of(ada.id(), "Cannot log in"));
        events.clear();
        TaskDetails details = TaskDetails.titled("Send the quote")
                .withDescription("Two options:\n- yearly\n- monthly")
                .dueAt(START.plus(Duration.ofDays(2)))
                .remindAt(START.plus(Duration.ofDays(1)))
                .withPriority(Priority.HIGH)
                .assignedTo(BOB)
                .about(ada.id())
                .about(deal.id())
                .about(ticket.id());

        Task created = tasks().create(details);

        assertThat(created.details()).isEqualTo(details);
        assertThat(created.status()).isEqualTo(OPEN);
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.updatedAt()).isEqualTo(START);
        assertThat(created.completedAt()).isEmpty();
        assertThat(tasks().get(created.id())).isEqualTo(created);
        assertThat(tasks().find(created.id())).contains(created);
        assertThat(events.eventsOf(TaskCreated.class)).containsExactly(new TaskCreated(created, alice.principal().userId(), START));
    }

    @Test
    void create_linkedToAnUnknownCustomer_isRejectedAtLinksCustomer() {
        assertViolations(() -> tasks().create(TaskDetails.titled("Call").about(CustomerId.of(TestData.ID_1))), "links.customer");
        assertThat(events.events()).isEmpty();
    }

    @Test
    void get_unknownTask_failsWithNotFound_asDoUpdateAndMove() {
        TaskId unknown = TaskId.of(TestData.ID_1);

        assertFails(NotFoundException.class, () -> tasks().get(unknown));
        assertThat(tasks().find(unknown)).isEmpty();
        assertFails(NotFoundException.class, () -> tasks().update(unknown, 0, TaskDetails.titled("x")));
        assertFails(NotFoundException.class, () -> tasks().moveTo(unknown, 0, DONE));
    }

    @Test
    void remindAt_afterDue_isRejected_butEqualToDueIsAllowed() {
        assertViolations(() -> TaskDetails.titled("Call").dueAt(START).remindAt(START.plusNanos(1000)), "remindAt");
        assertViolations(() -> TaskDetails.titled("Call").remindAt(START.plusSeconds(1)).dueAt(START), "remindAt");

        Task task = tasks().create(TaskDetails.titled("Call").dueAt(START).remindAt(START));

        assertThat(tasks().get(task.id()).details().remindAt()).contains(START);
    }

    // ---- status moves --------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> moveTo_allowsExactlyTheMovesOfTheTransitionTable() {
        return Stream.of(TaskStatus.values()).flatMap(from -> Stream.of(TaskStatus.values()).map(to -> {
            boolean legal = LEGAL_MOVES.get(from).contains(to);
            return dynamicTest(from + " -> " + to + (legal ? " is allowed" : " is refused"), () -> {
                Task task = taskIn(from, TaskDetails.titled(from + " to " + to));
                if (legal) {
                    Task moved = tasks().moveTo(task.id(), task.version(), to);
                    assertThat(moved.status()).isEqualTo(to);
                    assertThat(moved.version()).isEqualTo(task.version() + 1);
                    assertThat(moved.completedAt().isPresent()).isEqualTo(to == DONE);
                    assertThat(tasks().get(task.id())).isEqualTo(moved);
                } else {
                    assertViolations(() -> tasks().moveTo(task.id(), task.version(), to), "status");
                    assertThat(tasks().get(task.id())).isEqualTo(task);
                }
            });
        }));
    }

    @Test
    void shortcuts_startCompleteCancelReopen_moveToTheirStatus() {
        Task open = tasks().create(TaskDetails.titled("Call"));

        Task started = tasks().start(open);
        Task done = tasks().complete(started);
        Task reopened = tasks().reopen(done);
        Task cancelled = tasks().cancel(reopened);

        assertThat(List.of(started, done, reopened, cancelled)).extracting(Task::status)
                .containsExactly(IN_PROGRESS, DONE, OPEN, CANCELLED);
        assertThat(List.of(started, done, reopened, cancelled)).extracting(Task::version).containsExactly(1L, 2L, 3L, 4L);
        assertViolations(() -> tasks().start(cancelled), "status");
        assertViolations(() -> tasks().reopen(tasks().create(TaskDetails.titled("Still open"))), "status");
    }

    @Test
    void completedAt_isSetOnlyWhenDone_andClearedOnReopen() {
        Task open = tasks().create(TaskDetails.titled("Call"));
        Instant firstDone = clock.advance(Duration.ofHours(1));
        Task done = tasks().complete(open);
        Instant reopenedAt = clock.advance(Duration.ofHours(1));
        Task reopened = tasks().reopen(done);
        clock.advance(Duration.ofHours(1));
        Task started = tasks().start(reopened);
        Instant secondDone = clock.advance(Duration.ofHours(1));
        Task doneAgain = tasks().complete(started);
        Task cancelled = tasks().cancel(tasks().create(TaskDetails.titled("Drop")));

        assertThat(open.completedAt()).isEmpty();
        assertThat(done.completedAt()).contains(firstDone);
        assertThat(done.updatedAt()).isEqualTo(firstDone);
        assertThat(reopened.completedAt()).isEmpty();
        assertThat(reopened.updatedAt()).isEqualTo(reopenedAt);
        assertThat(started.completedAt()).isEmpty();
        assertThat(doneAgain.completedAt()).contains(secondDone);
        assertThat(tasks().get(open.id()).completedAt()).contains(secondDone);
        assertThat(cancelled.completedAt()).isEmpty();
        assertThat(doneAgain.createdAt()).isEqualTo(START);
    }

    @Test
    void update_changesDetailsOnly_keepingStatusAndCompletion() {
        Task done = taskIn(DONE, TaskDetails.titled("Call"));
        Instant later = clock.advance(Duration.ofMinutes(30));

        Task updated = tasks().update(done.id(), done.version(), done.details().withPriority(Priority.URGENT).assignedTo(CAROL));

        assertThat(updated.status()).isEqualTo(DONE);
        assertThat(updated.completedAt()).isEqualTo(done.completedAt());
        assertThat(updated.version()).isEqualTo(done.version() + 1);
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.details().priority()).isEqualTo(Priority.URGENT);
        assertThat(tasks().get(done.id())).isEqualTo(updated);
    }

    @Test
    void update_thatChangesNothing_keepsTheVersion() {
        Task task = tasks().create(TaskDetails.titled("Call"));

        Task same = tasks().update(task.id(), 0, TaskDetails.titled("Call"));

        assertThat(same).isEqualTo(task);
        assertThat(tasks().get(task.id()).version()).isZero();
    }

    @Test
    void update_linkingAnUnknownCustomer_isRejected_andKeepsStoredState() {
        Task task = tasks().create(TaskDetails.titled("Call"));

        assertViolations(() -> tasks().update(task.id(), 0, task.details().about(CustomerId.of(TestData.ID_1))), "links.customer");

        assertThat(tasks().get(task.id())).isEqualTo(task);
    }

    @Test
    void staleVersion_onUpdateAndOnMoves_isAConflict_andKeepsStoredState() {
        Task v0 = tasks().create(TaskDetails.titled("Call"));
        Task v1 = tasks().start(v0);
        events.clear();

        assertConflict(Reason.STALE_VERSION, () -> tasks().update(v0.id(), 0, TaskDetails.titled("Changed")));
        assertConflict(Reason.STALE_VERSION, () -> tasks().moveTo(v0.id(), 0, DONE));
        assertConflict(Reason.STALE_VERSION, () -> tasks().complete(v0));
        assertConflict(Reason.STALE_VERSION, () -> tasks().cancel(v0));
        assertConflict(Reason.STALE_VERSION, () -> tasks().moveTo(v0.id(), 7, DONE));

        assertThat(tasks().get(v0.id())).isEqualTo(v1);
        assertThat(events.events()).isEmpty();
    }

    // ---- events --------------------------------------------------------------------------------------------------

    @Test
    void events_createdThenStatusChanges_withTaskCompletedAfterTheMoveToDone() {
        Task created = tasks().create(TaskDetails.titled("Call"));
        Instant t1 = clock.advance(Duration.ofMinutes(1));
        Task started = tasks().start(created);
        Instant t2 = clock.advance(Duration.ofMinutes(1));
        Task done = tasks().complete(started);
        Instant t3 = clock.advance(Duration.ofMinutes(1));
        Task reopened = tasks().reopen(done);
        Instant t4 = clock.advance(Duration.ofMinutes(1));
        Task updated = tasks().update(reopened.id(), reopened.version(), reopened.details().withPriority(Priority.LOW));

        UserId actor = alice.principal().userId();
        List<DomainEvent> expected = List.of(
                new TaskCreated(created, actor, START),
                new TaskStatusChanged(started, OPEN, IN_PROGRESS, actor, t1),
                new TaskStatusChanged(done, IN_PROGRESS, DONE, actor, t2),
                new TaskCompleted(done, actor, t2),
                new TaskStatusChanged(reopened, DONE, OPEN, actor, t3),
                new TaskUpdated(reopened, updated, actor, t4));
        assertThat(events.events()).containsExactlyElementsOf(expected);
    }

    @Test
    void illegalMove_publishesNothing() {
        Task done = taskIn(DONE, TaskDetails.titled("Call"));
        events.clear();

        assertViolations(() -> tasks().start(done), "status");

        assertThat(events.events()).isEmpty();
    }

    // ---- overdue -------------------------------------------------------------------------------------------------

    @Test
    void overdue_holdsOnlyOpenAndInProgressTasksDueStrictlyBeforeTheInstant_earliestDueFirst() {
        Instant at = START.plus(Duration.ofDays(1));
        Task openLate = taskIn(OPEN, TestData.dueTask("open, 1h late", at.minus(Duration.ofHours(1))));
        Task inProgressLate = taskIn(IN_PROGRESS, TestData.dueTask("in progress, 2h late", at.minus(Duration.ofHours(2))));
        taskIn(DONE, TestData.dueTask("done, 3h late", at.minus(Duration.ofHours(3))));
        taskIn(CANCELLED, TestData.dueTask("cancelled, 4h late", at.minus(Duration.ofHours(4))));
        taskIn(OPEN, TestData.dueTask("due exactly now", at));
        taskIn(OPEN, TestData.dueTask("due later", at.plus(Duration.ofHours(1))));
        taskIn(OPEN, TaskDetails.titled("no due time"));

        Page<Task> page = tasks().overdue(at, PageRequest.first(100));

        assertThat(page.items()).extracting(Task::id).containsExactly(inProgressLate.id(), openLate.id());
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void overdue_reopenedTaskCountsAgain_andCompletedTaskDropsOut() {
        Instant at = START.plus(Duration.ofDays(1));
        Task done = taskIn(DONE, TestData.dueTask("done", START));
        Task open = taskIn(OPEN, TestData.dueTask("open", START));

        tasks().reopen(done);
        tasks().complete(open);

        assertThat(tasks().overdue(at, PageRequest.first(10)).items()).extracting(Task::id).containsExactly(done.id());
    }

    @Test
    void overdue_pagesInDueThenIdOrder_coveringEveryTaskOnce() {
        Instant at = START.plus(Duration.ofDays(1));
        List<Task> overdue = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            overdue.add(taskIn(i % 4 == 0 ? IN_PROGRESS : OPEN, TestData.dueTask("t" + i, at.minus(Duration.ofHours(1 + i % 5)))));
        }
        taskIn(DONE, TestData.dueTask("done", at.minus(Duration.ofHours(1))));

        List<Page<Task>> pages = readAll(request -> tasks().overdue(at, request), 5);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 2);
        assertThat(flatten(pages)).containsExactlyElementsOf(overdue.stream().sorted(EARLIEST_DUE_FIRST).toList());
    }

    // ---- due between ---------------------------------------------------------------------------------------------

    @Test
    void dueBetween_isHalfOpen_anyStatus_earliestDueFirst() {
        Instant from = START.plus(Duration.ofDays(1));
        Instant to = START.plus(Duration.ofDays(2));
        Task atFrom = taskIn(OPEN, TestData.dueTask("at from", from));
        Task doneInside = taskIn(DONE, TestData.dueTask("done inside", from.plus(Duration.ofHours(5))));
        Task cancelledInside = taskIn(CANCELLED, TestData.dueTask("cancelled inside", from.plus(Duration.ofHours(2))));
        Task justBeforeTo = taskIn(IN_PROGRESS, TestData.dueTask("just before to", to.minusNanos(1000)));
        taskIn(OPEN, TestData.dueTask("at to", to));
        taskIn(OPEN, TestData.dueTask("before from", from.minusNanos(1000)));
        taskIn(OPEN, TaskDetails.titled("no due time"));

        Page<Task> page = tasks().dueBetween(from, to, PageRequest.first(100));

        assertThat(page.items()).extracting(Task::id)
                .containsExactly(atFrom.id(), cancelledInside.id(), doneInside.id(), justBeforeTo.id());
    }

    @Test
    void dueBetween_pagesInDueThenIdOrder_coveringEveryTaskOnce() {
        Instant from = START;
        Instant to = START.plus(Duration.ofDays(1));
        List<Task> inRange = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            TaskStatus status = TaskStatus.values()[i % 4];
            inRange.add(taskIn(status, TestData.dueTask("t" + i, from.plus(Duration.ofHours(i % 3)))));
        }

        List<Page<Task>> pages = readAll(request -> tasks().dueBetween(from, to, request), 4);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(4, 4, 3);
        List<TaskId> expected = inRange.stream().sorted(EARLIEST_DUE_FIRST).map(Task::id).toList();
        assertThat(flatten(pages)).extracting(Task::id).containsExactlyElementsOf(expected);
    }

    @Test
    void dueBetween_withToBeforeFrom_isRejected_andAnEmptyRangeIsEmpty() {
        taskIn(OPEN, TestData.dueTask("t", START));

        assertViolations(() -> tasks().dueBetween(START, START.minusSeconds(1), PageRequest.first(10)), "to");
        assertThat(tasks().dueBetween(START, START, PageRequest.first(10)).items()).isEmpty();
    }

    // ---- by assignee, by customer --------------------------------------------------------------------------------

    @Test
    void byAssignee_isNewestFirst_tiesByIdDescending_paged_andHoldsOnlyTheirTasks() {
        List<Task> bobs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofMinutes(1));
            }
            bobs.add(tasks().create(TaskDetails.titled("bob " + i).assignedTo(BOB)));
            tasks().create(TaskDetails.titled("carol " + i).assignedTo(CAROL));
        }
        tasks().create(TaskDetails.titled("nobody's"));

        List<Page<Task>> pages = readAll(request -> tasks().byAssignee(BOB, request), 5);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 2);
        assertThat(flatten(pages)).containsExactlyElementsOf(bobs.stream().sorted(NEWEST_FIRST).toList());
    }

    @Test
    void byAssignee_followsReassignment() {
        Task task = tasks().create(TaskDetails.titled("Call").assignedTo(BOB));

        Task reassigned = tasks().update(task.id(), 0, task.details().assignedTo(CAROL));

        assertThat(tasks().byAssignee(BOB, PageRequest.first(10)).items()).isEmpty();
        assertThat(tasks().byAssignee(CAROL, PageRequest.first(10)).items()).containsExactly(reassigned);
    }

    @Test
    void byCustomer_isNewestFirst_tiesByIdDescending_paged_andHoldsOnlyThatCustomersTasks() {
        Customer ada = createCustomer("Lovelace");
        Customer bob = createCustomer("Byte");
        List<Task> adas = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            if (i % 2 == 0) {
                clock.advance(Duration.ofSeconds(30));
            }
            adas.add(tasks().create(TaskDetails.titled("ada " + i).about(ada.id())));
            tasks().create(TaskDetails.titled("bob " + i).about(bob.id()));
        }
        tasks().create(TaskDetails.titled("about nobody"));

        List<Page<Task>> pages = readAll(request -> tasks().byCustomer(ada.id(), request), 4);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(4, 4, 1);
        assertThat(flatten(pages)).containsExactlyElementsOf(adas.stream().sorted(NEWEST_FIRST).toList());
    }

    @Test
    void queries_refuseCursorsOfOtherQueries() {
        Instant at = START.plus(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            taskIn(OPEN, TestData.dueTask("t" + i, START).assignedTo(BOB));
        }
        PageRequest overdueNext = tasks().overdue(at, PageRequest.first(1)).nextRequest(1).orElseThrow();
        PageRequest assigneeNext = tasks().byAssignee(BOB, PageRequest.first(1)).nextRequest(1).orElseThrow();

        assertFails(ValidationException.class, () -> tasks().byAssignee(BOB, overdueNext));
        assertFails(ValidationException.class, () -> tasks().dueBetween(START, at, overdueNext));
        assertFails(ValidationException.class, () -> tasks().overdue(at, assigneeNext));
    }

    private static List<Page<Task>> readAll(Function<PageRequest, Page<Task>> query, int size) {
        List<Page<Task>> pages = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(size));
        while (request.isPresent()) {
            assertThat(pages).as("paging does not end").hasSizeLessThan(1000);
            Page<Task> page = query.apply(request.get());
            pages.add(page);
            request = page.nextRequest(size);
        }
        return pages;
    }

    private static List<Task> flatten(List<Page<Task>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }
}
