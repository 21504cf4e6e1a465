package dev.cms.core.sales;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A deal was lost. Raised after {@link OpportunityStageChanged}.
 *
 * @param opportunity the lost deal, with its reason
 * @param actor       who did it
 * @param occurredAt  when
 */
public record OpportunityLost(Opportunity opportunity, UserId actor, Instant occurredAt) implements DomainEvent {
}
