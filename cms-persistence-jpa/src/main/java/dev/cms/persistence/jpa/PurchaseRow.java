package dev.cms.persistence.jpa;

import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.SalesChannel;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Table {@code purchase}, its order lines in {@code purchase_line}. */
@Entity(name = "PurchaseRow")
@Table(name = "purchase")
class PurchaseRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customer;

    @Column(name = "occurred_at", nullable = false)
    Instant occurredAt;

    @Column(name = "total", nullable = false, precision = 22, scale = 4)
    BigDecimal total;

    @Column(name = "currency", nullable = false)
    String currency;

    @Column(name = "refunded", nullable = false, precision = 22, scale = 4)
    BigDecimal refunded;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false)
    SalesChannel channel;

    @Column(name = "external_order_id")
    String externalOrderId;

    @Column(name = "opportunity_id")
    UUID opportunity;

    /** Rows in {@code purchase_line}: the lines are read only when there are some. */
    @Column(name = "line_count", nullable = false)
    int lineCount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    PurchaseStatus status;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "version", nullable = false, updatable = false)
    long version;

    @ElementCollection
    @CollectionTable(name = "purchase_line", joinColumns = @JoinColumn(name = "purchase_id"))
    @OrderColumn(name = "position")
    List<LineCell> lines = new ArrayList<>();

    PurchaseRow() {
    }
}
