package dev.cms.analytics.clv;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct (x, t_x, T) triples of a summary set with their counts, in the model's unit. Customers with the same
 * history contribute the same likelihood term, so fitting evaluates each triple once; on CDNOW the 2,357 customers
 * make 1,016 triples (every one-off buyer of one first-purchase day shares a triple). The distinct T and t_x values
 * are listed too (84 and 257 on CDNOW), so that a likelihood takes ln(α + T) once per value, not once per triple.
 */
final class SummaryTable {
    final int[] x;
    final double[] tx;
    final double[] age;
    final double[] count;
    final int size;
    final double customers;
    /** The distinct ages T, and for each triple the index of its T there. */
    final double[] ages;
    final int[] ageIndex;
    /** The distinct recencies t_x, and for each triple the index of its t_x there. */
    final double[] recencies;
    final int[] recencyIndex;

    private SummaryTable(int[] x, double[] tx, double[] age, double[] count, double customers) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        this.count = count;
        this.size = x.length;
        this.customers = customers;
        this.ageIndex = new int[size];
        this.ages = distinct(age, ageIndex);
        this.recencyIndex = new int[size];
        this.recencies = distinct(tx, recencyIndex);
    }

    /** The distinct values of {@code values}, in first-seen order, writing each value's position to {@code index}. */
    private static double[] distinct(double[] values, int[] index) {
        Map<Double, Integer> positions = new HashMap<>();
        double[] found = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            Integer at = positions.get(values[i]);
            if (at == null) {
                at = positions.size();
                positions.put(values[i], at);
                found[at] = values[i];
            }
            index[i] = at;
        }
        return java.util.Arrays.copyOf(found, positions.size());
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
