package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How well a transaction model fitted on a calibration period predicts the holdout period that follows it, in the two
 * views of Fader, Hardie &amp; Lee (2005), "'Counting Your Customers' the Easy Way", section 4: repeat transactions
 * in the holdout per calibration frequency (their figure 4, conditional expectations) and the cohort's cumulative
 * repeat transactions week by week across both periods (their figure 2, tracking). Built by {@link
 * HoldoutValidation#validate}.
 *
 * @param model          the model fitted on the calibration period
 * @param calibrationEnd the last day of the calibration period
 * @param holdoutEnd     the last day of the holdout period
 * @param byFrequency    one bucket per calibration frequency 0, 1, ..., with the last bucket holding every higher
 *                       frequency too
 * @param weekly         the cumulative tracking series, week 1 onwards, through the week holding the holdout end
 */
public record HoldoutReport(TransactionModel model, LocalDate calibrationEnd, LocalDate holdoutEnd,
                            List<FrequencyBucket> byFrequency, List<TrackingWeek> weekly) {
    /**
     * Copies the lists.
     *
     * @param model          the model fitted on the calibration period
     * @param calibrationEnd the last day of the calibration period
     * @param holdoutEnd     the last day of the holdout period
     * @param byFrequency    one bucket per calibration frequency 0, 1, ..., with the last bucket holding every higher
     *                       frequency too
     * @param weekly         the cumulative tracking series, week 1 onwards, through the week holding the holdout end
     * @throws ValidationException if the holdout does not end after the calibration
     */
    public HoldoutReport {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(calibrationEnd, "calibrationEnd");
        Objects.requireNonNull(holdoutEnd, "holdoutEnd");
        if (!holdoutEnd.isAfter(calibrationEnd)) {
            throw ValidationException.of("holdoutEnd", holdoutEnd, "must be after the calibration end " + calibrationEnd);
        }
        byFrequency = List.copyOf(byFrequency);
        weekly = List.copyOf(weekly);
    }

    /** {@return the holdout's actual repeat transactions, all buckets together} */
    public long actualHoldoutTransactions() {
        return byFrequency.stream().mapToLong(FrequencyBucket::actualTransactions).sum();
    }

    /** {@return the holdout's predicted repeat transactions, Σ E[Y(t*) | x, t_x, T] over the customers} */
    public double predictedHoldoutTransactions() {
        return byFrequency.stream().mapToDouble(FrequencyBucket::predictedTransactions).sum();
    }

    /**
     * The customers with one calibration frequency x (or, in the last bucket, x and above), their actual repeat
     * transactions in the holdout and the model's conditional expectation E[Y(t*) | x, t_x, T] summed over them, t*
     * being the holdout's length.
     *
     * @param frequency             x, the calibration frequency (the lowest, for the last bucket)
     * @param andAbove              whether the bucket also holds every higher frequency ("7+")
     * @param customers             how many customers have it
     * @param actualTransactions    their repeat transactions (distinct purchase days) in the holdout
     * @param predictedTransactions their summed conditional expectations
     */
    public record FrequencyBucket(int frequency, boolean andAbove, long customers, long actualTransactions,
                                  double predictedTransactions) {
        /**
         * Checks the counts.
         *
         * @param frequency             x, the calibration frequency (the lowest, for the last bucket)
         * @param andAbove              whether the bucket also holds every higher frequency ("7+")
         * @param customers             how many customers have it
         * @param actualTransactions    their repeat transactions (distinct purchase days) in the holdout
         * @param predictedTransactions their summed conditional expectations
         * @throws ValidationException if a count is negative or the prediction is not finite
         */
        public FrequencyBucket {
            if (frequency < 0 || customers < 0 || actualTransactions < 0 || !Double.isFinite(predictedTransactions)) {
                throw ValidationException.of("bucket", frequency, "counts must not be negative, the prediction finite");
            }
        }

        /** {@return the bucket's label: the frequency, with a "+" on the last bucket} */
        public String label() {
            return andAbove ? frequency + "+" : Integer.toString(frequency);
        }

        /** {@return the actual holdout transactions per customer; 0 for an empty bucket} */
        public double actualMean() {
            return customers == 0 ? 0 : (double) actualTransactions / customers;
        }

        /** {@return the predicted holdout transactions per customer; 0 for an empty bucket} */
        public double predictedMean() {
            return customers == 0 ? 0 : predictedTransactions / customers;
        }
    }

    /**
     * The cohort's cumulative repeat transactions from its first day through the end of one week, actual and
     * predicted. The prediction is Σ_i E[X(τ_i)] over the customers, E[X(t)] the model's expected repeat transactions
     * of a new customer within t of the first purchase and τ_i the time from customer i's first purchase day to the
     * week's last day (zero for a customer who has not yet made a first purchase).
     *
     * @param week      1 for the week starting on the cohort's first purchase day, and so on
     * @param lastDay   the week's last day
     * @param actual    the repeat transactions (distinct purchase days after each customer's first) through that day
     * @param predicted the model's expectation of the same
     */
    public record TrackingWeek(int week, LocalDate lastDay, long actual, double predicted) {
        /**
         * Checks the values.
         *
         * @param week      1 for the week starting on the cohort's first purchase day, and so on
         * @param lastDay   the week's last day
         * @param actual    the repeat transactions (distinct purchase days after each customer's first) through that
         *                  day
         * @param predicted the model's expectation of the same
         * @throws ValidationException if the week is below 1, the count is negative or the prediction is not finite
         */
        public TrackingWeek {
            Objects.requireNonNull(lastDay, "lastDay");
            if (week < 1 || actual < 0 || !Double.isFinite(predicted)) {
                throw ValidationException.of("week", week, "must be at least 1, the count not negative, the prediction finite");
            }
        }
    }
}
