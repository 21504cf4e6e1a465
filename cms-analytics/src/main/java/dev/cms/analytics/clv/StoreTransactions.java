package dev.cms.analytics.clv;

import dev.cms.core.CmsScope;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.Customer;
import dev.cms.core.segment.Rule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The purchases in a customer store as the transaction rows {@link CustomerSummaries#fromTransactions} takes, read
 * through the public services page by page (customers, or a rule's members, 500 at a time, then each one's
 * purchases), so nothing but the current pages is held while reading. A purchase becomes a row of its customer, dated
 * by its calendar date in the given zone, worth its net total (total minus refunds); fully refunded purchases and
 * purchases in other currencies are left out.
 *
 * <pre>{@code
 * CustomerSummaries<CustomerId> data = CustomerSummaries.fromTransactions(
 *         StoreTransactions.of(scope, ZoneId.of("Europe/Berlin"), Money.currency("EUR"), Optional.empty(), Customer::id),
 *         LocalDate.of(2026, 6, 30), ChronoUnit.WEEKS);
 * }</pre>
 */
public final class StoreTransactions {
    private static final int PAGE = 500;

    private StoreTransactions() {
    }

    /**
     * {@return the store's purchases as transaction rows, read lazily each time the result is iterated}
     *
     * @param scope      the services, acting for a principal who may read customers and purchases
     * @param zone       the zone whose calendar dates the rows carry (normally the {@code Cms} zone)
     * @param currency   only purchases in this currency
     * @param population only these customers (a segmentation rule); empty for everyone
     * @param key        the key a customer's rows carry, such as {@code Customer::id}
     * @param <K>        the type of customer key
     */
    public static <K> Iterable<Transaction<K>> of(CmsScope scope, ZoneId zone, Currency currency,
                                                  Optional<Rule> population, Function<Customer, K> key) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(key, "key");
        return () -> new Rows<>(scope, zone, currency, population, key);
    }

    private static final class Rows<K> implements Iterator<Transaction<K>> {
        private final CmsScope scope;
        private final ZoneId zone;
        private final Currency currency;
        private final Optional<Rule> population;
        private final Function<Customer, K> key;
        private Optional<PageRequest> customers = Optional.of(PageRequest.first(PAGE));
        private Iterator<Customer> pageOfCustomers = List.<Customer>of().iterator();
        private Customer customer;
        private Optional<PageRequest> purchases = Optional.empty();
        private Iterator<Purchase> pageOfPurchases = List.<Purchase>of().iterator();
        private Transaction<K> next;

        Rows(CmsScope scope, ZoneId zone, Currency currency, Optional<Rule> population, Function<Customer, K> key) {
            this.scope = scope;
            this.zone = zone;
            this.currency = currency;
            this.population = population;
            this.key = key;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (pageOfPurchases.hasNext()) {
                    Purchase purchase = pageOfPurchases.next();
                    if (purchase.status() != PurchaseStatus.REFUNDED && purchase.netTotal().currency().equals(currency)) {
                        next = new Transaction<>(key.apply(customer), LocalDate.ofInstant(purchase.occurredAt(), zone),
                                purchase.netTotal());
                    }
                } else if (purchases.isPresent()) {
                    Page<Purchase> page = scope.purchases().byCustomer(customer.id(), purchases.get());
                    pageOfPurchases = page.items().iterator();
                    purchases = page.nextRequest(PAGE);
                } else if (pageOfCustomers.hasNext()) {
                    customer = pageOfCustomers.next();
                    purchases = Optional.of(PageRequest.first(PAGE));
                } else if (customers.isPresent()) {
                    Page<Customer> page = population.isPresent()
                            ? scope.segments().members(population.get(), customers.get())
                            : scope.customers().list(customers.get());
                    pageOfCustomers = page.items().iterator();
                    customers = page.nextRequest(PAGE);
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Transaction<K> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Transaction<K> result = next;
            next = null;
            return result;
        }
    }
}
