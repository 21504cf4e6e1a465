package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Computes {@link RfmReport}. Quintiles need the whole distribution, so this is the one KPI that keeps state per
 * customer: 40 bytes per scored customer in primitive arrays (two longs of id, recency in days, frequency, monetary in
 * minor units), about 40 MB per million buyers, plus the report's own list of scores.
 */
final class RfmKpi {
    private RfmKpi() {
    }

    static RfmReport compute(StoreReader store, Population population, Window window, Currency currency, ZoneId zone) {
        LocalDate reference = window.lastDay(zone);
        Columns data = new Columns();
        long[] customers = {0};
        store.forEachCustomer(population, customer -> {
            customers[0]++;
            long[] frequency = {0};
            long[] monetary = {0};
            LocalDate[] last = {null};
            store.purchases(customer.id(), window.from(), window.to(), p -> {
                Money net = p.netTotal();
                if (!net.currency().equals(currency)) {
                    return;
                }
                frequency[0]++;
                try {
                    monetary[0] = Math.addExact(monetary[0], net.amount().unscaledValue().longValueExact());
                } catch (ArithmeticException e) {
                    throw ValidationException.of("monetary", customer.id(), "the net spend exceeds 2^63 minor units of "
                            + currency.getCurrencyCode());
                }
                LocalDate day = LocalDate.ofInstant(p.occurredAt(), zone);
                if (last[0] == null || day.isAfter(last[0])) {
                    last[0] = day;
                }
            });
            if (frequency[0] > 0) {
                data.add(customer.id(), ChronoUnit.DAYS.between(last[0], reference), frequency[0], monetary[0]);
            }
        });

        int n = data.size;
        int[] r = scores(data.recency, n, true);
        int[] f = scores(data.frequency, n, false);
        int[] m = scores(data.monetary, n, false);
        int digits = currency.getDefaultFractionDigits();
        List<RfmScore> scores = new ArrayList<>(n);
        Map<RfmSegment, Long> counts = new EnumMap<>(RfmSegment.class);
        for (int i = 0; i < n; i++) {
            RfmSegment segment = RfmSegment.of(r[i], f[i]);
            counts.merge(segment, 1L, Long::sum);
            scores.add(new RfmScore(new CustomerId(new UUID(data.idHigh[i], data.idLow[i])), data.recency[i], data.frequency[i],
                    new Money(BigDecimal.valueOf(data.monetary[i], digits), currency), r[i], f[i], m[i], segment));
        }
        List<RfmSegmentCount> segments = new ArrayList<>();
        for (RfmSegment s : RfmSegment.values()) {
            long c = counts.getOrDefault(s, 0L);
            segments.add(new RfmSegmentCount(s, c, n == 0 ? 0 : (double) c / n));
        }
        return new RfmReport(window, currency, reference, customers[0], n, segments, scores);
    }

    /**
     * Quintile scores by the "min" rank: {@code 1 + floor(5 · below / n)}, where {@code below} counts the values that
     * are strictly worse (smaller; for recency, where fewer days is better, larger).
     */
    static int[] scores(long[] values, int n, boolean smallerIsBetter) {
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            long worse = smallerIsBetter ? n - upperBound(sorted, values[i]) : lowerBound(sorted, values[i]);
            result[i] = (int) (1 + 5 * worse / n);
        }
        return result;
    }

    /** Index of the first element not less than {@code v}. */
    private static int lowerBound(long[] sorted, long v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element greater than {@code v}. */
    private static int upperBound(long[] sorted, long v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Growable primitive columns, one row per scored customer. */
    private static final class Columns {
        long[] idHigh = new long[64];
        long[] idLow = new long[64];
        long[] recency = new long[64];
        long[] frequency = new long[64];
        long[] monetary = new long[64];
        int size;

        void add(CustomerId id, long recencyDays, long purchases, long minorUnits) {
            if (size == idHigh.length) {
                int capacity = size * 2;
                idHigh = Arrays.copyOf(idHigh, capacity);
                idLow = Arrays.copyOf(idLow, capacity);
                recency = Arrays.copyOf(recency, capacity);
                frequency = Arrays.copyOf(frequency, capacity);
                monetary = Arrays.copyOf(monetary, capacity);
            }
            idHigh[size] = id.value().getMostSignificantBits();
            idLow[size] = id.value().getLeastSignificantBits();
            recency[size] = recencyDays;
            frequency[size] = purchases;
            monetary[size] = minorUnits;
            size++;
        }
    }
}
