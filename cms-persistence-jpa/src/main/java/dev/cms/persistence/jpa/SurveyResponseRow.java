package dev.cms.persistence.jpa;

import dev.cms.core.feedback.SurveyType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Table {@code survey_response}: one row per answer, never updated. */
@Entity(name = "SurveyResponseRow")
@Table(name = "survey_response")
class SurveyResponseRow {
    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "customer_id", nullable = false)
    UUID customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "survey_type", nullable = false)
    SurveyType type;

    @Column(name = "score", nullable = false)
    int score;

    @Column(name = "comment_text", length = 10_000)
    String comment;

    @Column(name = "answered_at", nullable = false)
    Instant answeredAt;

    @Column(name = "ticket_id")
    UUID ticket;

    @Column(name = "interaction_id")
    UUID interaction;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    SurveyResponseRow() {
    }
}
