package dev.cms.core.sales;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.PurchaseId;
import java.time.Instant;
import java.util.Optional;

/**
 * A deal was won. Raised after {@link OpportunityStageChanged}.
 *
 * @param opportunity the won deal
 * @param purchase    the purchase recorded with it, if one was
 * @param actor       who did it
 * @param occurredAt  when
 */
public record OpportunityWon(Opportunity opportunity, Optional<PurchaseId> purchase, UserId actor, Instant occurredAt) implements DomainEvent {
}
