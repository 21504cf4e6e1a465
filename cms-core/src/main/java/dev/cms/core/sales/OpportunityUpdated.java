package dev.cms.core.sales;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A deal's details changed.
 *
 * @param before     the deal as it was
 * @param after      the deal as it is now
 * @param actor      who changed it
 * @param occurredAt when
 */
public record OpportunityUpdated(Opportunity before, Opportunity after, UserId actor, Instant occurredAt) implements DomainEvent {
}
