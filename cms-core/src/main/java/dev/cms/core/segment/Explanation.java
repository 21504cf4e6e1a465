package dev.cms.core.segment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a rule did or did not match one customer: the same tree as the rule, each node with its result, and each leaf
 * with what the customer actually had ({@code observed}, such as {@code [DE, AT]} or {@code 3}), so a user can see
 * which condition kept a customer out. A {@link Rule.InSegment} node has one part: the explanation of the saved
 * segment's rule as it was evaluated (segments that rule names in turn appear there replaced by their rules).
 *
 * @param rule     the node of the rule
 * @param matched  whether the node matched
 * @param observed for a leaf, the customer's values rendered as text ({@code unset} when none); empty for groups
 * @param parts    the explanations of the node's children, in order
 */
public record Explanation(Rule rule, boolean matched, Optional<String> observed, List<Explanation> parts) {
    /**
     * Copies the parts.
     *
     * @param rule     the node of the rule
     * @param matched  whether the node matched
     * @param observed for a leaf, the customer's values rendered as text
     * @param parts    the explanations of the node's children
     */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(observed, "observed");
        parts = List.copyOf(parts);
    }
}
