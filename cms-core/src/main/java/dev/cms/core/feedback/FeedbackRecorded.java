package dev.cms.core.feedback;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A survey answer was recorded.
 *
 * @param response   the stored response
 * @param actor      who recorded it
 * @param occurredAt when
 */
public record FeedbackRecorded(SurveyResponse response, UserId actor, Instant occurredAt) implements DomainEvent {
}
