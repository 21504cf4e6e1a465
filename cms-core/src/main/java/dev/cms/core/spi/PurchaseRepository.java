package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores purchases. Id order is unsigned UUID order. */
public interface PurchaseRepository {
    /**
     * Stores a new purchase.
     *
     * @param purchase a new purchase
     * @throws ConflictException with {@link ConflictException.Reason#DUPLICATE} if its external order id is taken,
     *                           {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if its id exists
     */
    void insert(Purchase purchase);

    /**
     * Stores new purchases as {@link #insert} does, each under the same rules, for imports of many at once. Called
     * inside the caller's transaction, it is all-or-nothing with it: when one purchase conflicts (with a stored one or
     * with another of the list), the exception propagates and rolling the transaction back leaves none of them
     * written. Adapters override it to batch the writes; this default inserts one after the other.
     *
     * @param purchases the purchases, each as {@link #insert} takes it; may be empty
     * @throws ConflictException as {@link #insert} does, for the first purchase that conflicts
     */
    default void insertAll(List<Purchase> purchases) {
        for (Purchase purchase : purchases) {
            insert(purchase);
        }
    }

    /**
     * Replaces a stored purchase with its next version.
     *
     * @param purchase the next version (a refund)
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version is not
     *                           {@code purchase.version() - 1}
     */
    void update(Purchase purchase);

    /**
     * {@return the purchase, or empty}
     *
     * @param id a purchase id
     */
    Optional<Purchase> findById(PurchaseId id);

    /**
     * {@return the purchase carrying it, or empty}
     *
     * @param externalOrderId an external order id
     */
    Optional<Purchase> findByExternalOrderId(ExternalOrderId externalOrderId);

    /**
     * {@return the customer's purchases in {@code [from, to)} ordered by occurredAt descending, then id descending,
     * strictly after {@code after}}
     *
     * @param customer the buyer
     * @param from     inclusive start of occurredAt
     * @param to       exclusive end of occurredAt
     * @param after    position (occurredAt, id) of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<Purchase> byCustomer(CustomerId customer, Instant from, Instant to, Optional<PurchasePosition> after, int limit);

    /**
     * {@return the summary over the customer's purchases that are not fully refunded: their count, the sum of their
     * net totals (total minus refunded) per currency, the earliest and latest occurredAt}
     *
     * @param customer the buyer
     */
    PurchaseSummary summary(CustomerId customer);
}
