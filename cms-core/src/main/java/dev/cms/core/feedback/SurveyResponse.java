package dev.cms.core.feedback;

import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored survey answer. An append-only fact.
 *
 * @param id         the response's id
 * @param answer     the answer
 * @param recordedAt when it was recorded
 */
public record SurveyResponse(SurveyResponseId id, SurveyAnswer answer, Instant recordedAt) {
    /**
     * Checks the parts.
     *
     * @param id         the response's id
     * @param answer     the answer
     * @param recordedAt when it was recorded
     */
    public SurveyResponse {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(answer, "answer");
        recordedAt = Checks.instant("recordedAt", recordedAt);
    }
}
