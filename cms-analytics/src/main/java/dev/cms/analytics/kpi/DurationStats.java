package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Mean, median and 90th percentile of a set of durations, at microsecond precision (the store's). Quantiles interpolate
 * linearly between order statistics, definition 7 of R. J. Hyndman and Y. Fan, "Sample Quantiles in Statistical
 * Packages", The American Statistician 50(4), 1996 (R's default, Excel's PERCENTILE.INC): with the n values sorted
 * x[0] ≤ ... ≤ x[n−1] and h = (n − 1)p, {@code Q(p) = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])}; Q(0.5) is the usual
 * median. All three are empty when the set is empty.
 *
 * @param count  how many durations
 * @param mean   their mean
 * @param median Q(0.5)
 * @param p90    Q(0.9)
 */
public record DurationStats(long count, Optional<Duration> mean, Optional<Duration> median, Optional<Duration> p90) {
    /**
     * Checks the parts agree.
     *
     * @param count  how many durations
     * @param mean   their mean
     * @param median Q(0.5)
     * @param p90    Q(0.9)
     * @throws ValidationException if the statistics are present exactly when the set is empty
     */
    public DurationStats {
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(p90, "p90");
        if (count < 0 || mean.isPresent() != (count > 0) || median.isPresent() != (count > 0) || p90.isPresent() != (count > 0)) {
            throw ValidationException.of("count", count, "mean, median and p90 are present exactly when count > 0");
        }
    }

    /** {@return the statistics of an empty set} */
    static DurationStats empty() {
        return new DurationStats(0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The statistics of durations given in microseconds. */
    static DurationStats ofMicros(LongList micros) {
        int n = micros.size();
        if (n == 0) {
            return empty();
        }
        long[] sorted = micros.sorted();
        return new DurationStats(n, Optional.of(ofMicros(Statistics.mean(sorted, n))),
                Optional.of(ofMicros(Statistics.quantile(sorted, n, 0.5))), Optional.of(ofMicros(Statistics.quantile(sorted, n, 0.9))));
    }

    private static Duration ofMicros(double micros) {
        return Duration.ofNanos(Math.round(micros) * 1000);
    }
}
