package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskId;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tasks by id, with four sorted indexes: active tasks by due time (overdue), all tasks by due time (due between),
 * and tasks by assignee and by customer, newest first.
 */
final class MemoryTasks implements TaskRepository {
    private static final String ALL = "all";

    private final MemoryStore store;
    private final Map<TaskId, Task> byId = new HashMap<>();
    private final SortedIndex<String, Task> activeByDue = new SortedIndex<>(SortKey.ASCENDING);
    private final SortedIndex<String, Task> allByDue = new SortedIndex<>(SortKey.ASCENDING);
    private final SortedIndex<UserId, Task> byAssignee = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<CustomerId, Task> byCustomer = new SortedIndex<>(SortKey.DESCENDING);

    MemoryTasks(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Task task) {
        store.write(() -> {
            if (byId.containsKey(task.id())) {
                throw new ConflictException(ConflictException.Reason.CONCURRENT_MODIFICATION, "task " + task.id() + " already exists");
            }
            replace(null, task);
            return () -> replace(task, null);
        });
    }

    @Override
    public void update(Task task) {
        store.write(() -> {
            Task stored = byId.get(task.id());
            if (stored == null) {
                throw new NotFoundException("task", task.id().toString());
            }
            if (stored.version() != task.version() - 1) {
                throw ConflictException.staleVersion("task", task.id(), task.version() - 1, stored.version());
            }
            replace(stored, task);
            return () -> replace(task, stored);
        });
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return store.read(() -> Optional.ofNullable(byId.get(id)));
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

    private static SortKey key(TaskPosition position) {
        return new SortKey(position.instant(), position.id().value());
    }

    private void replace(Task old, Task now) {
        if (old != null) {
            byId.remove(old.id());
            old.details().due().ifPresent(due -> {
                allByDue.remove(ALL, new SortKey(due, old.id().value()));
                activeByDue.remove(ALL, new SortKey(due, old.id().value()));
            });
            SortKey created = new SortKey(old.createdAt(), old.id().value());
            old.details().assignee().ifPresent(a -> byAssignee.remove(a, created));
            old.details().links().customer().ifPresent(c -> byCustomer.remove(c, created));
        }
        if (now != null) {
            byId.put(now.id(), now);
            now.details().due().ifPresent(due -> {
                allByDue.put(ALL, new SortKey(due, now.id().value()), now);
                if (now.status().isActive()) {
                    activeByDue.put(ALL, new SortKey(due, now.id().value()), now);
                }
            });
            SortKey created = new SortKey(now.createdAt(), now.id().value());
            now.details().assignee().ifPresent(a -> byAssignee.put(a, created, now));
            now.details().links().customer().ifPresent(c -> byCustomer.put(c, created, now));
        }
    }
}
