package dev.cms.persistence.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Table {@code lead_score}: the latest score per customer. */
@Entity(name = "LeadScoreRow")
@Table(name = "lead_score")
class LeadScoreRow {
    @Id
    @Column(name = "customer_id")
    UUID customer;

    @Column(name = "score", nullable = false, precision = 38, scale = 18)
    BigDecimal score;

    @Column(name = "scored_at", nullable = false)
    Instant scoredAt;

    LeadScoreRow() {
    }
}
