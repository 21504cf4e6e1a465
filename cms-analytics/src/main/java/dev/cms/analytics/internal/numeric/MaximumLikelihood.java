package dev.cms.analytics.internal.numeric;

import java.util.Arrays;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum-likelihood estimation of strictly positive parameters θ, searched as u = ln θ so that no bound is needed.
 *
 * <p>The objective minimised is f(u) = −LL(e^u)/W + λ Σ e^{2u_i}: the mean negative log-likelihood per unit of weight W
 * (one per customer) plus an optional L2 penalty λ Σ θ², the same scaling as {@code penalizer_coef} in the Python
 * library {@code lifetimes}, so a penalty means the same in both.
 *
 * <p>Two searches, by what the likelihood offers:
 * <ul>
 *   <li>a {@link DifferentiableLogLikelihood} (analytic gradient) is minimised by BFGS with a strong-Wolfe line search
 *       ({@link Bfgs}); the Hessian is then the central difference of the analytic gradient, 2n gradient
 *       evaluations, accurate to O(h²);</li>
 *   <li>a plain {@link LogLikelihood} by Hipparchus' BOBYQA (Powell 2009, a derivative-free trust-region method on
 *       quadratic models) to about 1e-6 in ln θ; the gradient and Hessian are then central differences of the
 *       value.</li>
 * </ul>
 * Either way Newton steps with that Hessian polish the optimum until the gradient vanishes to rounding level, and the
 * standard errors come from the inverse of the Hessian of the penalised total objective W·f (the observed
 * information), carried from u to θ by the delta method, se(θ_i) = θ_i · sqrt([H⁻¹]_ii).
 */
public final class MaximumLikelihood {
    /** Largest distance, in ln θ, that the search may move from the initial guess. */
    private static final double SEARCH_BOX = 25.0;
    /** Step of the central differences of the value in ln θ. */
    private static final double STEP = 1e-4;
    /** Step of the central differences of an analytic gradient in ln θ. */
    private static final double GRADIENT_STEP = 1e-5;
    /** Gradient norm of f (per unit weight) below which the optimum counts as reached. */
    static final double GRADIENT_TOLERANCE = 1e-6;
    private static final int NEWTON_STEPS = 8;
    /** Relative size of the objective's rounding error, below which two values cannot be ranked. */
    private static final double ROUNDING = 1e-14;

    private MaximumLikelihood() {
    }

    /** A total log-likelihood over the data, as a function of the natural (positive) parameters. */
    @FunctionalInterface
    public interface LogLikelihood {
        /**
         * @param parameters the natural parameters, all positive
         * @return the total log-likelihood; NaN or −∞ where the model is not defined
         */
        double at(double[] parameters);
    }

    /** A total log-likelihood that also gives its gradient in the natural parameters. */
    public interface DifferentiableLogLikelihood extends LogLikelihood {
        /**
         * Evaluates the log-likelihood and its gradient.
         *
         * @param parameters the natural parameters, all positive
         * @param gradient   receives ∂LL/∂θ_i, one entry per parameter, when the value is finite
         * @return the total log-likelihood; NaN or −∞ where the model is not defined
         */
        double at(double[] parameters, double[] gradient);

        @Override
        default double at(double[] parameters) {
            return at(parameters, new double[parameters.length]);
        }
    }

    /**
     * The outcome of a fit.
     *
     * @param parameters      the estimates θ
     * @param logLikelihood   LL at the estimates, without the penalty
     * @param standardErrors  se(θ_i), NaN where the Hessian was not positive definite
     * @param iterations      BFGS iterations (none for BOBYQA, which counts only evaluations) plus the Newton steps
     *                        that polished the optimum
     * @param evaluations     log-likelihood evaluations in all
     * @param converged       whether the search ended by its own criterion with a vanishing gradient, a positive
     *                        definite Hessian and no estimate at the edge of the search box
     * @param gradientNorm    Euclidean norm of the gradient of f in ln θ at the estimates
     * @param message         why the fit is or is not converged
     */
    public record Result(double[] parameters, double logLikelihood, double[] standardErrors, int iterations,
                         int evaluations, boolean converged, double gradientNorm, String message) {
        /** Copies the arrays. */
        public Result {
            parameters = parameters.clone();
            standardErrors = standardErrors.clone();
        }

        @Override
        public double[] parameters() {
            return parameters.clone();
        }

        @Override
        public double[] standardErrors() {
            return standardErrors.clone();
        }
    }

