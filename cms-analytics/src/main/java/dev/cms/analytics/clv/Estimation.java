package dev.cms.analytics.clv;

import dev.cms.analytics.internal.numeric.MaximumLikelihood;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs {@link MaximumLikelihood} and packs its result as a {@link ModelFit}. */
final class Estimation {
    private Estimation() {
    }

    static <M> ModelFit<M> fit(List<String> names, MaximumLikelihood.LogLikelihood logLikelihood, double customers,
                               double[] initial, FitOptions options, Function<double[], M> model) {
        MaximumLikelihood.Result result = MaximumLikelihood.maximise(logLikelihood, customers, initial,
                options.l2Penalty(), options.maxEvaluations());
        double[] theta = result.parameters();
        double[] se = result.standardErrors();
        List<ParameterEstimate> estimates = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            estimates.add(new ParameterEstimate(names.get(i), theta[i], se[i]));
        }
        FitDiagnostics diagnostics = new FitDiagnostics(result.iterations(), result.evaluations(), result.converged(),
                result.gradientNorm(), result.message());
        return new ModelFit<>(model.apply(theta), estimates, result.logLikelihood(), (int) customers, diagnostics);
    }

    static void requirePositive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw dev.cms.core.ValidationException.of(field, value, "must be positive and finite");
        }
    }

    /** A model is fitted to at least one customer. */
    static void requireCustomers(CustomerSummaries<?> data) {
        if (data.size() == 0) {
            throw dev.cms.core.ValidationException.of("data", data, "must hold at least one customer");
        }
    }
}
