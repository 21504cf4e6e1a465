package dev.cms.persistence.jpa;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskLinks;
import dev.cms.core.task.TaskStatus;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TaskRepository} over {@link TaskRow}: keyset queries on the indexes {@code ix_task_*}. */
final class JpaTasks implements TaskRepository {
    private static final List<TaskStatus> ACTIVE = List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS);

    private final JpaTransactions tx;

    JpaTasks(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Task task) {
        tx.write(em -> {
            TaskRow row = new TaskRow();
            write(task, row);
            row.version = task.version();
            em.persist(row);
        });
    }

    @Override
    public void update(Task task) {
        tx.write(em -> {
            Versions.advance(em, "task", "TaskRow", "task", task.id().value(), task.version());
            TaskRow row = em.find(TaskRow.class, task.id().value());
            row.version = task.version();
            write(task, row);
        });
    }

    @Override
    public Optional<Task> findById(TaskId id) {
        return tx.read(em -> Optional.ofNullable(em.find(TaskRow.class, id.value())).map(JpaTasks::read));
    }

    @Override
    public List<Task> overdue(Instant at, Optional<TaskPosition> after, int limit) {
        return tx.read(em -> page(after.isPresent()
                ? em.createQuery("select t from TaskRow t where t.status in :active and t.due < :at"
                        + " and t.due >= :afterAt and (t.due > :afterAt or (t.due = :afterAt and t.id > :afterId))"
                        + " order by t.due, t.id", TaskRow.class)
                : em.createQuery("select t from TaskRow t where t.status in :active and t.due < :at"
                        + " order by t.due, t.id", TaskRow.class), after, limit)
                .setParameter("active", ACTIVE).setParameter("at", at)
                .getResultList().stream().map(JpaTasks::read).toList());
    }

    @Override
    public List<Task> dueBetween(Instant from, Instant to, Optional<TaskPosition> after, int limit) {
        return tx.read(em -> page(after.isPresent()
                ? em.createQuery("select t from TaskRow t where t.due >= :from and t.due < :to"
                        + " and t.due >= :afterAt and (t.due > :afterAt or (t.due = :afterAt and t.id > :afterId))"
                        + " order by t.due, t.id", TaskRow.class)
                : em.createQuery("select t from TaskRow t where t.due >= :from and t.due < :to"
                        + " order by t.due, t.id", TaskRow.class), after, limit)
                .setParameter("from", from).setParameter("to", to)
                .getResultList().stream().map(JpaTasks::read).toList());
    }

    @Override
    public List<Task> byAssignee(UserId assignee, Optional<TaskPosition> after, int limit) {
        return tx.read(em -> page(after.isPresent()
                ? em.createQuery("select t from TaskRow t where t.assignee = :assignee"
                        + " and t.createdAt <= :afterAt and (t.createdAt < :afterAt or (t.createdAt = :afterAt and t.id < :afterId))"
                        + " order by t.createdAt desc, t.id desc", TaskRow.class)
                : em.createQuery("select t from TaskRow t where t.assignee = :assignee"
                        + " order by t.createdAt desc, t.id desc", TaskRow.class), after, limit)
                .setParameter("assignee", assignee.value())
                .getResultList().stream().map(JpaTasks::read).toList());
    }

    @Override
    public List<Task> byCustomer(CustomerId customer, Optional<TaskPosition> after, int limit) {
        return tx.read(em -> page(after.isPresent()
                ? em.createQuery("select t from TaskRow t where t.customer = :customer"
                        + " and t.createdAt <= :afterAt and (t.createdAt < :afterAt or (t.createdAt = :afterAt and t.id < :afterId))"
                        + " order by t.createdAt desc, t.id desc", TaskRow.class)
                : em.createQuery("select t from TaskRow t where t.customer = :customer"
                        + " order by t.createdAt desc, t.id desc", TaskRow.class), after, limit)
                .setParameter("customer", customer.value())
                .getResultList().stream().map(JpaTasks::read).toList());
    }

    @Override
    public List<Task> activeByCustomer(CustomerId customer, int limit) {
        return tx.read(em -> em.createQuery("select t from TaskRow t where t.customer = :customer and t.status in :active"
                        + " order by t.createdAt desc, t.id desc", TaskRow.class)
                .setParameter("customer", customer.value()).setParameter("active", ACTIVE).setMaxResults(limit)
                .getResultList().stream().map(JpaTasks::read).toList());
    }

    /** Binds the keyset position, if any, and the limit. */
    private static TypedQuery<TaskRow> page(TypedQuery<TaskRow> query, Optional<TaskPosition> after, int limit) {
        after.ifPresent(p -> query.setParameter("afterAt", p.instant()).setParameter("afterId", p.id().value()));
        return query.setMaxResults(limit);
    }

    private static void write(Task task, TaskRow row) {
        TaskDetails d = task.details();
        row.id = task.id().value();
        row.title = d.title();
        row.description = d.description().orElse(null);
        row.due = d.due().orElse(null);
        row.priority = d.priority();
        row.assignee = d.assignee().map(UserId::value).orElse(null);
        row.customer = d.links().customer().map(CustomerId::value).orElse(null);
        row.opportunity = d.links().opportunity().map(OpportunityId::value).orElse(null);
        row.ticket = d.links().ticket().map(TicketId::value).orElse(null);
        row.remindAt = d.remindAt().orElse(null);
        row.status = task.status();
        row.createdAt = task.createdAt();
        row.updatedAt = task.updatedAt();
        row.completedAt = task.completedAt().orElse(null);
    }

    private static Task read(TaskRow row) {
        TaskDetails details = new TaskDetails(row.title, Optional.ofNullable(row.description), Optional.ofNullable(row.due),
                row.priority, Optional.ofNullable(row.assignee).map(UserId::of),
                new TaskLinks(Optional.ofNullable(row.customer).map(CustomerId::of),
                        Optional.ofNullable(row.opportunity).map(OpportunityId::of), Optional.ofNullable(row.ticket).map(TicketId::of)),
                Optional.ofNullable(row.remindAt));
        return new Task(TaskId.of(row.id), details, row.status, row.createdAt, row.updatedAt,
                Optional.ofNullable(row.completedAt), row.version);
    }
}