    /**
     * Maximises a log-likelihood.
     *
     * @param logLikelihood  LL(θ)
     * @param weight         W, the number of customers (or the summed weights), at least 1
     * @param initial        the starting θ, all positive and finite
     * @param l2Penalty      λ ≥ 0
     * @param maxEvaluations budget of the search (BFGS or BOBYQA)
     * @return the estimates with their diagnostics
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Result maximise(LogLikelihood logLikelihood, double weight, double[] initial, double l2Penalty,
                                  int maxEvaluations) {
        if (!(weight >= 1.0) || !(l2Penalty >= 0.0) || maxEvaluations < 1) {
            throw new IllegalArgumentException("weight must be >= 1, l2Penalty >= 0 and maxEvaluations >= 1");
        }
        int n = initial.length;
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(initial[i] > 0.0) || Double.isInfinite(initial[i])) {
                throw new IllegalArgumentException("initial parameter " + i + " must be positive: " + initial[i]);
            }
            start[i] = Math.log(initial[i]);
        }
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < n; i++) {
            lower[i] = start[i] - SEARCH_BOX;
            upper[i] = start[i] + SEARCH_BOX;
        }

        Curvature f;
        double[] u;
        int iterations;
        boolean searchFinished;
        String message;
        Derivatives d;
        if (logLikelihood instanceof DifferentiableLogLikelihood differentiable) {
            GradientObjective g = new GradientObjective(differentiable, weight, l2Penalty);
            f = g;
            Bfgs.Outcome outcome = Bfgs.minimise(g::value, start, lower, upper, GRADIENT_TOLERANCE * 1e-3,
                    maxEvaluations);
            u = outcome.point();
            iterations = outcome.iterations();
            searchFinished = outcome.finished();
            message = outcome.message();
            d = g.derivatives(u, outcome.gradient());
        } else {
            Objective objective = new Objective(logLikelihood, weight, l2Penalty);
            f = objective;
            // BOBYQA needs at least two dimensions; a one-parameter model starts Newton from the guess.
            if (n >= 2) {
                BOBYQAOptimizer optimizer = new BOBYQAOptimizer(2 * n + 1, 0.5, 1e-6);
                PointValuePair best;
                try {
                    best = optimizer.optimize(new MaxEval(maxEvaluations), new ObjectiveFunction(objective::value),
                            GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper));
                    searchFinished = true;
                    message = "BOBYQA reached its trust-region radius";
                } catch (MathIllegalStateException e) {
                    best = objective.best();
                    searchFinished = false;
                    message = "BOBYQA stopped: " + e.getMessage();
                }
                u = best.getPoint();
            } else {
                u = start.clone();
                searchFinished = true;
                message = "one parameter: Newton from the initial guess";
            }
            iterations = 0;
            d = f.derivatives(u);
        }

        // Newton polish with the Hessian, which also gives the standard errors. Where the values differ only by
        // rounding, a step that does not raise the value by more than that is taken.
        RealMatrix hessian = d.hessian();
        double[] gradient = d.gradient();
        double current = f.value(u);
        for (int step = 0; step < NEWTON_STEPS && norm(gradient) > GRADIENT_TOLERANCE * 1e-3; step++) {
            double[] delta = newtonStep(hessian, gradient);
            if (delta == null) {
                break;
            }
            double[] next = u.clone();
            double[] nextGradient = new double[n];
            double scale = 1.0;
            double value = Double.NaN;
            boolean improved = false;
            for (int halving = 0; halving < 20; halving++) {
                for (int i = 0; i < n; i++) {
                    next[i] = Math.max(lower[i], Math.min(upper[i], u[i] - scale * delta[i]));
                }
                value = f.value(next, nextGradient);
                if (value <= current + ROUNDING * (1 + Math.abs(current))) {
                    improved = true;
                    break;
                }
                scale /= 2;
            }
            if (!improved) {
                break;
            }
            u = next;
            current = value;
            iterations++;
            if (f instanceof GradientObjective) {
                // The step is tiny; the Hessian at its start serves for the next step and the standard errors.
                gradient = nextGradient;
            } else {
                d = f.derivatives(u);
                hessian = d.hessian();
                gradient = d.gradient();
            }
        }

        double gradientNorm = norm(gradient);
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = Math.exp(u[i]);
        }
        double[] se = new double[n];
        Arrays.fill(se, Double.NaN);
        boolean positiveDefinite;
        try {
            DecompositionSolver solver = new CholeskyDecomposition(hessian.scalarMultiply(weight), 1e-14, 1e-14)
                    .getSolver();
            RealMatrix covariance = solver.getInverse();
            for (int i = 0; i < n; i++) {
                se[i] = theta[i] * Math.sqrt(covariance.getEntry(i, i));
            }
            positiveDefinite = true;
        } catch (MathIllegalArgumentException e) {
            positiveDefinite = false;
        }
        boolean atEdge = false;
        for (int i = 0; i < n; i++) {
            atEdge |= u[i] - lower[i] < 1e-3 || upper[i] - u[i] < 1e-3;
        }
        boolean converged = searchFinished && positiveDefinite && !atEdge && gradientNorm < GRADIENT_TOLERANCE;
        if (!positiveDefinite) {
            message += "; the Hessian is not positive definite (no standard errors)";
        }
        if (atEdge) {
            message += "; an estimate is at the edge of the search box (e^" + SEARCH_BOX + " from the start)";
        }
        if (gradientNorm >= GRADIENT_TOLERANCE) {
            message += "; gradient norm " + gradientNorm + " above " + GRADIENT_TOLERANCE;
        }
        double ll = logLikelihood.at(theta);
        return new Result(theta, ll, se, iterations, f.evaluations() + 1, converged, gradientNorm, message);
    }

    private static double[] newtonStep(RealMatrix hessian, double[] gradient) {
        try {
            return new CholeskyDecomposition(hessian, 1e-14, 1e-14).getSolver()
                    .solve(MatrixUtils.createRealVector(gradient)).toArray();
        } catch (MathIllegalArgumentException e) {
            return null;
        }
    }

    /** A gradient and Hessian of f at one point. */
    private record Derivatives(double[] gradient, RealMatrix hessian) {
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** What the Newton polish needs of an objective. */
    private interface Curvature {
        double value(double[] u);

