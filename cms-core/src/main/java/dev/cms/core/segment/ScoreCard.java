package dev.cms.core.segment;

import dev.cms.core.customer.CustomerId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A customer's score under a model, with the contribution of every rule: the answer to "why is this lead at 85?".
 *
 * @param customer      the customer
 * @param score         the sum of the contributions, rounded half-even to 2 fraction digits
 * @param qualified     whether the score reaches the model's threshold
 * @param contributions one per scoring rule, in the model's order
 */
public record ScoreCard(CustomerId customer, BigDecimal score, boolean qualified, List<ScoreContribution> contributions) {
    /**
     * Copies the contributions.
     *
     * @param customer      the customer
     * @param score         the sum of the contributions
     * @param qualified     whether the score reaches the threshold
     * @param contributions one per scoring rule
     */
    public ScoreCard {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(score, "score");
        contributions = List.copyOf(contributions);
    }
}
