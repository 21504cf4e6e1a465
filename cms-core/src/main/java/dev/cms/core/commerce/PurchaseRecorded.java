package dev.cms.core.commerce;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A purchase was recorded.
 *
 * @param purchase   the new purchase
 * @param actor      who recorded it
 * @param occurredAt when it was recorded
 */
public record PurchaseRecorded(Purchase purchase, UserId actor, Instant occurredAt) implements DomainEvent {
}