        /** The value, and the gradient where it is cheap (an analytic one); the value-only objective leaves it. */
        double value(double[] u, double[] gradient);

        Derivatives derivatives(double[] u);

        int evaluations();
    }

    /** f(u) with an evaluation count and the best point seen, for a search that runs out of budget. */
    private static final class Objective implements Curvature {
        private final LogLikelihood logLikelihood;
        private final double weight;
        private final double l2Penalty;
        private int evaluations;
        private double bestValue = Double.POSITIVE_INFINITY;
        private double[] bestPoint;

        Objective(LogLikelihood logLikelihood, double weight, double l2Penalty) {
            this.logLikelihood = logLikelihood;
            this.weight = weight;
            this.l2Penalty = l2Penalty;
        }

        @Override
        public int evaluations() {
            return evaluations;
        }

        @Override
        public double value(double[] u) {
            evaluations++;
            double[] theta = new double[u.length];
            double penalty = 0;
            for (int i = 0; i < u.length; i++) {
                theta[i] = Math.exp(u[i]);
                penalty += theta[i] * theta[i];
            }
            double ll = logLikelihood.at(theta);
            // Outside the model's domain (or where the likelihood underflows) the search is pushed back.
            double value = Double.isNaN(ll) || ll == Double.NEGATIVE_INFINITY ? 1e100 : -ll / weight + l2Penalty * penalty;
            if (value < bestValue) {
                bestValue = value;
                bestPoint = u.clone();
            }
            return value;
        }

        @Override
        public double value(double[] u, double[] gradient) {
            return value(u);
        }

        PointValuePair best() {
            return new PointValuePair(bestPoint, bestValue);
        }

