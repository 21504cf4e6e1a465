package dev.cms.core.commerce;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.time.Instant;
import java.util.Optional;

/** Records customers' purchases and answers order-history questions; obtain it with {@code cms.as(p).purchases()}. */
public interface PurchaseService {
    /**
     * Records a purchase and publishes {@link PurchaseRecorded}.
     *
     * @param details the purchase
     * @return the stored purchase
     * @throws NotFoundException if the customer does not exist
     * @throws ConflictException with {@link ConflictException.Reason#DUPLICATE} if the external order id is taken
     */
    Purchase record(PurchaseDetails details);

    /**
     * Records a purchase unless one with the same external order id exists, in which case that one is returned
     * unchanged: re-running an import is harmless.
     *
     * @param details a purchase with an external order id
     * @return the stored purchase
     * @throws ValidationException if {@code details} has no external order id
     */
    Purchase recordOnce(PurchaseDetails details);

    /**
     * Refunds part or all of a purchase and publishes {@link PurchaseRefunded}.
     *
     * @param id              the purchase
     * @param expectedVersion the version the caller read
     * @param amount          how much to refund
     * @return the purchase after the refund
     * @throws ValidationException if the amount is not positive, in another currency, or more than is left
     * @throws ConflictException   if the stored version differs
     */
    Purchase refund(PurchaseId id, long expectedVersion, Money amount);

    /**
     * {@return the purchase}
     *
     * @param id a purchase id
     * @throws NotFoundException if there is none
     */
    Purchase get(PurchaseId id);

    /**
     * {@return the purchase, or empty}
     *
     * @param externalOrderId an order id from the shop
     */
    Optional<Purchase> findByExternalOrderId(ExternalOrderId externalOrderId);

    /**
     * {@return the customer's purchases made in {@code [from, to)}, newest first}
     *
     * @param customer the buyer
     * @param from     inclusive start of the period
     * @param to       exclusive end of the period
     * @param page     which page
     * @throws ValidationException if {@code to} is before {@code from}
     */
    Page<Purchase> byCustomer(CustomerId customer, Instant from, Instant to, PageRequest page);

    /**
     * {@return all of the customer's purchases, newest first}
     *
     * @param customer the buyer
     * @param page     which page
     */
    Page<Purchase> byCustomer(CustomerId customer, PageRequest page);

    /**
     * {@return count, net totals per currency, first and last purchase}
     *
     * @param customer the buyer
     */
    PurchaseSummary summary(CustomerId customer);
}
