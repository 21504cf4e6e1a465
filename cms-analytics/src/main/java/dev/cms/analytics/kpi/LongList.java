package dev.cms.analytics.kpi;

import java.util.Arrays;

/** A growable array of longs: 8 bytes per value, where a {@code List<Long>} would take about 24. */
final class LongList {
    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    /** The values in ascending order (sorts in place). */
    long[] sorted() {
        Arrays.sort(values, 0, size);
        return values;
    }
}
