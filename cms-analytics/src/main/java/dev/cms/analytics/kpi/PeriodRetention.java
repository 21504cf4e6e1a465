package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Churn and retention in one period. A customer is <i>active</i> in a period when they made at least one purchase in
 * it (fully refunded purchases do not count). With A(p) the customers active in period p:
 * <pre>
 *   retained(p)      = |A(p−1) ∩ A(p)|
 *   churned(p)       = |A(p−1) \ A(p)|        = activeBefore − retained
 *   returning(p)     = |A(p) \ A(p−1)|        (new or reactivated customers)
 *   retentionRate(p) = retained(p) / |A(p−1)|
 *   churnRate(p)     = churned(p) / |A(p−1)|  = 1 − retentionRate(p)
 * </pre>
 * The rates are empty when nobody was active in p−1. This is the period retention rate r_t of P. S. Fader and B. G. S.
 * Hardie, "Customer-Base Valuation in a Contractual Setting: The Perils of Ignoring Heterogeneity", Marketing Science
 * 29(1), 2010, with "active in the period" standing in for "holding a contract", as is usual in non-contractual
 * settings.
 *
 * @param period        the first day of the calendar period, in the business zone
 * @param from          where the period starts, clipped to the window
 * @param to            where it ends (exclusive), clipped to the window
 * @param active        |A(p)|
 * @param activeBefore  |A(p−1)|
 * @param retained      active in p−1 and in p
 * @param churned       active in p−1, not in p
 * @param returning     active in p, not in p−1
 * @param retentionRate retained / activeBefore, in [0, 1]
 * @param churnRate     churned / activeBefore, in [0, 1]
 */
public record PeriodRetention(LocalDate period, Instant from, Instant to, long active, long activeBefore, long retained,
                              long churned, long returning, Optional<Double> retentionRate, Optional<Double> churnRate) {
    /**
     * Checks the counts agree.
     *
     * @param period        the first day of the calendar period, in the business zone
     * @param from          where the period starts, clipped to the window
     * @param to            where it ends (exclusive), clipped to the window
     * @param active        |A(p)|
     * @param activeBefore  |A(p−1)|
     * @param retained      active in p−1 and in p
     * @param churned       active in p−1, not in p
     * @param returning     active in p, not in p−1
     * @param retentionRate retained / activeBefore, in [0, 1]
     * @param churnRate     churned / activeBefore, in [0, 1]
     * @throws ValidationException if the counts do not add up
     */
    public PeriodRetention {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(retentionRate, "retentionRate");
        Objects.requireNonNull(churnRate, "churnRate");
        if (retained < 0 || churned < 0 || returning < 0 || retained + churned != activeBefore || retained + returning != active) {
            throw ValidationException.of("retained", retained, "retained + churned must be activeBefore and retained + returning active");
        }
    }

    /** Builds the period from its two activity counts and their overlap. */
    static PeriodRetention of(LocalDate period, Instant from, Instant to, long active, long activeBefore, long retained) {
        Optional<Double> retention = activeBefore == 0 ? Optional.empty() : Optional.of((double) retained / activeBefore);
        Optional<Double> churn = activeBefore == 0 ? Optional.empty()
                : Optional.of((double) (activeBefore - retained) / activeBefore);
        return new PeriodRetention(period, from, to, active, activeBefore, retained, activeBefore - retained,
                active - retained, retention, churn);
    }
}
