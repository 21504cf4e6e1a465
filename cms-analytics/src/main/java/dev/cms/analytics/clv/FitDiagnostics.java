package dev.cms.analytics.clv;

import java.util.Objects;

/**
 * How a fit went.
 *
 * @param iterations   the quasi-Newton (BFGS) iterations of a model with an analytic gradient (BG/NBD, Pareto/NBD,
 *                     Gamma-Gamma) plus the Newton steps that polished the optimum; for the others (BG/BB, sBG), whose
 *                     derivative-free BOBYQA search counts evaluations rather than iterations, the Newton steps only
 * @param evaluations  how many times the likelihood (with its gradient, where it has one) was evaluated, the Hessian
 *                     included
 * @param converged    whether the search ended by its own criterion at a point with a vanishing gradient and a
 *                     positive definite Hessian, away from the edge of the search region; estimates of a fit that did
 *                     not converge should not be used
 * @param gradientNorm the norm of the gradient of the mean penalised negative log-likelihood in log-parameters at the
 *                     estimates
 * @param message      a short account of the above
 */
public record FitDiagnostics(int iterations, int evaluations, boolean converged, double gradientNorm, String message) {
    /**
     * Checks the message is present.
     *
     * @param iterations   the quasi-Newton (BFGS) iterations of a model with an analytic gradient (BG/NBD, Pareto/NBD,
     *                     Gamma-Gamma) plus the Newton steps that polished the optimum; for the others (BG/BB, sBG), whose
     *                     derivative-free BOBYQA search counts evaluations rather than iterations, the Newton steps only
     * @param evaluations  how many times the likelihood (with its gradient, where it has one) was evaluated, the Hessian
 *                     included
     * @param converged    whether the search ended by its own criterion at a point with a vanishing gradient and a
     *                     positive definite Hessian, away from the edge of the search region; estimates of a fit that did
     *                     not converge should not be used
     * @param gradientNorm the norm of the gradient of the mean penalised negative log-likelihood in log-parameters at the
     *                     estimates
     * @param message      a short account of the above
     */
    public FitDiagnostics {
        Objects.requireNonNull(message, "message");
    }
}
