package dev.cms.core.internal;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskService;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.core.task.TaskUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** {@link TaskService} over the ports. */
public final class DefaultTaskService implements TaskService {
    private final ServiceContext ctx;
    private final TaskRepository tasks;

    /** @param ctx the acting context */
    public DefaultTaskService(ServiceContext ctx) {
        this.ctx = ctx;
        this.tasks = ctx.store().tasks();
    }

    @Override
    public Task create(TaskDetails details) {
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.TASK, details.links().customer());
        return ctx.work().write(() -> {
            requireLinkedCustomer(details);
            Instant now = ctx.now();
            Task task = new Task(TaskId.of(ctx.newId()), details, TaskStatus.OPEN, now, now, Optional.empty(), 0);
            tasks.insert(task);
            ctx.work().raise(new TaskCreated(task, ctx.principal().userId(), now));
            return task;
        });
    }

    @Override
    public Task get(TaskId id) {
        return find(id).orElseThrow(() -> new NotFoundException("task", id.toString()));
    }

    @Override
    public Optional<Task> find(TaskId id) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.READ, ResourceType.TASK);
        Optional<Task> found = tasks.findById(id);
        found.ifPresent(t -> checkLinked(Action.READ, t.details()));
        return found;
    }

    @Override
    public Task update(TaskId id, long expectedVersion, TaskDetails details) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.TASK, details.links().customer());
        return ctx.work().write(() -> {
            Task current = load(id, expectedVersion);
            if (current.details().equals(details)) {
                return current;
            }
            requireLinkedCustomer(details);
            Instant now = ctx.now();
            Task updated = current.withDetails(details, now);
            tasks.update(updated);
            ctx.work().raise(new TaskUpdated(current, updated, ctx.principal().userId(), now));
            return updated;
        });
    }

    @Override
    public Task moveTo(TaskId id, long expectedVersion, TaskStatus next) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(next, "next");
        ctx.check(Action.WRITE, ResourceType.TASK);
        return ctx.work().write(() -> {
            Task current = load(id, expectedVersion);
            Instant now = ctx.now();
            Task moved = current.movedTo(next, now);
            tasks.update(moved);
            ctx.work().raise(new TaskStatusChanged(moved, current.status(), next, ctx.principal().userId(), now));
            if (next == TaskStatus.DONE) {
                ctx.work().raise(new TaskCompleted(moved, ctx.principal().userId(), now));
            }
            return moved;
        });
    }

    @Override
    public Task start(Task task) {
        return moveTo(task.id(), task.version(), TaskStatus.IN_PROGRESS);
    }

    @Override
    public Task complete(Task task) {
        return moveTo(task.id(), task.version(), TaskStatus.DONE);
    }

    @Override
    public Task cancel(Task task) {
        return moveTo(task.id(), task.version(), TaskStatus.CANCELLED);
    }

    @Override
    public Task reopen(Task task) {
        return moveTo(task.id(), task.version(), TaskStatus.OPEN);
    }

    @Override
    public Page<Task> overdue(Instant at, PageRequest page) {
        ctx.check(Action.READ, ResourceType.TASK);
        Instant checked = Checks.instant("at", at);
        return query("tasks-overdue", page, after -> tasks.overdue(checked, after, page.size() + 1), DefaultTaskService::dueOf);
    }

    @Override
    public Page<Task> dueBetween(Instant from, Instant to, PageRequest page) {
        ctx.check(Action.READ, ResourceType.TASK);
        Violations v = new Violations();
        Instant start = v.instant("from", from);
        Instant end = v.instant("to", to);
        v.throwIfAny();
        if (end.isBefore(start)) {
            throw ValidationException.of("to", to, "must not be before from (" + from + ")");
        }
        return query("tasks-due", page, after -> tasks.dueBetween(start, end, after, page.size() + 1), DefaultTaskService::dueOf);
    }

    @Override
    public Page<Task> byAssignee(UserId assignee, PageRequest page) {
        Objects.requireNonNull(assignee, "assignee");
        ctx.check(Action.READ, ResourceType.TASK);
        return query("tasks-assignee", page, after -> tasks.byAssignee(assignee, after, page.size() + 1), Task::createdAt);
    }

    @Override
    public Page<Task> byCustomer(CustomerId customer, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        ctx.check(Action.READ, ResourceType.TASK, Optional.of(customer));
        return query("tasks-customer", page, after -> tasks.byCustomer(customer, after, page.size() + 1), Task::createdAt);
    }

    private Page<Task> query(String kind, PageRequest page, Function<Optional<TaskPosition>, List<Task>> fetch,
                             Function<Task, Instant> sortInstant) {
        Objects.requireNonNull(page, "page");
        Optional<TaskPosition> after = page.after().map(c -> {
            Cursors.Position p = Cursors.decode(kind, c);
            return new TaskPosition(p.instant(), TaskId.of(p.id()));
        });
        Page<Task> fetched = Pages.of(fetch.apply(after), page.size(), t -> Cursors.encode(kind, sortInstant.apply(t), t.id().value()));
        // Tasks of customers the policy hides are left out; the cursor still advances past them.
        return new Page<>(fetched.items().stream().filter(t -> t.details().links().customer()
                .map(c -> ctx.permits(Action.READ, ResourceType.TASK, c)).orElse(true)).toList(), fetched.next());
    }

    private static Instant dueOf(Task task) {
        return task.details().due().orElseThrow(() -> new IllegalStateException("due-time query returned a task without due time: " + task.id()));
    }

    private Task load(TaskId id, long expectedVersion) {
        Task current = tasks.findById(id).orElseThrow(() -> new NotFoundException("task", id.toString()));
        checkLinked(Action.WRITE, current.details());
        if (current.version() != expectedVersion) {
            throw ConflictException.staleVersion("task", id, expectedVersion, current.version());
        }
        return current;
    }

    /** A task linked to a customer is that customer's data for the access policy. */
    private void checkLinked(Action action, TaskDetails details) {
        details.links().customer().ifPresent(c -> ctx.checkCustomer(action, ResourceType.TASK, c));
    }

    private void requireLinkedCustomer(TaskDetails details) {
        Violations v = new Violations();
        details.links().customer().ifPresent(customer -> v.require(ctx.store().customers().findById(customer).isPresent(),
                "links.customer", customer, "no such customer"));
        details.links().opportunity().ifPresent(deal -> v.require(ctx.store().opportunities().findById(deal).isPresent(),
                "links.opportunity", deal, "no such opportunity"));
        details.links().ticket().ifPresent(ticket -> v.require(ctx.store().tickets().findById(ticket).isPresent(),
                "links.ticket", ticket, "no such ticket"));
        v.throwIfAny();
    }
}
