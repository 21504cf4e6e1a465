package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;

/**
 * A configurable customer health score from 0 (worst) to 100 (best), measured at the end of a window. It is a weighted
 * mean of four components, each in [0, 1]:
 * <ul>
 *   <li><b>recency</b> {@code = 1 − min(d, H) / H}, with d the days from the customer's last purchase (ever, before the
 *       window's end) to the window's last day and H = {@code recencyHorizonDays}; 0 for a customer who never bought;</li>
 *   <li><b>frequency</b> {@code = min(k, K) / K}, with k the purchases made in the window and K = {@code frequencyTarget};</li>
 *   <li><b>nps</b> {@code = s / 10}, with s the customer's latest NPS answer before the window's end; absent when the
 *       customer never answered, and then left out of the mean (its weight too);</li>
 *   <li><b>tickets</b> {@code = 1 − min(o, L) / L}, with o the customer's tickets open at the window's end and
 *       L = {@code openTicketLimit}.</li>
 * </ul>
 * {@code health = 100 · Σ w_c · c / Σ w_c} over the components present. Fully refunded purchases do not count. This is
 * the usual construction of a customer health score as a weighted sum of normalised usage, relationship and support
 * signals (N. Mehta, D. Steinman and L. Murphy, <i>Customer Success: How Innovative Companies Are Reducing Churn and
 * Growing Recurring Revenue</i>, Wiley 2016); the weights and scales are yours to choose.
 *
 * @param weights            the components' weights
 * @param recencyHorizonDays H: days without a purchase after which recency is 0
 * @param frequencyTarget    K: purchases in the window at which frequency is 1
 * @param openTicketLimit    L: open tickets at which the tickets component is 0
 */
public record HealthModel(HealthWeights weights, int recencyHorizonDays, int frequencyTarget, int openTicketLimit) {
    /**
     * Checks the scales.
     *
     * @param weights            the components' weights
     * @param recencyHorizonDays H: days without a purchase after which recency is 0
     * @param frequencyTarget    K: purchases in the window at which frequency is 1
     * @param openTicketLimit    L: open tickets at which the tickets component is 0
     * @throws ValidationException if a scale is not positive
     */
    public HealthModel {
        Objects.requireNonNull(weights, "weights");
        if (recencyHorizonDays < 1) {
            throw ValidationException.of("recencyHorizonDays", recencyHorizonDays, "must be at least 1");
        }
        if (frequencyTarget < 1) {
            throw ValidationException.of("frequencyTarget", frequencyTarget, "must be at least 1");
        }
        if (openTicketLimit < 1) {
            throw ValidationException.of("openTicketLimit", openTicketLimit, "must be at least 1");
        }
    }

    /**
     * {@return weights recency 0.35, frequency 0.25, NPS 0.25, tickets 0.15; a year's recency horizon; 4 purchases in
     * the window for full frequency; 3 open tickets for a tickets component of 0}
     */
    public static HealthModel defaults() {
        return new HealthModel(new HealthWeights(0.35, 0.25, 0.25, 0.15), 365, 4, 3);
    }

    /**
     * {@return a copy with the weights}
     *
     * @param value new weights
     */
    public HealthModel withWeights(HealthWeights value) {
        return new HealthModel(value, recencyHorizonDays, frequencyTarget, openTicketLimit);
    }

    /**
     * {@return a copy with the scales}
     *
     * @param horizonDays H, days without a purchase after which recency is 0
     * @param target      K, purchases in the window for full frequency
     * @param ticketLimit L, open tickets for a tickets component of 0
     */
    public HealthModel withScales(int horizonDays, int target, int ticketLimit) {
        return new HealthModel(weights, horizonDays, target, ticketLimit);
    }
}
