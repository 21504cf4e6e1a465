package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Calibration/holdout validation of a transaction model, as in Fader, Hardie &amp; Lee (2005), "'Counting Your
 * Customers' the Easy Way", section 4: the model is fitted on the summaries of a calibration period and its
 * predictions are set against what the same customers did in the holdout period after it.
 *
 * <p>Counting follows {@link CustomerSummaries#fromTransactions}: the cohort is the customers whose first purchase
 * falls in the calibration period; purchases on one day are one transaction; a repeat transaction is a purchase day
 * after the customer's first. Both ends are inclusive: the calibration period runs through {@code calibrationEnd},
 * the holdout from the next day through {@code holdoutEnd}, t* days long. Time is in weeks of 7 days.
 * <ul>
 *   <li>By frequency (FHL 2005, figure 4): for each calibration frequency x = 0, 1, ..., the customers' actual repeat
 *       transactions in the holdout against Σ E[Y(t*) | x, t_x, T], the model's conditional expectation
 *       ({@link TransactionModel#expectedTransactions(CustomerSummary, Duration)}).</li>
 *   <li>Tracking (FHL 2005, figure 2): week k ends on day origin + 7k − 1, origin being the cohort's first purchase
 *       day; the actual value is the cohort's repeat transactions through that day, the prediction
 *       Σ_i E[X(τ_ik)] with E[X(t)] the expected repeat transactions of a new customer
 *       ({@link TransactionModel#expectedTransactions(Duration)}) and τ_ik the days from customer i's first purchase
 *       day to the week's last day (customers not yet acquired count zero).</li>
 * </ul>
 * The weeks run through the one holding {@code holdoutEnd}; a last, partial week ends on {@code holdoutEnd}.
 */
public final class HoldoutValidation {
    /** The last frequency bucket of Fader, Hardie &amp; Lee (2005), figure 4: "7+". */
    public static final int DEFAULT_LAST_BUCKET = 7;

    private HoldoutValidation() {
    }

    /**
     * Fits a model on the calibration period and compares it with the holdout, with frequency buckets 0..6 and 7+.
     *
     * @param transactions   the raw rows of both periods, in any order; rows after {@code holdoutEnd} are ignored
     * @param calibrationEnd the last day of the calibration period
     * @param holdoutEnd     the last day of the holdout period, after the calibration end
     * @param fit            fits the model on the calibration summaries (in weeks), e.g.
     *                       {@code data -> BgNbdModel.fit(data).model()}
     * @param <K>            the type of customer key
     * @return the comparison
     * @throws ValidationException if the holdout does not end after the calibration, no customer made a first purchase
     *                             in the calibration period, or a customer's rows use more than one currency
     */
    public static <K> HoldoutReport validate(Iterable<Transaction<K>> transactions, LocalDate calibrationEnd,
                                             LocalDate holdoutEnd,
                                             Function<? super CustomerSummaries<K>, ? extends TransactionModel> fit) {
        return validate(transactions, calibrationEnd, holdoutEnd, fit, DEFAULT_LAST_BUCKET);
    }

    /**
     * Fits a model on the calibration period and compares it with the holdout.
     *
     * @param transactions   the raw rows of both periods, in any order; rows after {@code holdoutEnd} are ignored
     * @param calibrationEnd the last day of the calibration period
     * @param holdoutEnd     the last day of the holdout period, after the calibration end
     * @param fit            fits the model on the calibration summaries (in weeks)
     * @param lastBucket     the frequency whose bucket also holds every higher one, at least 0
     * @param <K>            the type of customer key
     * @return the comparison
     * @throws ValidationException if the holdout does not end after the calibration, no customer made a first purchase
     *                             in the calibration period, a customer's rows use more than one currency, or the
     *                             last bucket is negative
     */
    public static <K> HoldoutReport validate(Iterable<Transaction<K>> transactions, LocalDate calibrationEnd,
                                             LocalDate holdoutEnd,
                                             Function<? super CustomerSummaries<K>, ? extends TransactionModel> fit,
                                             int lastBucket) {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        Objects.requireNonNull(fit, "fit");
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw ValidationException.of("holdoutEnd", holdoutEnd, "must be after the calibration end " + calibrationEnd);
        }
        if (lastBucket < 0) {
            throw ValidationException.of("lastBucket", lastBucket, "must not be negative");
        }
        CustomerSummaries<K> calibration =
                CustomerSummaries.fromTransactions(transactions, calibrationEnd, ChronoUnit.WEEKS);
        Estimation.requireCustomers(calibration);
        Map<K, NavigableSet<LocalDate>> days = new HashMap<>();
        for (Transaction<K> t : transactions) {
            if (!t.date().isAfter(holdoutEnd) && calibration.asMap().containsKey(t.customer())) {
                days.computeIfAbsent(t.customer(), k -> new TreeSet<>()).add(t.date());
            }
        }
        TransactionModel model = Objects.requireNonNull(fit.apply(calibration), "fitted model");

        Duration holdout = Duration.ofDays(ChronoUnit.DAYS.between(calibrationEnd, holdoutEnd));
        long[] customers = new long[lastBucket + 1];
        long[] actual = new long[lastBucket + 1];
        double[] predicted = new double[lastBucket + 1];
        LocalDate origin = LocalDate.MAX;
        Map<LocalDate, Long> acquiredOn = new TreeMap<>();
        List<LocalDate> repeatDays = new ArrayList<>();
        for (Map.Entry<K, CustomerSummary> e : calibration.asMap().entrySet()) {
            NavigableSet<LocalDate> own = days.get(e.getKey());
            CustomerSummary summary = e.getValue();
            int bucket = Math.min(summary.frequency(), lastBucket);
            customers[bucket]++;
            actual[bucket] += own.tailSet(calibrationEnd, false).size();
            predicted[bucket] += model.expectedTransactions(summary, holdout);
            LocalDate first = own.first();
            origin = first.isBefore(origin) ? first : origin;
            acquiredOn.merge(first, 1L, Long::sum);
            repeatDays.addAll(own.tailSet(first, false));
        }
        List<HoldoutReport.FrequencyBucket> buckets = new ArrayList<>();
        for (int x = 0; x <= lastBucket; x++) {
            buckets.add(new HoldoutReport.FrequencyBucket(x, x == lastBucket, customers[x], actual[x], predicted[x]));
        }
        return new HoldoutReport(model, calibrationEnd, holdoutEnd, buckets,
                tracking(model, origin, holdoutEnd, acquiredOn, repeatDays));
    }

    private static List<HoldoutReport.TrackingWeek> tracking(TransactionModel model, LocalDate origin,
                                                             LocalDate holdoutEnd, Map<LocalDate, Long> acquiredOn,
                                                             List<LocalDate> repeatDays) {
        int weeks = (int) ((ChronoUnit.DAYS.between(origin, holdoutEnd) + 7) / 7);
        long[] repeatsInWeek = new long[weeks];
        for (LocalDate day : repeatDays) {
            repeatsInWeek[(int) (ChronoUnit.DAYS.between(origin, day) / 7)]++;
        }
        List<HoldoutReport.TrackingWeek> series = new ArrayList<>();
        long cumulative = 0;
        for (int k = 1; k <= weeks; k++) {
            LocalDate lastDay = origin.plusDays(7L * k - 1);
            if (lastDay.isAfter(holdoutEnd)) {
                lastDay = holdoutEnd;
            }
            cumulative += repeatsInWeek[k - 1];
            double expected = 0;
            for (Map.Entry<LocalDate, Long> cohort : acquiredOn.entrySet()) {
                long elapsed = ChronoUnit.DAYS.between(cohort.getKey(), lastDay);
                if (elapsed > 0) {
                    expected += cohort.getValue() * model.expectedTransactions(Duration.ofDays(elapsed));
                }
            }
            series.add(new HoldoutReport.TrackingWeek(k, lastDay, cumulative, expected));
        }
        return series;
    }
}
