package dev.cms.analytics.kpi;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * RFM (recency, frequency, monetary) quintile scores and named segments: the 5-4-3-2-1 quintile coding of A. M.
 * Hughes, <i>Strategic Database Marketing</i> (McGraw-Hill, 1994; 4th ed. 2012), as discussed in P. S. Fader, B. G. S.
 * Hardie and K. L. Lee, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research
 * 42(4), 2005.
 *
 * <p>Scored are the customers of the population with at least one purchase in {@code currency} in the window (fully
 * refunded purchases do not count; purchases in other currencies are left out). For each:
 * <ul>
 *   <li>recency = days from the date of the last purchase to {@code referenceDate}, the window's last day, in the
 *       business zone;</li>
 *   <li>frequency = number of purchases in the window;</li>
 *   <li>monetary = their net value (total minus refunds).</li>
 * </ul>
 * With n scored customers, frequency and monetary scores are {@code 1 + floor(5 · L(v) / n)}, where L(v) is the number
 * of scored customers with a value strictly below v; the recency score is {@code 1 + floor(5 · G(d) / n)}, where G(d)
 * is the number with strictly more days since their last purchase. So the scores are quintiles of the rank, and
 * <b>ties</b> are handled deterministically: customers with equal values share the score of the lowest rank of their
 * group (the "min" rank method of SQL's {@code RANK()}), so they never get different scores. Without ties every score
 * holds ⌊n/5⌋ or ⌈n/5⌉ customers; a group of t tied customers can move up to t customers between neighbouring
 * scores. Higher is better for all three scores. The segment comes from (R, F) by the map of {@link RfmSegment}.
 *
 * <p>Memory: the computation keeps 40 bytes per scored customer (id, recency, frequency, monetary in minor units) and
 * the report holds one {@link RfmScore} per scored customer, ordered by customer id.
 *
 * @param window        the window
 * @param currency      the currency of the monetary values
 * @param referenceDate the day recency is measured to: the window's last day
 * @param customers     customers in the population
 * @param scored        customers with a purchase in the currency in the window
 * @param segments      scored customers per named segment, in the order of {@link RfmSegment}, every segment listed
 * @param scores        one entry per scored customer, ordered by customer id
 */
public record RfmReport(Window window, Currency currency, LocalDate referenceDate, long customers, long scored,
                        List<RfmSegmentCount> segments, List<RfmScore> scores) {
    /**
     * Copies the lists.
     *
     * @param window        the window
     * @param currency      the currency of the monetary values
     * @param referenceDate the day recency is measured to: the window's last day
     * @param customers     customers in the population
     * @param scored        customers with a purchase in the currency in the window
     * @param segments      scored customers per named segment
     * @param scores        one entry per scored customer, ordered by customer id
     */
    public RfmReport {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(referenceDate, "referenceDate");
        segments = List.copyOf(segments);
        scores = List.copyOf(scores);
    }
}
