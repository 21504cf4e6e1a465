package dev.cms.core.feedback;

import dev.cms.core.TypedId;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Ids;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a survey answer (NPS, CSAT or CES).
 *
 * @param value the UUID behind the id
 */
public record SurveyResponseId(UUID value) implements TypedId<SurveyResponseId> {
    /**
     * Rejects a null UUID.
     *
     * @param value the UUID behind the id
     */
    public SurveyResponseId {
        Objects.requireNonNull(value, "value");
    }

    /**
     * {@return the id}
     *
     * @param value a UUID
     */
    public static SurveyResponseId of(UUID value) {
        return new SurveyResponseId(value);
    }

    /**
     * {@return the id}
     *
     * @param text the canonical UUID text, as {@link #toString()} gives it
     * @throws ValidationException if {@code text} is not a UUID
     */
    public static SurveyResponseId parse(String text) {
        return new SurveyResponseId(Ids.parseUuid("surveyResponseId", text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
