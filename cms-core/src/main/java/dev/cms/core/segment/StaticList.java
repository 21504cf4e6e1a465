package dev.cms.core.segment;

import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A named set of customers chosen by hand or imported (as opposed to a {@link Segment}, whose members follow a
 * rule). Members are added and removed with {@link StaticListService}.
 *
 * @param id          the id
 * @param name        a single line of at most 200 characters
 * @param description free text of at most 2,000 characters
 * @param createdAt   when it was created
 * @param updatedAt   when its name or description last changed
 * @param version     incremented on each such change
 */
public record StaticList(StaticListId id, String name, Optional<String> description, Instant createdAt,
                         Instant updatedAt, long version) {
    /**
     * Checks every part.
     *
     * @param id          the id
     * @param name        a single line of at most 200 characters
     * @param description free text of at most 2,000 characters
     * @param createdAt   when it was created
     * @param updatedAt   when its name or description last changed
     * @param version     incremented on each such change
     * @throws dev.cms.core.ValidationException if a text is not valid
     */
    public StaticList {
        Objects.requireNonNull(id, "id");
        name = Checks.line("name", name, 200);
        description = Checks.optionalText("description", Objects.requireNonNull(description, "description"), 2000);
        createdAt = Checks.instant("createdAt", createdAt);
        updatedAt = Checks.instant("updatedAt", updatedAt);
    }
}
