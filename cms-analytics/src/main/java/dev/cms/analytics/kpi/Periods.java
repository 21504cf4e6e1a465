package dev.cms.analytics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The calendar periods of one unit that overlap a window, in a zone, plus the whole calendar period before the first.
 * Index 0 is that baseline period; 1..n are the window's periods, clipped to it. Finds an instant's period by binary
 * search.
 */
final class Periods {
    /** First day of each calendar period. */
    final LocalDate[] starts;
    /** Where each period starts, clipped to the window (the baseline is not clipped). */
    final Instant[] from;
    /** Where each period ends (exclusive), clipped to the window. */
    final Instant[] to;

    private Periods(LocalDate[] starts, Instant[] from, Instant[] to) {
        this.starts = starts;
        this.from = from;
        this.to = to;
    }

    static Periods of(Window window, PeriodUnit unit, ZoneId zone) {
        LocalDate first = unit.start(window.firstDay(zone));
        LocalDate last = window.lastDay(zone);
        List<LocalDate> starts = new ArrayList<>();
        starts.add(unit.previous(first));
        for (LocalDate d = first; !d.isAfter(last); d = unit.next(d)) {
            starts.add(d);
        }
        int n = starts.size();
        Instant[] from = new Instant[n];
        Instant[] to = new Instant[n];
        from[0] = starts.get(0).atStartOfDay(zone).toInstant();
        to[0] = first.atStartOfDay(zone).toInstant();
        for (int i = 1; i < n; i++) {
            from[i] = i == 1 ? window.from() : starts.get(i).atStartOfDay(zone).toInstant();
            to[i] = i == n - 1 ? window.to() : starts.get(i + 1).atStartOfDay(zone).toInstant();
        }
        return new Periods(starts.toArray(LocalDate[]::new), from, to);
    }

    /** Number of periods, baseline included. */
    int size() {
        return starts.length;
    }

    /** Where the baseline period starts: the earliest instant any period covers. */
    Instant start() {
        return from[0];
    }

    /** The index of the period that holds {@code t}, or −1 if it lies in none of them. */
    int indexOf(Instant t) {
        int i = Arrays.binarySearch(from, t);
        int index = i >= 0 ? i : -i - 2;
        return index >= 0 && t.isBefore(to[index]) ? index : -1;
    }
}
