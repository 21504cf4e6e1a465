package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Arrays;
import java.util.Optional;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/** Point estimates, intervals and quantiles the KPIs share. Doubles here are statistics, never money. */
final class Statistics {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private Statistics() {
    }

    static double requireLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw ValidationException.of("confidenceLevel", level, "must lie strictly between 0 and 1, such as 0.95");
        }
        return level;
    }

    /** The two-sided standard normal quantile z with P(|Z| ≤ z) = level. */
    static double z(double level) {
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** NPS from counts of scores 0..10, with the trinomial Wald interval; empty without answers. */
    static Optional<NpsResult> nps(long[] counts, double level) {
        long n = sum(counts);
        if (n == 0) {
            return Optional.empty();
        }
        long promoters = counts[9] + counts[10];
        long passives = counts[7] + counts[8];
        long detractors = n - promoters - passives;
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        double score = 100 * (p - d);
        double variance = Math.max(0, (p + d - (p - d) * (p - d)) / n);
        double half = z(level) * 100 * Math.sqrt(variance);
        return Optional.of(new NpsResult(n, promoters, passives, detractors, score,
                new Interval(Math.max(-100, score - half), Math.min(100, score + half))));
    }

    /** CSAT from counts of scores 0..5 (index 0 unused), with the Wilson interval; empty without answers. */
    static Optional<CsatResult> csat(long[] counts, double level) {
        long n = sum(counts);
        if (n == 0) {
            return Optional.empty();
        }
        long satisfied = counts[4] + counts[5];
        double p = (double) satisfied / n;
        double z = z(level);
        double z2n = z * z / n;
        double centre = (p + z2n / 2) / (1 + z2n);
        double half = z / (1 + z2n) * Math.sqrt(p * (1 - p) / n + z2n / (4.0 * n));
        // The Wilson interval always holds p; at p = 0 or 1 its bound equals p only up to rounding, so it is pinned.
        double lower = Math.min(p, Math.max(0, centre - half));
        double upper = Math.max(p, Math.min(1, centre + half));
        return Optional.of(new CsatResult(n, satisfied, 100 * p, new Interval(100 * lower, 100 * upper)));
    }

    /** CES from counts of scores 0..7 (index 0 unused), with Student's t interval; empty without answers. */
    static Optional<CesResult> ces(long[] counts, double level) {
        long n = sum(counts);
        if (n == 0) {
            return Optional.empty();
        }
        long total = 0;
        for (int s = 1; s < counts.length; s++) {
            total += s * counts[s];
        }
        double mean = (double) total / n;
        if (n == 1) {
            return Optional.of(new CesResult(1, mean, Optional.empty(), Optional.empty()));
        }
        double squares = 0;
        for (int s = 1; s < counts.length; s++) {
            squares += counts[s] * (s - mean) * (s - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        double half = t * sd / Math.sqrt(n);
        return Optional.of(new CesResult(n, mean, Optional.of(sd), Optional.of(new Interval(mean - half, mean + half))));
    }

    /**
     * The p-quantile of sorted values by linear interpolation between order statistics: Hyndman and Fan's definition 7
     * (R's default, numpy's "linear", Excel's PERCENTILE.INC), h = (n − 1)p, Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]).
     * For p = 0.5 it is the usual median (the mean of the two middle values when n is even).
     */
    static double quantile(long[] sorted, int n, double p) {
        double h = (n - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, n - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** The arithmetic mean of the first n values. */
    static double mean(long[] values, int n) {
        return Arrays.stream(values, 0, n).average().orElseThrow();
    }

    static long sum(long[] counts) {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }
}
