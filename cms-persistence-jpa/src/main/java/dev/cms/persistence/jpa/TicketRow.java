package dev.cms.persistence.jpa;

import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Table {@code ticket}, its status history in {@code ticket_status_change}. */
@Entity(name = "TicketRow")
@Table(name = "ticket")
class TicketRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customer;

    @Column(name = "subject", nullable = false)
    String subject;

    @Column(name = "description", length = 100_000)
    String description;

    @Column(name = "category")
    String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "priority", nullable = false)
    TicketPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    TicketStatus status;

    @Column(name = "queue_name")
    String queue;

    @Column(name = "assignee")
    String assignee;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "first_response_at")
    Instant firstResponseAt;

    @Column(name = "resolved_at")
    Instant resolvedAt;

    /** Rows in {@code ticket_status_change}: the history is read only when there is some. */
    @Column(name = "history_count", nullable = false)
    int historyCount;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "ticket_status_change", joinColumns = @JoinColumn(name = "ticket_id"))
    @OrderColumn(name = "position")
    List<TicketChangeCell> history = new ArrayList<>();

    TicketRow() {
    }
}
