package dev.cms.core.feedback;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.internal.Violations;
import dev.cms.core.support.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's answer to an NPS, CSAT or CES survey: the input to {@link FeedbackService#record}.
 *
 * @param customer    who answered
 * @param type        which survey
 * @param score       the score, within the survey's scale
 * @param comment     the free-text comment, at most 10,000 characters
 * @param answeredAt  when
 * @param ticket      the ticket it rates
 * @param interaction the interaction it rates
 */
public record SurveyAnswer(CustomerId customer, SurveyType type, int score, Optional<String> comment, Instant answeredAt,
                           Optional<TicketId> ticket, Optional<InteractionId> interaction) {
    /**
     * Checks every part, the score against the survey's scale.
     *
     * @param customer    who answered
     * @param type        which survey
     * @param score       the score, within the survey's scale
     * @param comment     the free-text comment, at most 10,000 characters
     * @param answeredAt  when
     * @param ticket      the ticket it rates
     * @param interaction the interaction it rates
     * @throws ValidationException listing every problem
     */
    public SurveyAnswer {
        Violations v = new Violations();
        v.require(customer != null, "customer", null, "is required");
        v.require(type != null, "type", null, "is required");
        if (type != null) {
            v.require(score >= type.min() && score <= type.max(), "score", score,
                    "must be between " + type.min() + " and " + type.max() + " for " + type);
        }
        comment = v.optionalText("comment", comment, 10_000);
        answeredAt = v.instant("answeredAt", answeredAt);
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(interaction, "interaction");
        v.throwIfAny();
    }

    /**
     * {@return an answer without comment or links}
     *
     * @param customer   who answered
     * @param type       which survey
     * @param score      the score
     * @param answeredAt when
     */
    public static SurveyAnswer of(CustomerId customer, SurveyType type, int score, Instant answeredAt) {
        return new SurveyAnswer(customer, type, score, Optional.empty(), answeredAt, Optional.empty(), Optional.empty());
    }

    /**
     * {@return a copy with the comment}
     *
     * @param text the comment
     */
    public SurveyAnswer withComment(String text) {
        return new SurveyAnswer(customer, type, score, Optional.of(text), answeredAt, ticket, interaction);
    }

    /**
     * {@return a copy linked to the ticket}
     *
     * @param id the ticket it rates
     */
    public SurveyAnswer about(TicketId id) {
        return new SurveyAnswer(customer, type, score, comment, answeredAt, Optional.of(id), interaction);
    }

    /**
     * {@return a copy linked to the interaction}
     *
     * @param id the interaction it rates
     */
    public SurveyAnswer about(InteractionId id) {
        return new SurveyAnswer(customer, type, score, comment, answeredAt, ticket, Optional.of(id));
    }
}
