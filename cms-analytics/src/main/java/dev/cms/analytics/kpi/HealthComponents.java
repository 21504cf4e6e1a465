package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.util.Objects;
import java.util.Optional;

/**
 * The components of one customer's health score, each in [0, 1] (see {@link HealthModel}).
 *
 * @param recency   recency of the last purchase
 * @param frequency purchases in the window against the target
 * @param nps       latest NPS answer / 10, when the customer answered one
 * @param tickets   open tickets against the limit
 */
public record HealthComponents(double recency, double frequency, Optional<Double> nps, double tickets) {
    /**
     * Checks the ranges.
     *
     * @param recency   recency of the last purchase
     * @param frequency purchases in the window against the target
     * @param nps       latest NPS answer / 10, when the customer answered one
     * @param tickets   open tickets against the limit
     * @throws ValidationException if a component is outside [0, 1]
     */
    public HealthComponents {
        Objects.requireNonNull(nps, "nps");
        for (double c : new double[] {recency, frequency, nps.orElse(0.0), tickets}) {
            if (!(c >= 0 && c <= 1)) {
                throw ValidationException.of("components", c, "every component lies in [0, 1]");
            }
        }
    }

    /**
     * {@return the health score, 100 · Σ w·c / Σ w over the components present}
     *
     * @param weights the components' weights
     */
    public double score(HealthWeights weights) {
        double sum = weights.recency() * recency + weights.frequency() * frequency + weights.tickets() * tickets;
        double total = weights.recency() + weights.frequency() + weights.tickets();
        if (nps.isPresent()) {
            sum += weights.nps() * nps.get();
            total += weights.nps();
        }
        return Math.min(100, 100 * sum / total);
    }
}
