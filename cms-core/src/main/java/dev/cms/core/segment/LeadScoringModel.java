package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.internal.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A lead scoring model as data: scoring rules in the segmentation rule language, a qualification threshold, and the
 * lifecycle stages from which a qualified customer is moved on to the next funnel stage
 * ({@link LifecycleStage#next()}) by {@link LeadScoringService#rescoreAll}.
 *
 * <p>A customer's score is the sum of the points of every rule they match, each decayed if the rule says so, rounded
 * half-even to 2 fraction digits. The customer is qualified when the score is at least the threshold.
 *
 * @param name       the model's name
 * @param rules      one to 200 scoring rules
 * @param threshold  the score at which a customer is qualified
 * @param promotable stages a qualified customer is moved on from, such as {@code lead}; empty to never move anyone
 */
public record LeadScoringModel(String name, List<ScoringRule> rules, BigDecimal threshold, Set<LifecycleStage> promotable) {
    /**
     * Checks every part.
     *
     * @param name       the model's name
     * @param rules      one to 200 scoring rules
     * @param threshold  the score at which a customer is qualified
     * @param promotable stages a qualified customer is moved on from
     * @throws ValidationException listing every problem
     */
    public LeadScoringModel {
        Violations v = new Violations();
        name = v.line("name", name, 200);
        Objects.requireNonNull(rules, "rules");
        rules = List.copyOf(rules);
        v.require(!rules.isEmpty() && rules.size() <= 200, "rules", rules.size(), "must hold 1 to 200 rules");
        v.require(threshold != null, "threshold", null, "is required");
        promotable = Set.copyOf(Objects.requireNonNull(promotable, "promotable"));
        for (LifecycleStage stage : promotable) {
            v.require(stage.next().isPresent(), "promotable", stage, "has no next funnel stage to move on to");
        }
        v.throwIfAny();
    }
}
