package dev.cms.core.sales;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A deal was created.
 *
 * @param opportunity the new deal
 * @param actor       who did it
 * @param occurredAt  when
 */
public record OpportunityCreated(Opportunity opportunity, UserId actor, Instant occurredAt) implements DomainEvent {
}
