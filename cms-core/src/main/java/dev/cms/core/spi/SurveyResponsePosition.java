package dev.cms.core.spi;

import dev.cms.core.feedback.SurveyResponseId;
import java.time.Instant;
import java.util.Objects;

/**
 * Keyset position in a customer's survey responses, ordered by answeredAt descending, then id descending.
 *
 * @param answeredAt the last returned response's answer time
 * @param id         the last returned response's id
 */
public record SurveyResponsePosition(Instant answeredAt, SurveyResponseId id) {
    /**
     * Checks the parts.
     *
     * @param answeredAt the last returned response's answer time
     * @param id         the last returned response's id
     */
    public SurveyResponsePosition {
        Objects.requireNonNull(answeredAt, "answeredAt");
        Objects.requireNonNull(id, "id");
    }
}
