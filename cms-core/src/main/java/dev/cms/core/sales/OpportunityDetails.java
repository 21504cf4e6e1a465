package dev.cms.core.sales;

import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Violations;
import dev.cms.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything about a deal that users edit. When line items are present the amount is their total.
 *
 * @param customer      the customer the deal is with
 * @param name          a short name, such as "ACME – 50 seats"
 * @param amount        the deal's value, not negative
 * @param expectedClose when it is expected to close
 * @param probability   a win probability in percent that overrides the stage's default
 * @param owner         the responsible sales rep
 * @param source        where the deal came from
 * @param lineItems     products and quantities, in the amount's currency
 */
public record OpportunityDetails(CustomerId customer, String name, Money amount, Optional<LocalDate> expectedClose,
                                 Optional<Integer> probability, Optional<UserId> owner, Optional<String> source,
                                 List<LineItem> lineItems) {
    /**
     * Checks every part.
     *
     * @param customer      the customer the deal is with
     * @param name          a short name, such as "ACME – 50 seats"
     * @param amount        the deal's value, not negative
     * @param expectedClose when it is expected to close
     * @param probability   a win probability in percent that overrides the stage's default
     * @param owner         the responsible sales rep
     * @param source        where the deal came from
     * @param lineItems     products and quantities, in the amount's currency
     * @throws ValidationException listing every problem
     */
    public OpportunityDetails {
        Violations v = new Violations();
        v.require(customer != null, "customer", null, "is required");
        name = v.line("name", name, 200);
        v.require(amount != null && !amount.isNegative(), "amount", amount, "must not be negative");
        Objects.requireNonNull(expectedClose, "expectedClose");
        expectedClose.ifPresent(d -> v.require(d.getYear() >= 1 && d.getYear() <= 9999, "expectedClose", d, "must lie between years 1 and 9999"));
        Objects.requireNonNull(probability, "probability");
        probability.ifPresent(p -> v.require(p >= 0 && p <= 100, "probability", p, "must be between 0 and 100"));
        Objects.requireNonNull(owner, "owner");
        source = v.optionalLine("source", source, 100);
        Objects.requireNonNull(lineItems, "lineItems");
        lineItems = List.copyOf(lineItems);
        v.require(lineItems.size() <= 500, "lineItems", lineItems.size(), "at most 500 line items");
        if (amount != null) {
            for (int i = 0; i < lineItems.size(); i++) {
                v.require(lineItems.get(i).unitPrice().currency().equals(amount.currency()), "lineItems[" + i + "].unitPrice",
                        lineItems.get(i).unitPrice(), "must be in the amount's currency " + amount.currency().getCurrencyCode());
            }
            if (v.isEmpty() && !lineItems.isEmpty()) {
                Money sum = LineItem.sum(lineItems, amount.currency());
                v.require(sum.equals(amount), "amount", amount, "must equal the total of the line items, " + sum);
            }
        }
        v.throwIfAny();
    }

    /**
     * {@return details with nothing else set}
     *
     * @param customer the customer
     * @param name     the deal's name
     * @param amount   its value
     */
    public static OpportunityDetails of(CustomerId customer, String name, Money amount) {
        return new OpportunityDetails(customer, name, amount, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /**
     * {@return a copy with the line items}
     *
     * @param items the products; the amount becomes their total
     * @throws ValidationException if {@code items} is empty or mixes currencies
     */
    public OpportunityDetails withLineItems(List<LineItem> items) {
        if (items.isEmpty()) {
            throw ValidationException.of("lineItems", items, "give at least one line item, or keep the amount");
        }
        Money total = LineItem.sum(items, items.get(0).unitPrice().currency());
        return new OpportunityDetails(customer, name, total, expectedClose, probability, owner, source, items);
    }

    /**
     * {@return a copy with the date}
     *
     * @param date expected close date
     */
    public OpportunityDetails closingOn(LocalDate date) {
        return new OpportunityDetails(customer, name, amount, Optional.of(date), probability, owner, source, lineItems);
    }

    /**
     * {@return a copy with the override}
     *
     * @param percent win probability overriding the stage default
     */
    public OpportunityDetails withProbability(int percent) {
        return new OpportunityDetails(customer, name, amount, expectedClose, Optional.of(percent), owner, source, lineItems);
    }

    /**
     * {@return a copy with the owner}
     *
     * @param user the responsible sales rep
     */
    public OpportunityDetails ownedBy(UserId user) {
        return new OpportunityDetails(customer, name, amount, expectedClose, probability, Optional.of(user), source, lineItems);
    }

    /**
     * {@return a copy with the source}
     *
     * @param value where the deal came from
     */
    public OpportunityDetails fromSource(String value) {
        return new OpportunityDetails(customer, name, amount, expectedClose, probability, owner, Optional.of(value), lineItems);
    }
}
