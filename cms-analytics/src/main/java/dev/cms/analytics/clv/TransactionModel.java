package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * A fitted model of how many transactions customers make and when they silently stop: BG/NBD or Pareto/NBD. Every
 * prediction takes its horizon as a {@link Duration} and accepts summaries in any unit (they are converted to the
 * model's), so weeks and days cannot be confused.
 */
public sealed interface TransactionModel permits BgNbdModel, ParetoNbdModel {
    /** @return the unit the model's rate parameters are expressed in (the unit of the data it was fitted on) */
    ChronoUnit unit();

    /**
     * E[X(t)]: the expected number of repeat transactions of a new customer (one who just made a first purchase) in
     * the time {@code horizon} after it.
     *
     * @param horizon t, not negative
     * @return the expected count
     * @throws ValidationException if the horizon is negative
     */
    double expectedTransactions(Duration horizon);

    /**
     * E[Y(t) | x, t_x, T]: the expected number of transactions in the time {@code horizon} after the end of the
     * calibration period of a customer with this history.
     *
     * @param customer the customer's calibration summary, in any unit
     * @param horizon  t, not negative
     * @return the expected count
     * @throws ValidationException if the horizon is negative
     */
    double expectedTransactions(CustomerSummary customer, Duration horizon);

    /**
     * P(alive | x, t_x, T): the probability that a customer with this history is still active at the end of the
     * calibration period.
     *
     * @param customer the customer's calibration summary, in any unit
     * @return the probability
     */
    double probabilityAlive(CustomerSummary customer);
}
