package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;

/**
 * Named RFM segments, from the recency score R and the frequency score F. The mapping partitions the 5 × 5 grid of
 * (R, F), so every scored customer gets exactly one segment:
 * <pre>
 *          F=1            F=2                  F=3                  F=4               F=5
 *   R=5    NEW_CUSTOMERS  POTENTIAL_LOYALISTS  POTENTIAL_LOYALISTS  CHAMPIONS         CHAMPIONS
 *   R=4    PROMISING      POTENTIAL_LOYALISTS  POTENTIAL_LOYALISTS  LOYAL_CUSTOMERS   LOYAL_CUSTOMERS
 *   R=3    ABOUT_TO_SLEEP ABOUT_TO_SLEEP       NEED_ATTENTION       LOYAL_CUSTOMERS   LOYAL_CUSTOMERS
 *   R=2    HIBERNATING    HIBERNATING          AT_RISK              AT_RISK           CANNOT_LOSE
 *   R=1    HIBERNATING    HIBERNATING          AT_RISK              AT_RISK           CANNOT_LOSE
 * </pre>
 * This is the widely used "RF segment map" of practitioner RFM analysis (the ten segment names of the R package
 * {@code rfm}, A. Hebbali, {@code rfm_segment}, laid out on the R × F grid so that segments do not overlap, as in
 * the common {@code seg_map} of Python RFM tutorials: {@code [1-2][1-2]} hibernating, {@code [1-2][3-4]} at risk,
 * {@code [1-2]5} can't lose, {@code 3[1-2]} about to sleep, {@code 33} need attention, {@code [3-4][4-5]} loyal,
 * {@code 41} promising, {@code 51} new, {@code [4-5][2-3]} potential loyalists, {@code 5[4-5]} champions). The
 * monetary score does not enter the segment; it is reported with the scores.
 */
public enum RfmSegment {
    /** Bought recently, buy often: R 5, F 4-5. */
    CHAMPIONS,
    /** Buy often, fairly recently: R 3-4, F 4-5. */
    LOYAL_CUSTOMERS,
    /** Recent, average frequency: R 4-5, F 2-3. */
    POTENTIAL_LOYALISTS,
    /** Bought very recently, once so far: R 5, F 1. */
    NEW_CUSTOMERS,
    /** Recent, few purchases: R 4, F 1. */
    PROMISING,
    /** Average recency and frequency: R 3, F 3. */
    NEED_ATTENTION,
    /** Below-average recency, few purchases: R 3, F 1-2. */
    ABOUT_TO_SLEEP,
    /** Used to buy often, long ago: R 1-2, F 3-4. */
    AT_RISK,
    /** Were the most frequent buyers, long ago: R 1-2, F 5. */
    CANNOT_LOSE,
    /** Long ago and seldom: R 1-2, F 1-2. */
    HIBERNATING;

    /**
     * {@return the segment of a recency and a frequency score}
     *
     * @param r recency score, 1 to 5
     * @param f frequency score, 1 to 5
     * @throws ValidationException if a score is outside 1..5
     */
    public static RfmSegment of(int r, int f) {
        if (r < 1 || r > 5) {
            throw ValidationException.of("r", r, "must be between 1 and 5");
        }
        if (f < 1 || f > 5) {
            throw ValidationException.of("f", f, "must be between 1 and 5");
        }
        if (r <= 2) {
            return f <= 2 ? HIBERNATING : f <= 4 ? AT_RISK : CANNOT_LOSE;
        }
        if (r == 3) {
            return f <= 2 ? ABOUT_TO_SLEEP : f == 3 ? NEED_ATTENTION : LOYAL_CUSTOMERS;
        }
        if (f >= 4) {
            return r == 5 ? CHAMPIONS : LOYAL_CUSTOMERS;
        }
        if (f >= 2) {
            return POTENTIAL_LOYALISTS;
        }
        return r == 5 ? NEW_CUSTOMERS : PROMISING;
    }
}
