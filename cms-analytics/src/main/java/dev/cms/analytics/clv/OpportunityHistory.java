package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;

/**
 * A customer's record over discrete transaction opportunities (yearly donation drives, annual events, renewal
 * windows), as the BG/BB model sees it: of n opportunities after the first transaction, x were taken, the last one at
 * opportunity t_x.
 *
 * @param frequency     x, the opportunities taken, 0..n
 * @param recency       t_x, the last opportunity taken, x..n; 0 when x = 0
 * @param opportunities n, the opportunities observed
 */
public record OpportunityHistory(int frequency, int recency, int opportunities) {
    /**
     * @throws ValidationException if n is negative, x is not in 0..n, or t_x is not in x..n (0 when x = 0)
     */
    public OpportunityHistory {
        if (opportunities < 0) {
            throw ValidationException.of("opportunities", opportunities, "must not be negative");
        }
        if (frequency < 0 || frequency > opportunities) {
            throw ValidationException.of("frequency", frequency, "must lie between 0 and " + opportunities);
        }
        if (frequency == 0 ? recency != 0 : recency < frequency || recency > opportunities) {
            throw ValidationException.of("recency", recency,
                    frequency == 0 ? "must be 0 without transactions" : "must lie between " + frequency + " and " + opportunities);
        }
    }
}
