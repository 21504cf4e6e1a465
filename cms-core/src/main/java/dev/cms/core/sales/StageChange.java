package dev.cms.core.sales;

import dev.cms.core.access.UserId;
import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a deal's stage history: where it came from (empty when it was created), where it went, when and by
 * whom.
 *
 * @param from the previous stage, empty for the first entry
 * @param to   the new stage
 * @param at   when it moved
 * @param by   who moved it
 */
public record StageChange(Optional<StageId> from, StageId to, Instant at, UserId by) {
    /**
     * Checks the parts.
     *
     * @param from the previous stage, empty for the first entry
     * @param to   the new stage
     * @param at   when it moved
     * @param by   who moved it
     */
    public StageChange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        at = Checks.instant("at", at);
        Objects.requireNonNull(by, "by");
    }
}
