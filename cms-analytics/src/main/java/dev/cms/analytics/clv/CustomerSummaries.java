package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The calibration-period summaries of a customer base, every one in the same time unit, keyed by customer. This is
 * what the models are fitted on; its unit becomes the unit of the fitted parameters.
 *
 * @param <K> the type of customer key
 */
public final class CustomerSummaries<K> {
    private final ChronoUnit unit;
    private final Map<K, CustomerSummary> byCustomer;

    private CustomerSummaries(ChronoUnit unit, Map<K, CustomerSummary> byCustomer) {
        this.unit = unit;
        this.byCustomer = Collections.unmodifiableMap(byCustomer);
    }

    /**
     * Wraps summaries that are already computed, keeping the map's iteration order.
     *
     * @param unit       the unit every summary must be in
     * @param byCustomer the summaries by customer key
     * @param <K>        the type of customer key
     * @return the set
     * @throws ValidationException if a summary is in another unit or the unit is not supported
     */
    public static <K> CustomerSummaries<K> of(ChronoUnit unit, Map<K, CustomerSummary> byCustomer) {
        Units.require("unit", unit);
        Map<K, CustomerSummary> copy = new LinkedHashMap<>();
        byCustomer.forEach((key, summary) -> {
            Objects.requireNonNull(key, "customer key");
            Objects.requireNonNull(summary, "summary");
            if (summary.unit() != unit) {
                throw ValidationException.of("byCustomer[" + key + "].unit", summary.unit(),
                        "must be " + unit + " like the set; convert with CustomerSummary.in(unit)");
            }
            copy.put(key, summary);
        });
        return new CustomerSummaries<>(unit, copy);
    }

    /**
     * Derives the summaries from a raw transaction list the way the literature does (Fader, Hardie &amp; Lee 2005;
     * the CDNOW data preparation): transactions after {@code calibrationEnd} are ignored; all of a customer's
     * transactions on one day merge into one transaction whose value is their sum; x is the number of distinct
     * transaction days minus one; t_x is the time from the first to the last transaction day; T is the time from the
     * first transaction day to {@code calibrationEnd}, which is inclusive (a purchase on that day counts); the repeat
     * spend is the total of every day but the first. Customers whose first transaction is after the calibration end
     * are left out. Customers appear in the order of their first row.
     *
     * @param transactions   the rows, in any order
     * @param calibrationEnd the last day of the calibration period
     * @param unit           the unit of t_x and T (days are converted exactly: a week is 7 days)
     * @param <K>            the type of customer key
     * @return the summaries
     * @throws ValidationException if one customer's rows use more than one currency, or the unit is not supported
     */
    public static <K> CustomerSummaries<K> fromTransactions(Iterable<Transaction<K>> transactions,
                                                            LocalDate calibrationEnd, ChronoUnit unit) {
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Units.require("unit", unit);
        Map<K, NavigableMap<LocalDate, BigDecimal>> days = new LinkedHashMap<>();
        Map<K, Currency> currencies = new LinkedHashMap<>();
        for (Transaction<K> t : transactions) {
            Currency previous = currencies.putIfAbsent(t.customer(), t.amount().currency());
            if (previous != null && !previous.equals(t.amount().currency())) {
                throw ValidationException.of("transactions[" + t.customer() + "].amount", t.amount(),
                        "is in " + t.amount().currency() + " but the customer's earlier rows are in " + previous);
            }
            if (t.date().isAfter(calibrationEnd)) {
                continue;
            }
            days.computeIfAbsent(t.customer(), k -> new TreeMap<>()).merge(t.date(), t.amount().amount(), BigDecimal::add);
        }
        double unitDays = Units.seconds(unit) / Units.seconds(ChronoUnit.DAYS);
        Map<K, CustomerSummary> summaries = new LinkedHashMap<>();
        days.forEach((customer, byDay) -> {
            LocalDate first = byDay.firstKey();
            LocalDate last = byDay.lastKey();
            BigDecimal repeat = BigDecimal.ZERO;
            for (BigDecimal value : byDay.tailMap(first, false).values()) {
                repeat = repeat.add(value);
            }
            double recency = ChronoUnit.DAYS.between(first, last) / unitDays;
            double age = ChronoUnit.DAYS.between(first, calibrationEnd) / unitDays;
            summaries.put(customer, new CustomerSummary(byDay.size() - 1, recency, age, unit,
                    Optional.of(new Money(repeat, currencies.get(customer)))));
        });
        return new CustomerSummaries<>(unit, summaries);
    }

    /** @return the unit of every summary's recency and age */
    public ChronoUnit unit() {
        return unit;
    }

    /** @return the number of customers */
    public int size() {
        return byCustomer.size();
    }

    /** @return the summaries by customer key, unmodifiable, in the set's order */
    public Map<K, CustomerSummary> asMap() {
        return byCustomer;
    }

    /**
     * @param customer a customer key
     * @return that customer's summary, if the set has one
     */
    public Optional<CustomerSummary> get(K customer) {
        return Optional.ofNullable(byCustomer.get(Objects.requireNonNull(customer, "customer")));
    }

    /** @return the summaries, in the set's order */
    public List<CustomerSummary> summaries() {
        return List.copyOf(byCustomer.values());
    }

    /**
     * The same customers with every summary converted to another unit.
     *
     * @param target the unit wanted
     * @return the converted set
     * @throws ValidationException if the unit is not supported
     */
    public CustomerSummaries<K> in(ChronoUnit target) {
        Units.require("target", target);
        Map<K, CustomerSummary> converted = new LinkedHashMap<>();
        byCustomer.forEach((k, s) -> converted.put(k, s.in(target)));
        return new CustomerSummaries<>(target, converted);
    }

    List<CustomerSummary> values() {
        return new ArrayList<>(byCustomer.values());
    }

    @Override
    public String toString() {
        return "CustomerSummaries[" + byCustomer.size() + " customers in " + unit + "]";
    }
}
