package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;

/**
 * The relative weights of the components of the customer health score ({@link HealthModel}). Only their ratios
 * matter: the score divides by the sum of the weights of the components present.
 *
 * @param recency   weight of the recency component
 * @param frequency weight of the frequency component
 * @param nps       weight of the latest NPS answer
 * @param tickets   weight of the open-tickets component
 */
public record HealthWeights(double recency, double frequency, double nps, double tickets) {
    /**
     * Checks the weights.
     *
     * @param recency   weight of the recency component
     * @param frequency weight of the frequency component
     * @param nps       weight of the latest NPS answer
     * @param tickets   weight of the open-tickets component
     * @throws ValidationException if a weight is negative or not finite, or recency, frequency and tickets are all 0
     */
    public HealthWeights {
        require("recency", recency);
        require("frequency", frequency);
        require("nps", nps);
        require("tickets", tickets);
        if (recency + frequency + tickets == 0) {
            throw ValidationException.of("weights", 0, "recency, frequency and tickets cannot all weigh 0: the score would be "
                    + "undefined for customers without an NPS answer");
        }
    }

    private static void require(String name, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw ValidationException.of("weights." + name, weight, "must be finite and not negative");
        }
    }
}
