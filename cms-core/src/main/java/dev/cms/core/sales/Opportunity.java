package dev.cms.core.sales;

import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.internal.Checks;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored deal: its details, the pipeline and stage it is in, its status and its full stage history.
 *
 * @param id         the deal's id
 * @param details    what users edit
 * @param pipeline   the pipeline it moves through
 * @param stage      its current stage
 * @param status     open, won or lost
 * @param lostReason why it was lost; present exactly when lost
 * @param closedAt   when it was won or lost; present exactly when not open
 * @param history    every stage move, oldest first; the first entry records creation
 * @param createdAt  when it was created
 * @param updatedAt  when it last changed
 * @param version    grows by one with every change
 */
public record Opportunity(OpportunityId id, OpportunityDetails details, PipelineId pipeline, StageId stage,
                          OpportunityStatus status, Optional<String> lostReason, Optional<Instant> closedAt,
                          List<StageChange> history, Instant createdAt, Instant updatedAt, long version) {
    /**
     * Checks that status, lost reason and close time agree, and that the history ends in the current stage.
     *
     * @param id         the deal's id
     * @param details    what users edit
     * @param pipeline   the pipeline it moves through
     * @param stage      its current stage
     * @param status     open, won or lost
     * @param lostReason why it was lost; present exactly when lost
     * @param closedAt   when it was won or lost; present exactly when not open
     * @param history    every stage move, oldest first; the first entry records creation
     * @param createdAt  when it was created
     * @param updatedAt  when it last changed
     * @param version    grows by one with every change
     */
    public Opportunity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(status, "status");
        lostReason = Checks.optionalLine("lostReason", lostReason, 500);
        closedAt = Checks.optionalInstant("closedAt", closedAt);
        history = List.copyOf(history);
        createdAt = Checks.instant("createdAt", createdAt);
        updatedAt = Checks.instant("updatedAt", updatedAt);
        if (lostReason.isPresent() != (status == OpportunityStatus.LOST)) {
            throw ValidationException.of("lostReason", lostReason.orElse(null), "is present exactly when the deal is lost");
        }
        if (closedAt.isPresent() == (status == OpportunityStatus.OPEN)) {
            throw ValidationException.of("closedAt", closedAt.orElse(null), "is present exactly when the deal is won or lost");
        }
        if (history.isEmpty() || !history.get(history.size() - 1).to().equals(stage)) {
            throw ValidationException.of("history", history.size(), "must end with a move into the current stage " + stage);
        }
        if (version < 0) {
            throw ValidationException.of("version", version, "must not be negative");
        }
    }

    /**
     * {@return the win probability in percent: the override if set, else the current stage's default}
     *
     * @param p the deal's pipeline
     */
    public int probabilityIn(Pipeline p) {
        if (status != OpportunityStatus.OPEN) {
            return status == OpportunityStatus.WON ? 100 : 0;
        }
        return details.probability().orElseGet(() -> p.stage(stage).map(Stage::probability).orElse(0));
    }

    /**
     * {@return amount × probability, rounded half-even to the currency's minor unit}
     *
     * @param p the deal's pipeline
     */
    public Money weightedAmountIn(Pipeline p) {
        return details.amount().times(BigDecimal.valueOf(probabilityIn(p), 2), RoundingMode.HALF_EVEN);
    }

    /**
     * {@return the next version in the new stage, with the move appended to the history}
     *
     * @param next   the stage to move to
     * @param status the status in that stage
     * @param reason the lost reason, when losing
     * @param at     when
     * @param by     who
     */
    public Opportunity movedTo(StageId next, OpportunityStatus status, Optional<String> reason, Instant at, UserId by) {
        List<StageChange> moves = new ArrayList<>(history);
        moves.add(new StageChange(Optional.of(stage), next, at, by));
        Optional<Instant> closed = status == OpportunityStatus.OPEN ? Optional.empty() : Optional.of(at);
        return new Opportunity(id, details, pipeline, next, status, reason, closed, moves, createdAt, at, version + 1);
    }

    /**
     * {@return the next version with the details}
     *
     * @param newDetails changed details
     * @param at         when
     */
    public Opportunity withDetails(OpportunityDetails newDetails, Instant at) {
        return new Opportunity(id, newDetails, pipeline, stage, status, lostReason, closedAt, history, createdAt, at, version + 1);
    }
}
