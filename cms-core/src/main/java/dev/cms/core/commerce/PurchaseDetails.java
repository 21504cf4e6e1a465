package dev.cms.core.commerce;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Violations;
import dev.cms.core.money.Money;
import dev.cms.core.sales.OpportunityId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was bought, by whom, when and where: the input to {@link PurchaseService#record}. Line items are optional
 * (imports often carry only a total); when present, their sum must equal the total.
 *
 * @param customer        the buyer
 * @param occurredAt      when the order was placed
 * @param total           what was paid, not negative
 * @param lines           the order lines, in the total's currency
 * @param channel         where it was bought
 * @param externalOrderId the order's id in the shop, unique across purchases
 * @param opportunity     the won deal it came from
 */
public record PurchaseDetails(CustomerId customer, Instant occurredAt, Money total, List<LineItem> lines,
                              SalesChannel channel, Optional<ExternalOrderId> externalOrderId,
                              Optional<OpportunityId> opportunity) {
    /**
     * Checks every part.
     *
     * @param customer        the buyer
     * @param occurredAt      when the order was placed
     * @param total           what was paid, not negative
     * @param lines           the order lines, in the total's currency
     * @param channel         where it was bought
     * @param externalOrderId the order's id in the shop, unique across purchases
     * @param opportunity     the won deal it came from
     * @throws ValidationException listing every problem
     */
    public PurchaseDetails {
        Violations v = new Violations();
        v.require(customer != null, "customer", null, "is required");
        occurredAt = v.instant("occurredAt", occurredAt);
        v.require(total != null && !total.isNegative(), "total", total, "must not be negative");
        Objects.requireNonNull(lines, "lines");
        lines = List.copyOf(lines);
        v.require(lines.size() <= 1000, "lines", lines.size(), "at most 1,000 lines");
        v.require(channel != null, "channel", null, "is required");
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(opportunity, "opportunity");
        if (total != null) {
            for (int i = 0; i < lines.size(); i++) {
                v.require(lines.get(i).unitPrice().currency().equals(total.currency()), "lines[" + i + "].unitPrice",
                        lines.get(i).unitPrice(), "must be in the total's currency " + total.currency().getCurrencyCode());
            }
            if (v.isEmpty() && !lines.isEmpty()) {
                Money sum = LineItem.sum(lines, total.currency());
                v.require(sum.equals(total), "total", total, "must equal the sum of the lines, " + sum);
            }
        }
        v.throwIfAny();
    }

    /**
     * {@return a purchase made online, without lines}
     *
     * @param customer   the buyer
     * @param occurredAt when
     * @param total      what was paid
     */
    public static PurchaseDetails of(CustomerId customer, Instant occurredAt, Money total) {
        return new PurchaseDetails(customer, occurredAt, total, List.of(), SalesChannel.ONLINE, Optional.empty(), Optional.empty());
    }

    /**
     * {@return a purchase made online whose total is the sum of the lines}
     *
     * @param customer   the buyer
     * @param occurredAt when
     * @param lines      what was bought, at least one line
     * @throws ValidationException if {@code lines} is empty
     */
    public static PurchaseDetails ofLines(CustomerId customer, Instant occurredAt, List<LineItem> lines) {
        if (lines.isEmpty()) {
            throw ValidationException.of("lines", lines, "at least one line is needed to compute the total");
        }
        Money total = LineItem.sum(lines, lines.get(0).unitPrice().currency());
        return new PurchaseDetails(customer, occurredAt, total, lines, SalesChannel.ONLINE, Optional.empty(), Optional.empty());
    }

    /**
     * {@return a copy with the channel}
     *
     * @param value where it was bought
     */
    public PurchaseDetails via(SalesChannel value) {
        return new PurchaseDetails(customer, occurredAt, total, lines, value, externalOrderId, opportunity);
    }

    /**
     * {@return a copy with the external order id}
     *
     * @param id the order's id in the shop
     */
    public PurchaseDetails withExternalOrderId(String id) {
        return new PurchaseDetails(customer, occurredAt, total, lines, channel, Optional.of(ExternalOrderId.of(id)), opportunity);
    }

    /**
     * {@return a copy linked to the deal}
     *
     * @param id the won deal
     */
    public PurchaseDetails fromOpportunity(OpportunityId id) {
        return new PurchaseDetails(customer, occurredAt, total, lines, channel, externalOrderId, Optional.of(id));
    }
}
