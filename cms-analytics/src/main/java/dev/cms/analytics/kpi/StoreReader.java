package dev.cms.analytics.kpi;

import dev.cms.core.CmsScope;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.support.Ticket;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Reads what the KPIs need through the public services, one page at a time: the customers of a population, then each
 * customer's purchases, deals, tickets and survey answers. Nothing is kept between pages, so a KPI holds at most one
 * page of customers and one page of one customer's facts at a time, plus whatever it aggregates.
 */
final class StoreReader {
    /** Customers per page: the largest page the services allow, so a pass over the store makes the fewest calls. */
    static final int CUSTOMER_PAGE = PageRequest.MAX_SIZE;
    /** Facts of one customer per page: most customers have a few, so one call usually reads them all. */
    static final int FACT_PAGE = 200;
    /** The earliest instant the store holds (timestamps lie in years 1 to 9999). */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    private final CmsScope scope;

    StoreReader(CmsScope scope) {
        this.scope = scope;
    }

    /** Calls {@code action} with every customer of the population, in id order. */
    void forEachCustomer(Population population, Consumer<Customer> action) {
        Function<PageRequest, Page<Customer>> fetch;
        if (population instanceof Population.Segment s) {
            fetch = page -> scope.segments().members(s.segment(), page);
        } else if (population instanceof Population.Matching m) {
            fetch = page -> scope.segments().members(m.rule(), page);
        } else {
            fetch = page -> scope.customers().list(page);
        }
        each(fetch, CUSTOMER_PAGE, customer -> {
            action.accept(customer);
            return true;
        });
    }

    /**
     * Calls {@code action} with the customer's purchases made in {@code [from, to)}, newest first, leaving out fully
     * refunded ones (as {@link dev.cms.core.commerce.PurchaseSummary} does): a purchase that was entirely given back
     * is no purchase for any KPI.
     */
    void purchases(CustomerId customer, Instant from, Instant to, Consumer<Purchase> action) {
        each(page -> scope.purchases().byCustomer(customer, from, to, page), FACT_PAGE, p -> {
            if (p.status() != PurchaseStatus.REFUNDED) {
                action.accept(p);
            }
            return true;
        });
    }

    /**
     * Calls {@code action} with the customer's purchases made before {@code to}, newest first, leaving out fully
     * refunded ones, while it returns true.
     */
    void purchasesBefore(CustomerId customer, Instant to, Predicate<Purchase> action) {
        each(page -> scope.purchases().byCustomer(customer, EARLIEST, to, page), FACT_PAGE,
                p -> p.status() == PurchaseStatus.REFUNDED || action.test(p));
    }

    /** Calls {@code action} with all of the customer's deals, newest first. */
    void deals(CustomerId customer, Consumer<Opportunity> action) {
        each(page -> scope.opportunities().byCustomer(customer, page), FACT_PAGE, d -> {
            action.accept(d);
            return true;
        });
    }

    /** Calls {@code action} with the customer's tickets, newest first, while it returns true. */
    void tickets(CustomerId customer, Predicate<Ticket> action) {
        each(page -> scope.tickets().byCustomer(customer, page), FACT_PAGE, action);
    }

    /** Calls {@code action} with the customer's survey answers, most recently answered first, while it returns true. */
    void answers(CustomerId customer, Predicate<SurveyResponse> action) {
        each(page -> scope.feedback().byCustomer(customer, page), FACT_PAGE, action);
    }

    CmsScope scope() {
        return scope;
    }

    /** Follows the pages of {@code fetch} and hands each item to {@code action} until it returns false. */
    private static <T> void each(Function<PageRequest, Page<T>> fetch, int size, Predicate<T> action) {
        Optional<PageRequest> request = Optional.of(PageRequest.first(size));
        while (request.isPresent()) {
            Page<T> page = fetch.apply(request.get());
            for (T item : page.items()) {
                if (!action.test(item)) {
                    return;
                }
            }
            request = page.nextRequest(size);
        }
    }
}
