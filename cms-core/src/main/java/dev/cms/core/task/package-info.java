/**
 * Tasks and follow-ups: {@link dev.cms.core.task.TaskDetails} (what, who, by when, about whom), the
 * {@link dev.cms.core.task.TaskStatus} state machine, and {@link dev.cms.core.task.TaskService} with the overdue,
 * due-between, by-assignee and by-customer queries.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.task;
