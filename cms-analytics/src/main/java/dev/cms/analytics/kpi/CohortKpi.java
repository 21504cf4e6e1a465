package dev.cms.analytics.kpi;

import dev.cms.core.commerce.PurchaseSummary;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Computes {@link CohortReport}. One pass over the population: each customer's first purchase comes from the store's
 * purchase summary (no order history is loaded for it); for customers whose first purchase lies in the window, their
 * purchases from then to the window's end are read page by page into a bit per month and folded into the matrix.
 * Memory: the matrix, O(months²), independent of the number of customers.
 */
final class CohortKpi {
    private CohortKpi() {
    }

    static CohortReport compute(StoreReader store, Population population, Window window, ZoneId zone) {
        YearMonth firstMonth = YearMonth.from(window.firstDay(zone));
        YearMonth lastMonth = YearMonth.from(window.lastDay(zone));
        int months = (int) firstMonth.until(lastMonth, ChronoUnit.MONTHS) + 1;
        long[] sizes = new long[months];
        long[][] active = new long[months][];
        long[] customers = {0};
        BitSet seen = new BitSet(months);
        store.forEachCustomer(population, customer -> {
            customers[0]++;
            PurchaseSummary summary = store.scope().purchases().summary(customer.id());
            if (summary.first().isEmpty() || !window.contains(summary.first().get())) {
                return;
            }
            Instant first = summary.first().get();
            int cohort = (int) firstMonth.until(YearMonth.from(first.atZone(zone)), ChronoUnit.MONTHS);
            seen.clear();
            store.purchases(customer.id(), first, window.to(), p ->
                    seen.set((int) firstMonth.until(YearMonth.from(p.occurredAt().atZone(zone)), ChronoUnit.MONTHS) - cohort));
            // The summary and the pages are two reads: a purchase recorded or refunded in between must not make the
            // first month empty, so the first month counts the customer by definition.
            seen.set(0);
            if (active[cohort] == null) {
                active[cohort] = new long[months - cohort];
            }
            sizes[cohort]++;
            for (int k = seen.nextSetBit(0); k >= 0; k = seen.nextSetBit(k + 1)) {
                active[cohort][k]++;
            }
        });
        List<Cohort> cohorts = new ArrayList<>();
        for (int c = 0; c < months; c++) {
            if (sizes[c] == 0) {
                continue;
            }
            List<Long> counts = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            for (long a : active[c]) {
                counts.add(a);
                rates.add((double) a / sizes[c]);
            }
            cohorts.add(new Cohort(firstMonth.plusMonths(c), sizes[c], counts, rates));
        }
        return new CohortReport(window, customers[0], cohorts);
    }
}
