package dev.cms.analytics.kpi;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Computes {@link RetentionReport}. One pass over the population; for each customer, the purchases from the baseline
 * period to the window's end are read page by page into a bit per period, which is folded into three counters per
 * period before the next customer. Memory: O(periods), independent of the number of customers.
 */
final class RetentionKpi {
    private RetentionKpi() {
    }

    static RetentionReport compute(StoreReader store, Population population, Window window, PeriodUnit unit, ZoneId zone) {
        Periods periods = Periods.of(window, unit, zone);
        int n = periods.size();
        long[] active = new long[n];
        long[] retained = new long[n];
        long[] customers = {0};
        BitSet seen = new BitSet(n);
        store.forEachCustomer(population, customer -> {
            customers[0]++;
            seen.clear();
            store.purchases(customer.id(), periods.start(), window.to(), purchase -> {
                int i = periods.indexOf(purchase.occurredAt());
                if (i >= 0) {
                    seen.set(i);
                }
            });
            for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
                active[i]++;
                if (i > 0 && seen.get(i - 1)) {
                    retained[i]++;
                }
            }
        });
        List<PeriodRetention> result = new ArrayList<>();
        long churned = 0;
        long before = 0;
        for (int i = 1; i < n; i++) {
            PeriodRetention p = PeriodRetention.of(periods.starts[i], periods.from[i], periods.to[i], active[i],
                    active[i - 1], retained[i]);
            churned += p.churned();
            before += p.activeBefore();
            result.add(p);
        }
        Optional<Double> pooled = before == 0 ? Optional.empty() : Optional.of((double) churned / before);
        return new RetentionReport(window, unit, customers[0], periods.starts[0], active[0], result, pooled);
    }
}
