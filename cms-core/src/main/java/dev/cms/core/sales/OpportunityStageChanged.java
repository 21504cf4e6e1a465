package dev.cms.core.sales;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A deal moved from one stage to another (including into the closed-won or closed-lost stage, and back out when
 * reopened).
 *
 * @param opportunity the deal after the move
 * @param from        the previous stage
 * @param to          the new stage
 * @param actor       who moved it
 * @param occurredAt  when
 */
public record OpportunityStageChanged(Opportunity opportunity, StageId from, StageId to, UserId actor, Instant occurredAt)
        implements DomainEvent {
}
