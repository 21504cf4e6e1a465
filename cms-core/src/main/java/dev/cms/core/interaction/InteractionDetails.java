package dev.cms.core.interaction;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened in an interaction. Build it with {@link #of(Channel, Direction, Instant)} and the {@code with}
 * methods, then log it with {@code interactions().log(customerId, details)}.
 *
 * @param channel    how it happened
 * @param direction  who started it
 * @param occurredAt when it happened (microsecond precision)
 * @param subject    a one-line subject, at most 500 characters
 * @param body       the content or a summary, at most 100,000 characters
 * @param duration   how long it took (calls, meetings), not negative, at most a week
 * @param outcome    the result, such as {@code "left voicemail"}
 * @param links      the deal, ticket or task it relates to
 */
public record InteractionDetails(Channel channel, Direction direction, Instant occurredAt, Optional<String> subject,
                                 Optional<String> body, Optional<Duration> duration, Optional<String> outcome,
                                 InteractionLinks links) {
    /**
     * Checks every part.
     *
     * @param channel    how it happened
     * @param direction  who started it
     * @param occurredAt when it happened (microsecond precision)
     * @param subject    a one-line subject, at most 500 characters
     * @param body       the content or a summary, at most 100,000 characters
     * @param duration   how long it took (calls, meetings), not negative, at most a week
     * @param outcome    the result, such as {@code "left voicemail"}
     * @param links      the deal, ticket or task it relates to
     * @throws ValidationException listing every problem
     */
    public InteractionDetails {
        Violations v = new Violations();
        v.require(channel != null, "channel", null, "is required");
        v.require(direction != null, "direction", null, "is required");
        occurredAt = v.instant("occurredAt", occurredAt);
        subject = v.optionalLine("subject", subject, 500);
        body = v.optionalText("body", body, 100_000);
        Objects.requireNonNull(duration, "duration");
        duration.ifPresent(d -> v.require(!d.isNegative() && d.compareTo(Duration.ofDays(7)) <= 0, "duration", d,
                "must be between zero and seven days"));
        duration = duration.map(d -> d.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        outcome = v.optionalLine("outcome", outcome, 200);
        Objects.requireNonNull(links, "links");
        v.throwIfAny();
    }

    /**
     * {@return details with nothing else filled in}
     *
     * @param channel    how it happened
     * @param direction  who started it
     * @param occurredAt when
     */
    public static InteractionDetails of(Channel channel, Direction direction, Instant occurredAt) {
        return new InteractionDetails(channel, direction, occurredAt, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), InteractionLinks.none());
    }

    /**
     * {@return a copy with the subject}
     *
     * @param text subject line
     */
    public InteractionDetails withSubject(String text) {
        return new InteractionDetails(channel, direction, occurredAt, Optional.of(text), body, duration, outcome, links);
    }

    /**
     * {@return a copy with the body}
     *
     * @param text content or summary
     */
    public InteractionDetails withBody(String text) {
        return new InteractionDetails(channel, direction, occurredAt, subject, Optional.of(text), duration, outcome, links);
    }

    /**
     * {@return a copy with the duration}
     *
     * @param length how long it took
     */
    public InteractionDetails withDuration(Duration length) {
        return new InteractionDetails(channel, direction, occurredAt, subject, body, Optional.of(length), outcome, links);
    }

    /**
     * {@return a copy with the outcome}
     *
     * @param text the result
     */
    public InteractionDetails withOutcome(String text) {
        return new InteractionDetails(channel, direction, occurredAt, subject, body, duration, Optional.of(text), links);
    }

    /**
     * {@return a copy linked to the deal}
     *
     * @param opportunity the deal it was about
     */
    public InteractionDetails about(OpportunityId opportunity) {
        return withLinks(new InteractionLinks(Optional.of(opportunity), links.ticket(), links.task()));
    }

    /**
     * {@return a copy linked to the ticket}
     *
     * @param ticket the ticket it answered
     */
    public InteractionDetails about(TicketId ticket) {
        return withLinks(new InteractionLinks(links.opportunity(), Optional.of(ticket), links.task()));
    }

    /**
     * {@return a copy linked to the task}
     *
     * @param task the task it carried out
     */
    public InteractionDetails about(TaskId task) {
        return withLinks(new InteractionLinks(links.opportunity(), links.ticket(), Optional.of(task)));
    }

    private InteractionDetails withLinks(InteractionLinks newLinks) {
        return new InteractionDetails(channel, direction, occurredAt, subject, body, duration, outcome, newLinks);
    }
}
