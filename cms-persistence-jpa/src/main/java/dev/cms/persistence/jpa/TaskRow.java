package dev.cms.persistence.jpa;

import dev.cms.core.task.Priority;
import dev.cms.core.task.TaskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Table {@code task}. */
@Entity(name = "TaskRow")
@Table(name = "task")
class TaskRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "title", nullable = false)
    String title;

    @Column(name = "description", length = 10_000)
    String description;

    @Column(name = "due_at")
    Instant due;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    Priority priority;

    @Column(name = "assignee")
    String assignee;

    @Column(name = "customer_id")
    UUID customer;

    @Column(name = "opportunity_id")
    UUID opportunity;

    @Column(name = "ticket_id")
    UUID ticket;

    @Column(name = "remind_at")
    Instant remindAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    TaskStatus status;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "completed_at")
    Instant completedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    TaskRow() {
    }
}
