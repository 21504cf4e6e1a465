package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One row of the acquisition-cohort retention matrix: the customers whose first purchase fell in {@code month}, and
 * how many of them bought again k months later.
 *
 * <p>With C the cohort and A(m) the customers with a purchase in month m: {@code active.get(k) = |C ∩ A(month + k)|}
 * and {@code retention.get(k) = active.get(k) / size}. By definition {@code active.get(0) = size} and
 * {@code retention.get(0) = 1}: everybody in the cohort bought in its first month. This is the classic acquisition
 * cohort table (N. D. Glenn, <i>Cohort Analysis</i>, 2nd ed., Sage 2005; for customer bases, e.g. the purchase
 * tracking of a first-purchase cohort in P. S. Fader, B. G. S. Hardie and K. L. Lee, "Counting Your Customers the
 * Easy Way", Marketing Science 24(2), 2005).
 *
 * @param month     the month of the cohort's first purchases
 * @param size      customers in the cohort
 * @param active    per month since the first one (k = 0, 1, ...), cohort members with a purchase in it
 * @param retention per month since the first one, active / size, in [0, 1]
 */
public record Cohort(YearMonth month, long size, List<Long> active, List<Double> retention) {
    /**
     * Copies the lists and checks they agree.
     *
     * @param month     the month of the cohort's first purchases
     * @param size      customers in the cohort
     * @param active    per month since the first one (k = 0, 1, ...), cohort members with a purchase in it
     * @param retention per month since the first one, active / size, in [0, 1]
     * @throws ValidationException if the cohort is empty or the lists differ in length
     */
    public Cohort {
        Objects.requireNonNull(month, "month");
        active = List.copyOf(active);
        retention = List.copyOf(retention);
        if (size < 1) {
            throw ValidationException.of("size", size, "a cohort has at least one customer");
        }
        if (active.isEmpty() || active.size() != retention.size()) {
            throw ValidationException.of("retention", retention.size(), "must have one entry per month of active, " + active.size());
        }
    }
}
