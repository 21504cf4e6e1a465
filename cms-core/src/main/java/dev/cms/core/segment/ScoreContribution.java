package dev.cms.core.segment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What one scoring rule gave one customer.
 *
 * @param rule        the scoring rule
 * @param matched     whether the customer matched it
 * @param decayFactor for a decaying rule the customer matched, the factor applied to its points
 * @param points      the points it contributed (zero if not matched)
 */
public record ScoreContribution(ScoringRule rule, boolean matched, Optional<BigDecimal> decayFactor, BigDecimal points) {
    /**
     * Requires every part.
     *
     * @param rule        the scoring rule
     * @param matched     whether the customer matched it
     * @param decayFactor the factor applied to its points, for a decaying rule that matched
     * @param points      the points it contributed
     */
    public ScoreContribution {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(decayFactor, "decayFactor");
        Objects.requireNonNull(points, "points");
    }
}
