package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a {@link LeadScoringModel}: a customer matching {@code rule} earns {@code points} (negative points
 * subtract). With a {@link Decay}, the points fade with the age of the latest event the rule counted, so the rule
 * must then be a single {@link Rule.MetricCondition} over interactions or purchases (for example "at least one
 * e-mail interaction in the last 90 days"); the age is measured in calendar days in the Cms zone from that latest
 * event (of the metric's channel, within its window) to today.
 *
 * @param name   shown in explanations, such as {@code "opened an e-mail"}
 * @param rule   who earns the points
 * @param points what they earn, at most 2 fraction digits, magnitude below 1,000,000
 * @param decay  optional fading of behavioural points
 */
public record ScoringRule(String name, Rule rule, BigDecimal points, Optional<Decay> decay) {
    private static final Set<MetricKind> EVENT_METRICS = EnumSet.of(MetricKind.INTERACTION_COUNT,
            MetricKind.DAYS_SINCE_LAST_INTERACTION, MetricKind.PURCHASE_COUNT, MetricKind.TOTAL_SPEND,
            MetricKind.AVERAGE_ORDER_VALUE, MetricKind.DAYS_SINCE_LAST_PURCHASE);

    /**
     * Checks every part.
     *
     * @param name   shown in explanations
     * @param rule   who earns the points
     * @param points what they earn
     * @param decay  optional fading of behavioural points
     * @throws ValidationException listing every problem
     */
    public ScoringRule {
        Violations v = new Violations();
        name = v.line("name", name, 200);
        v.require(rule != null, "rule", null, "is required");
        Objects.requireNonNull(decay, "decay");
        v.require(points != null && points.scale() <= 2 && points.abs().compareTo(BigDecimal.valueOf(1_000_000)) < 0,
                "points", points, "must have at most 2 fraction digits and be less than 1,000,000 in magnitude");
        v.require(decay.isEmpty() || rule instanceof Rule.MetricCondition m && EVENT_METRICS.contains(m.metric().kind()),
                "decay", decay.orElse(null), "needs a rule that is one interaction or purchase metric condition");
        v.throwIfAny();
    }

    /**
     * {@return a rule worth fixed points}
     *
     * @param name   shown in explanations
     * @param rule   who earns the points
     * @param points what they earn
     */
    public static ScoringRule of(String name, Rule rule, long points) {
        return new ScoringRule(name, rule, BigDecimal.valueOf(points), Optional.empty());
    }

    /**
     * {@return this rule with decaying points}
     *
     * @param halfLifeDays days after which the points count half
     */
    public ScoringRule decaying(int halfLifeDays) {
        return new ScoringRule(name, rule, points, Optional.of(new Decay(halfLifeDays)));
    }
}
