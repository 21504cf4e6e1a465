package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;

/**
 * How to fit a model.
 *
 * @param l2Penalty      λ ≥ 0: the fit minimises the mean negative log-likelihood per customer plus λ Σ θ² over the
 *                       model's parameters θ (the {@code penalizer_coef} of the Python library lifetimes); 0 is plain
 *                       maximum likelihood
 * @param maxEvaluations the budget of likelihood evaluations for the search, at least 10
 */
public record FitOptions(double l2Penalty, int maxEvaluations) {
    /** Plain maximum likelihood with a budget of 20,000 evaluations. */
    public static final FitOptions DEFAULT = new FitOptions(0.0, 20_000);

    /**
     * @throws ValidationException if the penalty is negative or not finite, or the budget is below 10
     */
    public FitOptions {
        if (!(l2Penalty >= 0) || Double.isInfinite(l2Penalty)) {
            throw ValidationException.of("l2Penalty", l2Penalty, "must be finite and not negative");
        }
        if (maxEvaluations < 10) {
            throw ValidationException.of("maxEvaluations", maxEvaluations, "must be at least 10");
        }
    }

    /**
     * @param penalty λ
     * @return these options with that L2 penalty
     * @throws ValidationException if the penalty is negative or not finite
     */
    public FitOptions withL2Penalty(double penalty) {
        return new FitOptions(penalty, maxEvaluations);
    }
}