        /**
         * Central differences from 1 + 2n + n(n−1) evaluations: the gradient and the diagonal from f(u ± h e_i), each
         * off-diagonal entry from f(u + h e_i + h e_j) and f(u − h e_i − h e_j) as
         * [f(++) + f(−−) − f(+i) − f(−i) − f(+j) − f(−j) + 2f(u)] / (2h²); all are accurate to O(h²).
         */
        @Override
        public Derivatives derivatives(double[] u) {
            int n = u.length;
            double centre = value(u);
            double[] plus = new double[n];
            double[] minus = new double[n];
            double[] gradient = new double[n];
            RealMatrix h = MatrixUtils.createRealMatrix(n, n);
            double[] p = u.clone();
            for (int i = 0; i < n; i++) {
                p[i] = u[i] + STEP;
                plus[i] = value(p);
                p[i] = u[i] - STEP;
                minus[i] = value(p);
                p[i] = u[i];
                gradient[i] = (plus[i] - minus[i]) / (2 * STEP);
                h.setEntry(i, i, (plus[i] - 2 * centre + minus[i]) / (STEP * STEP));
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    p[i] = u[i] + STEP;
                    p[j] = u[j] + STEP;
                    double pp = value(p);
                    p[i] = u[i] - STEP;
                    p[j] = u[j] - STEP;
                    double mm = value(p);
                    p[i] = u[i];
                    p[j] = u[j];
                    double hij = (pp + mm - plus[i] - minus[i] - plus[j] - minus[j] + 2 * centre) / (2 * STEP * STEP);
                    h.setEntry(i, j, hij);
                    h.setEntry(j, i, hij);
                }
            }
            return new Derivatives(gradient, h);
        }

    }

    /**
     * f(u) and its gradient ∂f/∂u_i = −θ_i (∂LL/∂θ_i)/W + 2λθ_i² from an analytic log-likelihood gradient; +∞ outside
     * the model's domain.
     */
    private static final class GradientObjective implements Curvature {
        private final DifferentiableLogLikelihood logLikelihood;
        private final double weight;
        private final double l2Penalty;
        private int evaluations;

        GradientObjective(DifferentiableLogLikelihood logLikelihood, double weight, double l2Penalty) {
            this.logLikelihood = logLikelihood;
            this.weight = weight;
            this.l2Penalty = l2Penalty;
        }

        @Override
        public int evaluations() {
            return evaluations;
        }

        @Override
        public double value(double[] u) {
            return value(u, new double[u.length]);
        }

        @Override
        public double value(double[] u, double[] gradient) {
            evaluations++;
            int n = u.length;
            double[] theta = new double[n];
            double penalty = 0;
            for (int i = 0; i < n; i++) {
                theta[i] = Math.exp(u[i]);
                penalty += theta[i] * theta[i];
            }
            double[] dTheta = new double[n];
            double ll = logLikelihood.at(theta, dTheta);
            if (!Double.isFinite(ll)) {
                return Double.POSITIVE_INFINITY;
            }
            for (int i = 0; i < n; i++) {
                gradient[i] = -theta[i] * dTheta[i] / weight + 2 * l2Penalty * theta[i] * theta[i];
            }
            return -ll / weight + l2Penalty * penalty;
        }

        @Override
        public Derivatives derivatives(double[] u) {
            double[] gradient = new double[u.length];
            value(u, gradient);
            return derivatives(u, gradient);
        }

        /**
         * The Hessian as central differences of the gradient, H_ij = [g_i(u + h e_j) − g_i(u − h e_j)] / 2h,
         * symmetrised; 2n evaluations, accurate to O(h²).
         */
        Derivatives derivatives(double[] u, double[] gradient) {
            int n = u.length;
            double[][] columns = new double[n][];
            double[] p = u.clone();
            double[] plus = new double[n];
            double[] minus = new double[n];
            for (int j = 0; j < n; j++) {
                p[j] = u[j] + GRADIENT_STEP;
                value(p, plus);
                p[j] = u[j] - GRADIENT_STEP;
                value(p, minus);
                p[j] = u[j];
                columns[j] = new double[n];
                for (int i = 0; i < n; i++) {
                    columns[j][i] = (plus[i] - minus[i]) / (2 * GRADIENT_STEP);
                }
            }
            RealMatrix h = MatrixUtils.createRealMatrix(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    h.setEntry(i, j, (columns[j][i] + columns[i][j]) / 2);
                }
            }
            return new Derivatives(gradient.clone(), h);
        }
    }
}
