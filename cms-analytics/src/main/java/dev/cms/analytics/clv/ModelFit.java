package dev.cms.analytics.clv;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A fitted model with what the fit measured.
 *
 * @param model         the model at the estimates, ready for predictions
 * @param parameters    the estimates with standard errors, in the paper's order
 * @param logLikelihood the log-likelihood at the estimates, without any penalty
 * @param customers     how many customers the fit used
 * @param diagnostics   convergence diagnostics
 * @param <M>           the model type
 */
public record ModelFit<M>(M model, List<ParameterEstimate> parameters, double logLikelihood, int customers,
                          FitDiagnostics diagnostics) {
    /** Copies the parameter list. */
    public ModelFit {
        Objects.requireNonNull(model, "model");
        parameters = List.copyOf(parameters);
        Objects.requireNonNull(diagnostics, "diagnostics");
    }

    /**
     * @param name a parameter name such as {@code "alpha"}
     * @return that parameter's estimate
     * @throws NoSuchElementException if the model has no such parameter
     */
    public ParameterEstimate parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no parameter " + name + " in " + parameters));
    }
}
