package dev.cms.core.segment;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Checks;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's latest lead score, as stored for the {@code leadScore} field of rules.
 *
 * @param customer the customer
 * @param score    the points, with at most 2 fraction digits
 * @param scoredAt when it was computed
 */
public record LeadScore(CustomerId customer, BigDecimal score, Instant scoredAt) {
    /**
     * Requires every part.
     *
     * @param customer the customer
     * @param score    the points
     * @param scoredAt when it was computed
     * @throws dev.cms.core.ValidationException if the score has more than 2 fraction digits
     */
    public LeadScore {
        Objects.requireNonNull(customer, "customer");
        score = new RuleValue.Number(Objects.requireNonNull(score, "score")).value();
        if (score.scale() > 2) {
            throw dev.cms.core.ValidationException.of("score", score, "has more than 2 fraction digits");
        }
        scoredAt = Checks.instant("scoredAt", scoredAt);
    }
}
