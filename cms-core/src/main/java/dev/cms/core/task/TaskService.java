package dev.cms.core.task;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import java.time.Instant;
import java.util.Optional;

/**
 * Creates tasks, moves them through their statuses and answers the usual questions (overdue, due soon, mine, this
 * customer's) on behalf of one principal; obtain it with {@code cms.as(principal).tasks()}. Every method first asks
 * the access policy ({@link AccessDeniedException}).
 */
public interface TaskService {
    /**
     * Stores a new open task and publishes {@link TaskCreated}.
     *
     * @param details the task
     * @return the stored task, version 0
     * @throws ValidationException if the linked customer does not exist
     */
    Task create(TaskDetails details);

    /**
     * {@return the task}
     *
     * @param id a task id
     * @throws NotFoundException if there is none
     */
    Task get(TaskId id);

    /**
     * {@return the task, or empty}
     *
     * @param id a task id
     */
    Optional<Task> find(TaskId id);

    /**
     * Replaces a task's details and publishes {@link TaskUpdated}. Details equal to the stored ones change nothing:
     * the stored task is returned as it is and no event is published.
     *
     * @param id              the task
     * @param expectedVersion the version the caller read
     * @param details         the new details
     * @return the updated task
     * @throws ConflictException if the stored version differs
     */
    Task update(TaskId id, long expectedVersion, TaskDetails details);

    /**
     * Moves a task to another status and publishes {@link TaskStatusChanged}, followed by {@link TaskCompleted} when
     * the new status is done.
     *
     * @param id              the task
     * @param expectedVersion the version the caller read
     * @param next            the new status
     * @return the task in its new status
     * @throws ValidationException if the move is not legal (see {@link TaskStatus})
     * @throws ConflictException   if the stored version differs
     */
    Task moveTo(TaskId id, long expectedVersion, TaskStatus next);

    /**
     * {@return the task in progress}
     *
     * @param task the task as read
     * @throws ValidationException if it is not open
     */
    Task start(Task task);

    /**
     * {@return the task, done}
     *
     * @param task the task as read
     * @throws ValidationException if it is done or cancelled already
     */
    Task complete(Task task);

    /**
     * {@return the task, cancelled}
     *
     * @param task the task as read
     * @throws ValidationException if it is done or cancelled already
     */
    Task cancel(Task task);

    /**
     * {@return the task, open again}
     *
     * @param task the task as read, done or cancelled
     * @throws ValidationException if it is still active
     */
    Task reopen(Task task);

    /**
     * {@return open and in-progress tasks due strictly before {@code at}, earliest due first}
     *
     * @param at   the instant to judge at, usually now
     * @param page which page
     */
    Page<Task> overdue(Instant at, PageRequest page);

    /**
     * {@return tasks of any status due in {@code [from, to)}, earliest due first}
     *
     * @param from start, inclusive
     * @param to   end, exclusive
     * @param page which page
     * @throws ValidationException if {@code to} is before {@code from}
     */
    Page<Task> dueBetween(Instant from, Instant to, PageRequest page);

    /**
     * {@return tasks assigned to the user, newest first}
     *
     * @param assignee a user
     * @param page     which page
     */
    Page<Task> byAssignee(UserId assignee, PageRequest page);

    /**
     * {@return tasks linked to the customer, newest first}
     *
     * @param customer a customer
     * @param page     which page
     */
    Page<Task> byCustomer(CustomerId customer, PageRequest page);
}
