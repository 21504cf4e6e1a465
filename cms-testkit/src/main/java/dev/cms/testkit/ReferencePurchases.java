package dev.cms.testkit;

import dev.cms.core.ConflictException;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseRefunded;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The purchase part of the {@link ReferenceModel}: order history with refunds, written from the Javadoc of
 * {@link dev.cms.core.commerce.PurchaseService}, {@link PurchaseSummary} and the SPI's purchase repository. Amounts are
 * added and compared with {@link Money}'s own arithmetic, which is value-level and has its own properties.
 */
final class ReferencePurchases {
    private final ReferenceModel model;
    private final Map<PurchaseId, Purchase> purchases = new LinkedHashMap<>();

    ReferencePurchases(ReferenceModel model) {
        this.model = model;
    }

    /** @return the ids of the purchases in the order they were recorded */
    List<PurchaseId> purchaseIds() {
        return List.copyOf(purchases.keySet());
    }

    Optional<Purchase> purchase(PurchaseId id) {
        return Optional.ofNullable(purchases.get(id));
    }

    /** Recording needs a known customer (checked first) and an external order id no other purchase carries. */
    Optional<ReferenceModel.Failure> recordFailure(PurchaseDetails details) {
        if (model.customer(details.customer()).isEmpty()) {
            return ReferenceModel.Failure.notFound();
        }
        if (details.externalOrderId().flatMap(this::byExternalOrderId).isPresent()) {
            return ReferenceModel.Failure.conflict(ConflictException.Reason.DUPLICATE);
        }
        return Optional.empty();
    }

    /**
     * Recording once needs an external order id; if a purchase carries it, that purchase is the answer (whoever's it
     * is) and nothing changes; otherwise it records as {@link #recordFailure} says.
     */
    Optional<ReferenceModel.Failure> recordOnceFailure(PurchaseDetails details) {
        if (details.externalOrderId().isEmpty()) {
            return ReferenceModel.Failure.invalid();
        }
        return recordOnceExisting(details).isPresent() ? Optional.empty() : recordFailure(details);
    }

    /** @return the purchase a successful recordOnce returns unchanged, if one carries the external order id */
    Optional<Purchase> recordOnceExisting(PurchaseDetails details) {
        return details.externalOrderId().flatMap(this::byExternalOrderId);
    }

    /** A new purchase is completed, nothing refunded, version 0; publishes {@link PurchaseRecorded}. */
    Purchase recorded(PurchaseId id, PurchaseDetails details) {
        Purchase purchase = new Purchase(id, details, PurchaseStatus.COMPLETED, Money.zero(details.total().currency()),
                model.now(), 0);
        purchases.put(id, purchase);
        model.publish(new PurchaseRecorded(purchase, model.actor(), model.now()));
        return purchase;
    }

    Optional<Purchase> byExternalOrderId(ExternalOrderId id) {
        return purchases.values().stream().filter(p -> p.details().externalOrderId().equals(Optional.of(id))).findFirst();
    }

    /**
     * A refund needs a known purchase at its current version, and an amount in its currency, above zero and at most
     * what is left (total minus refunds so far).
     */
    Optional<ReferenceModel.Failure> refundFailure(PurchaseId id, long expectedVersion, Money amount) {
        Purchase current = purchases.get(id);
        if (current == null) {
            return ReferenceModel.Failure.notFound();
        }
        if (current.version() != expectedVersion) {
            return ReferenceModel.Failure.conflict(ConflictException.Reason.STALE_VERSION);
        }
        Money total = current.details().total();
        if (!amount.currency().equals(total.currency()) || amount.amount().signum() <= 0
                || current.refunded().plus(amount).amount().compareTo(total.amount()) > 0) {
            return ReferenceModel.Failure.invalid();
        }
        return Optional.empty();
    }

    /** Adds the amount to what was refunded: all of the total makes it refunded, less partially refunded. */
    Purchase refunded(PurchaseId id, Money amount) {
        Purchase current = purchases.get(id);
        Money refunded = current.refunded().plus(amount);
        PurchaseStatus status = refunded.equals(current.details().total()) ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;
        Purchase after = new Purchase(id, current.details(), status, refunded, current.recordedAt(), current.version() + 1);
        purchases.put(id, after);
        model.publish(new PurchaseRefunded(after, amount, model.actor(), model.now()));
        return after;
    }

    /** @return what is left to refund of the purchase */
    Money left(Purchase purchase) {
        return purchase.details().total().minus(purchase.refunded());
    }

    /** A period query fails only when its end (at storage precision) lies before its start. */
    Optional<ReferenceModel.Failure> periodFailure(Instant from, Instant to) {
        return to.truncatedTo(ChronoUnit.MICROS).isBefore(from.truncatedTo(ChronoUnit.MICROS))
                ? ReferenceModel.Failure.invalid() : Optional.empty();
    }

    /** @return the customer's purchases made in {@code [from, to)} at storage precision, newest first, ties by id descending */
    List<Purchase> byCustomer(CustomerId customer, Instant from, Instant to) {
        Instant start = from.truncatedTo(ChronoUnit.MICROS);
        Instant end = to.truncatedTo(ChronoUnit.MICROS);
        return byCustomer(customer).stream()
                .filter(p -> !p.occurredAt().isBefore(start) && p.occurredAt().isBefore(end))
                .toList();
    }

    /** @return all of the customer's purchases, newest first, ties by id descending */
    List<Purchase> byCustomer(CustomerId customer) {
        return purchases.values().stream().filter(p -> p.customer().equals(customer))
                .sorted(Comparator.comparing(Purchase::occurredAt)
                        .thenComparing((Purchase p) -> p.id().value(), ReferenceModel.UNSIGNED).reversed())
                .toList();
    }

    /**
     * @return over the customer's purchases that are not fully refunded: how many, the net totals (total minus
     *         refunds) per currency sorted by currency code, the first and the last time of purchase
     */
    PurchaseSummary summary(CustomerId customer) {
        List<Purchase> counted = purchases.values().stream()
                .filter(p -> p.customer().equals(customer) && p.status() != PurchaseStatus.REFUNDED)
                .toList();
        if (counted.isEmpty()) {
            return PurchaseSummary.none();
        }
        Map<String, Money> totals = new TreeMap<>();
        for (Purchase p : counted) {
            totals.merge(p.details().total().currency().getCurrencyCode(), left(p), Money::plus);
        }
        List<Instant> times = counted.stream().map(Purchase::occurredAt).sorted().toList();
        return new PurchaseSummary(counted.size(), new ArrayList<>(totals.values()), Optional.of(times.get(0)),
                Optional.of(times.get(times.size() - 1)));
    }

    /** @return whether any of the customer's purchases is partly or fully refunded */
    boolean anyRefunded(CustomerId customer) {
        return purchases.values().stream().anyMatch(p -> p.customer().equals(customer) && p.status() != PurchaseStatus.COMPLETED);
    }

    @Override
    public String toString() {
        return purchases.size() + " purchases";
    }
}
