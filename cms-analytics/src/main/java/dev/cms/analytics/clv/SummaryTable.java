package dev.cms.analytics.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct (x, t_x, T) triples of a summary set with their counts, in the model's unit. Customers with the same
 * history contribute the same likelihood term, so fitting evaluates each triple once; on CDNOW that halves the work
 * (every one-off buyer of one first-purchase day shares a triple).
 */
final class SummaryTable {
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] count;
    final int size;
    final double customers;

    private SummaryTable(int[] x, double[] tx, double[] age, double[] count, double customers) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.count = count;
        this.size = x.length;
        this.customers = customers;
    }

    private record Key(int x, double tx, double age) {
    }

    static SummaryTable of(List<CustomerSummary> summaries, java.time.temporal.ChronoUnit unit) {
        Map<Key, Integer> counts = new HashMap<>();
        for (CustomerSummary s : summaries) {
            CustomerSummary c = s.in(unit);
            counts.merge(new Key(c.frequency(), c.recency(), c.age()), 1, Integer::sum);
        }
        int n = counts.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        double[] count = new double[n];
        int i = 0;
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            x[i] = e.getKey().x();
            tx[i] = e.getKey().tx();
            age[i] = e.getKey().age();
            count[i] = e.getValue();
            i++;
        }
        return new SummaryTable(x, tx, age, count, summaries.size());
    }

    double meanAge() {
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += count[i] * age[i];
        }
        return sum / customers;
    }

    int maxFrequency() {
        int max = 0;
        for (int v : x) {
            max = Math.max(max, v);
        }
        return max;
    }

    /** Number of customers with each frequency 0..max. */
    double[] countsByFrequency() {
        double[] byX = new double[maxFrequency() + 1];
        for (int i = 0; i < size; i++) {
            byX[x[i]] += count[i];
        }
        return byX;
    }
}
