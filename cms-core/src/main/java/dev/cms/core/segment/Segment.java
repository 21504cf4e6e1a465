package dev.cms.core.segment;

import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * A saved, named rule. Its members are not stored: they are whoever matches the rule when asked, so a segment is
 * always up to date.
 *
 * @param id         the id
 * @param definition name, description and rule
 * @param createdAt  when it was created
 * @param updatedAt  when it last changed
 * @param version    incremented on each change
 */
public record Segment(SegmentId id, SegmentDefinition definition, Instant createdAt, Instant updatedAt, long version) {
    /**
     * Requires every part.
     *
     * @param id         the id
     * @param definition name, description and rule
     * @param createdAt  when it was created
     * @param updatedAt  when it last changed
     * @param version    incremented on each change
     */
    public Segment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        createdAt = Checks.instant("createdAt", createdAt);
        updatedAt = Checks.instant("updatedAt", updatedAt);
    }

    /** {@return the segment's rule} */
    public Rule rule() {
        return definition.rule();
    }
}
