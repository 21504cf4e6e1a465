package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores tasks and answers the task queries. Id order is unsigned UUID order throughout. */
public interface TaskRepository {
    /**
     * Stores a new task.
     *
     * @param task a new task
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(Task task);

    /**
     * Replaces a stored task with its next version.
     *
     * @param task the new state, whose version is one more than the stored one
     * @throws NotFoundException if no task has its id
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version is not
     *                           {@code task.version() - 1}
     */
    void update(Task task);

    /**
     * {@return the task, or empty}
     *
     * @param id a task id
     */
    Optional<Task> findById(TaskId id);

    /**
     * {@return open and in-progress tasks with a due time strictly before {@code at}, ordered by due ascending, then
     * id ascending, strictly after {@code after}}
     *
     * @param at    the instant to judge at
     * @param after position (due, id) of the last item of the previous page
     * @param limit maximum number to return
     */
    List<Task> overdue(Instant at, Optional<TaskPosition> after, int limit);

    /**
     * {@return tasks of any status due in {@code [from, to)}, ordered by due ascending, then id ascending, strictly
     * after {@code after}}
     *
     * @param from  inclusive start
     * @param to    exclusive end
     * @param after position (due, id) of the last item of the previous page
     * @param limit maximum number to return
     */
    List<Task> dueBetween(Instant from, Instant to, Optional<TaskPosition> after, int limit);

    /**
     * {@return tasks assigned to the user, ordered by createdAt descending, then id descending, strictly after
     * {@code after}}
     *
     * @param assignee a user
     * @param after    position (createdAt, id) of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<Task> byAssignee(UserId assignee, Optional<TaskPosition> after, int limit);

    /**
     * {@return tasks linked to the customer, ordered by createdAt descending, then id descending, strictly after
     * {@code after}}
     *
     * @param customer a customer
     * @param after    position (createdAt, id) of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<Task> byCustomer(CustomerId customer, Optional<TaskPosition> after, int limit);

    /**
     * {@return the customer's open and in-progress tasks, ordered by createdAt descending, then id descending}
     *
     * @param customer a customer
     * @param limit    maximum number to return
     */
    List<Task> activeByCustomer(CustomerId customer, int limit);
}
