package dev.cms.persistence.jpa;

import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Table {@code interaction}: one row per logged interaction, never updated. */
@Entity(name = "InteractionRow")
@Table(name = "interaction")
class InteractionRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    Direction direction;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "subject")
    String subject;

    @Column(name = "body", length = 100_000)
    String body;

    @Column(name = "duration_millis")
    Long durationMillis;

    @Column(name = "outcome")
    String outcome;

    @Column(name = "opportunity_id")
    UUID opportunity;

    @Column(name = "ticket_id")
    UUID ticket;

    @Column(name = "task_id")
    UUID task;

    @Column(name = "logged_by", nullable = false)
    String loggedBy;

    @Column(name = "logged_at", nullable = false)
    Instant loggedAt;

    InteractionRow() {
    }
}
