package dev.cms.persistence.jpa;

import dev.cms.core.sales.OpportunityStatus;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Table {@code opportunity}, its line items and stage history in ordered child tables. */
@Entity(name = "OpportunityRow")
@Table(name = "opportunity")
class OpportunityRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customer;

    @Column(name = "name", nullable = false)
    String name;

    @Column(name = "amount", nullable = false, precision = 22, scale = 4)
    BigDecimal amount;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "expected_close")
    LocalDate expectedClose;

    @Column(name = "probability")
    Integer probability;

    @Column(name = "owner_id")
    String owner;

    @Column(name = "source")
    String source;

    @Column(name = "pipeline_id", nullable = false)
    UUID pipeline;

    @Column(name = "stage_id", nullable = false)
    UUID stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    OpportunityStatus status;

    @Column(name = "lost_reason")
    String lostReason;

    /** Rows in {@code opportunity_line}: the lines are read only when there are some. */
    @Column(name = "line_count", nullable = false)
    int lineCount;

    @Column(name = "closed_at")
    Instant closedAt;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "opportunity_line", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<LineCell> lines = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "opportunity_stage_change", joinColumns = @JoinColumn(name = "opportunity_id"))
    @OrderColumn(name = "position")
    List<StageChangeCell> history = new ArrayList<>();

    OpportunityRow() {
    }
}
