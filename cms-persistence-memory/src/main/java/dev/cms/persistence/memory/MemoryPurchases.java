package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.PurchaseRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/** Purchases by id and by external order id, and each customer's purchases newest first. */
final class MemoryPurchases implements PurchaseRepository {
    private static final UUID MAX_ID = new UUID(-1L, -1L);

    private final MemoryStore store;
    private final Rows<PurchaseId, Purchase> rows;
    private final Map<ExternalOrderId, PurchaseId> byOrderId = new HashMap<>();
    private final SortedIndex<CustomerId, Purchase> byCustomer = new SortedIndex<>(SortKey.DESCENDING);

    MemoryPurchases(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "purchase", new HashMap<>(), Purchase::id, Purchase::version, this::reindex);
    }

    @Override
    public void insert(Purchase purchase) {
        rows.insert(purchase, p -> p.details().externalOrderId().ifPresent(orderId -> {
            if (byOrderId.containsKey(orderId)) {
                throw new ConflictException(ConflictException.Reason.DUPLICATE,
                        "externalOrderId '" + orderId + "' is already used by purchase " + byOrderId.get(orderId));
            }
        }));
    }

    @Override
    public void update(Purchase purchase) {
        rows.update(purchase, Rows::noCheck);
    }

    @Override
    public Optional<Purchase> findById(PurchaseId id) {
        return rows.find(id);
    }

    @Override
    public Optional<Purchase> findByExternalOrderId(ExternalOrderId externalOrderId) {
        return store.read(() -> Optional.ofNullable(byOrderId.get(externalOrderId)).flatMap(rows::find));
    }

    @Override
    public List<Purchase> byCustomer(CustomerId customer, Instant from, Instant to, Optional<PurchasePosition> after, int limit) {
        // Newest first, so the range starts at the last key before `to` (exclusive) and runs while >= `from`.
        SortKey start = new SortKey(to.minusNanos(1), MAX_ID);
        Optional<SortKey> position = after.map(p -> new SortKey(p.occurredAt(), p.id().value()));
        return store.read(() -> byCustomer.page(customer, position, Optional.of(start), limit,
                p -> !p.occurredAt().isBefore(from)));
    }

    @Override
    public PurchaseSummary summary(CustomerId customer) {
        return store.read(() -> {
            long count = 0;
            Instant first = null;
            Instant last = null;
            Map<Currency, Money> totals = new TreeMap<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
            for (Purchase p : byCustomer.page(customer, Optional.empty(), Integer.MAX_VALUE)) {
                if (p.status() == PurchaseStatus.REFUNDED) {
                    continue;
                }
                count++;
                first = first == null || p.occurredAt().isBefore(first) ? p.occurredAt() : first;
                last = last == null || p.occurredAt().isAfter(last) ? p.occurredAt() : last;
                totals.merge(p.netTotal().currency(), p.netTotal(), Money::plus);
            }
            return count == 0 ? PurchaseSummary.none()
                    : new PurchaseSummary(count, new ArrayList<>(totals.values()), Optional.of(first), Optional.of(last));
        });
    }

    private void reindex(Purchase old, Purchase now) {
        if (old != null) {
            old.details().externalOrderId().ifPresent(byOrderId::remove);
            byCustomer.remove(old.customer(), new SortKey(old.occurredAt(), old.id().value()));
        }
        if (now != null) {
            now.details().externalOrderId().ifPresent(o -> byOrderId.put(o, now.id()));
            byCustomer.put(now.customer(), new SortKey(now.occurredAt(), now.id().value()), now);
        }
    }

    /** Under the store's lock: the customer's purchases, newest first. */
    java.util.Collection<Purchase> allOf(CustomerId customer) {
        return byCustomer.all(customer);
    }
}
