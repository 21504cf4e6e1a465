package dev.cms.analytics.clv;

import java.util.Objects;

/**
 * One fitted parameter.
 *
 * @param name          the parameter's name as in its paper (r, alpha, a, b, ...)
 * @param value         the maximum-likelihood (or penalised) estimate
 * @param standardError its standard error from the inverse of the Hessian of the negative log-likelihood (observed
 *                      information; central differences of the analytic gradient, or of the likelihood where there is
 *                      none), by the delta method from log-parameters; NaN when the Hessian is not positive definite
 */
public record ParameterEstimate(String name, double value, double standardError) {
    /**
     * Checks the name is present.
     *
     * @param name          the parameter's name as in its paper (r, alpha, a, b, ...)
     * @param value         the maximum-likelihood (or penalised) estimate
     * @param standardError its standard error from the inverse of the Hessian of the negative log-likelihood (observed
     *                      information; central differences of the analytic gradient, or of the likelihood where there is
     *                      none), by the delta method from log-parameters; NaN when the Hessian is not positive definite
     */
    public ParameterEstimate {
        Objects.requireNonNull(name, "name");
    }
}
