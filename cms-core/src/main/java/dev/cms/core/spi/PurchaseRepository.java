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
     * @param purchase a new purchase
     * @throws ConflictException with {@link ConflictException.Reason#DUPLICATE} if its external order id is taken,
     *                           {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if its id exists
     */
    void insert(Purchase purchase);

    /**
     * @param purchase the next version (a refund)
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} if the stored version is not
     *                           {@code purchase.version() - 1}
     */
    void update(Purchase purchase);

    /**
     * @param id a purchase id
     * @return the purchase, or empty
     */
    Optional<Purchase> findById(PurchaseId id);

    /**
     * @param externalOrderId an external order id
     * @return the purchase carrying it, or empty
     */
    Optional<Purchase> findByExternalOrderId(ExternalOrderId externalOrderId);

    /**
     * @param customer the buyer
     * @param from     inclusive start of occurredAt
     * @param to       exclusive end of occurredAt
     * @param after    position (occurredAt, id) of the last item of the previous page
     * @param limit    maximum number to return
     * @return the customer's purchases in {@code [from, to)} ordered by occurredAt descending, then id descending,
     *         strictly after {@code after}
     */
    List<Purchase> byCustomer(CustomerId customer, Instant from, Instant to, Optional<PurchasePosition> after, int limit);

    /**
     * @param customer the buyer
     * @return the summary over the customer's purchases that are not fully refunded: their count, the sum of their
     *         net totals (total minus refunded) per currency, the earliest and latest occurredAt
     */
    PurchaseSummary summary(CustomerId customer);
}
