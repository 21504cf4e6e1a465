package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import java.util.Objects;
import java.util.Optional;

/**
 * What a user edits about a {@link Segment}: its name, an optional description and the rule.
 *
 * @param name        a single line of at most 200 characters
 * @param description free text of at most 2,000 characters
 * @param rule        who belongs: whoever matches when asked
 */
public record SegmentDefinition(String name, Optional<String> description, Rule rule) {
    /**
     * Checks the texts; the rule is checked against the fields when the segment is saved.
     *
     * @param name        a single line of at most 200 characters
     * @param description free text of at most 2,000 characters
     * @param rule        who belongs
     * @throws ValidationException listing every problem
     */
    public SegmentDefinition {
        Violations v = new Violations();
        name = v.line("name", name, 200);
        description = v.optionalText("description", Objects.requireNonNull(description, "description"), 2000);
        v.require(rule != null, "rule", null, "is required");
        v.throwIfAny();
    }

    /**
     * {@return a definition without description}
     *
     * @param name a single line of at most 200 characters
     * @param rule who belongs
     */
    public static SegmentDefinition of(String name, Rule rule) {
        return new SegmentDefinition(name, Optional.empty(), rule);
    }
}
