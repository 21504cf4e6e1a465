package dev.cms.persistence.memory;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks by id, with four sorted indexes: active tasks by due time (overdue), all tasks by due time (due between),
 * and tasks by assignee and by customer, newest first.
 */
final class MemoryTasks implements TaskRepository {
    private static final String ALL = "all";

    private final MemoryStore store;
    private final Rows<TaskId, Task> rows;
    private final SortedIndex<String, Task> activeByDue = new SortedIndex<>(SortKey.ASCENDING);
    private final SortedIndex<String, Task> allByDue = new SortedIndex<>(SortKey.ASCENDING);
    private final SortedIndex<UserId, Task> byAssignee = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<CustomerId, Task> byCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<CustomerId, Task> activeByCustomer = new SortedIndex<>(SortKey.DESCENDING);

    MemoryTasks(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "task", new HashMap<>(), Task::id, Task::version, this::reindex);
    }

    @Override
    public void insert(Task task) {
        rows.insert(task, Rows::noCheck);
    }

    @Override
    public void update(Task task) {
        rows.update(task, Rows::noCheck);
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return rows.find(id);
    }

    @Override
    public List<Task> overdue(Instant at, Optional<TaskPosition> after, int limit) {
        return store.read(() -> activeByDue.page(ALL, after.map(MemoryTasks::key), Optional.empty(), limit,
                t -> dueOf(t).isBefore(at)));
    }

    @Override
    public List<Task> dueBetween(Instant from, Instant to, Optional<TaskPosition> after, int limit) {
        SortKey lowest = new SortKey(from, new UUID(0, 0));
        return store.read(() -> allByDue.page(ALL, after.map(MemoryTasks::key), Optional.of(lowest), limit,
                t -> dueOf(t).isBefore(to)));
    }

    private static Instant dueOf(Task task) {
        return task.details().due().orElseThrow();
    }

    @Override
    public List<Task> byAssignee(UserId assignee, Optional<TaskPosition> after, int limit) {
        return store.read(() -> byAssignee.page(assignee, after.map(MemoryTasks::key), limit));
    }

    @Override
    public List<Task> byCustomer(CustomerId customer, Optional<TaskPosition> after, int limit) {
        return store.read(() -> byCustomer.page(customer, after.map(MemoryTasks::key), limit));
    }

    @Override
    public List<Task> activeByCustomer(CustomerId customer, int limit) {
        return store.read(() -> activeByCustomer.page(customer, Optional.empty(), limit));
    }

    private static SortKey key(TaskPosition position) {
        return new SortKey(position.instant(), position.id().value());
    }

    private void reindex(Task old, Task now) {
        if (old != null) {
            old.details().due().ifPresent(due -> {
                allByDue.remove(ALL, new SortKey(due, old.id().value()));
                activeByDue.remove(ALL, new SortKey(due, old.id().value()));
            });
            SortKey created = new SortKey(old.createdAt(), old.id().value());
            old.details().assignee().ifPresent(a -> byAssignee.remove(a, created));
            old.details().links().customer().ifPresent(c -> {
                byCustomer.remove(c, created);
                activeByCustomer.remove(c, created);
            });
        }
        if (now != null) {
            now.details().due().ifPresent(due -> {
                allByDue.put(ALL, new SortKey(due, now.id().value()), now);
                if (now.status().isActive()) {
                    activeByDue.put(ALL, new SortKey(due, now.id().value()), now);
                }
            });
            SortKey created = new SortKey(now.createdAt(), now.id().value());
            now.details().assignee().ifPresent(a -> byAssignee.put(a, created, now));
            now.details().links().customer().ifPresent(c -> {
                byCustomer.put(c, created, now);
                if (now.status().isActive()) {
                    activeByCustomer.put(c, created, now);
                }
            });
        }
    }
}
