package dev.cms.core.commerce;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import dev.cms.core.money.Money;
import java.time.Instant;

/**
 * Part or all of a purchase was refunded.
 *
 * @param purchase   the purchase after the refund
 * @param amount     the amount of this refund
 * @param actor      who recorded it
 * @param occurredAt when
 */
public record PurchaseRefunded(Purchase purchase, Money amount, UserId actor, Instant occurredAt) implements DomainEvent {
}
