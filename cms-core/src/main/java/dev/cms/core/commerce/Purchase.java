package dev.cms.core.commerce;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Checks;
import dev.cms.core.money.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored purchase. Append-mostly: only refunds change it, which raise {@link #refunded()} and the status.
 *
 * @param id         the purchase's id
 * @param details    what was bought
 * @param status     completed, partially or fully refunded
 * @param refunded   how much was refunded, in the total's currency, from zero up to the total
 * @param recordedAt when it was recorded
 * @param version    grows by one with every refund
 */
public record Purchase(PurchaseId id, PurchaseDetails details, PurchaseStatus status, Money refunded, Instant recordedAt,
                       long version) {
    /**
     * Checks that the status agrees with the refunded amount.
     *
     * @param id         the purchase's id
     * @param details    what was bought
     * @param status     completed, partially or fully refunded
     * @param refunded   how much was refunded, in the total's currency, from zero up to the total
     * @param recordedAt when it was recorded
     * @param version    grows by one with every refund
     */
    public Purchase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(refunded, "refunded");
        recordedAt = Checks.instant("recordedAt", recordedAt);
        Money total = details.total();
        if (refunded.isNegative() || refunded.compareTo(total) > 0) {
            throw ValidationException.of("refunded", refunded, "must lie between zero and the total " + total);
        }
        PurchaseStatus expected = refunded.isZero() ? PurchaseStatus.COMPLETED
                : refunded.equals(total) ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;
        if (status != expected) {
            throw ValidationException.of("status", status, "must be " + expected + " when " + refunded + " of " + total + " is refunded");
        }
        if (version < 0) {
            throw ValidationException.of("version", version, "must not be negative");
        }
    }

    /** {@return the buyer} */
    public CustomerId customer() {
        return details.customer();
    }

    /** {@return when the order was placed} */
    public Instant occurredAt() {
        return details.occurredAt();
    }

    /** {@return the total minus refunds} */
    public Money netTotal() {
        return details.total().minus(refunded);
    }

    /**
     * {@return the next version with the refund applied}
     *
     * @param amount a further refund, greater than zero
     * @throws ValidationException if the refund is not positive, in another currency, or exceeds what is left
     */
    public Purchase withRefund(Money amount) {
        if (!amount.currency().equals(details.total().currency())) {
            throw ValidationException.of("amount", amount, "must be in the purchase's currency " + details.total().currency().getCurrencyCode());
        }
        if (amount.isNegative() || amount.isZero()) {
            throw ValidationException.of("amount", amount, "must be greater than zero");
        }
        Money after = refunded.plus(amount);
        if (after.compareTo(details.total()) > 0) {
            throw ValidationException.of("amount", amount, "exceeds what is left to refund, " + netTotal());
        }
        PurchaseStatus next = after.equals(details.total()) ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;
        return new Purchase(id, details, next, after, recordedAt, version + 1);
    }
}
