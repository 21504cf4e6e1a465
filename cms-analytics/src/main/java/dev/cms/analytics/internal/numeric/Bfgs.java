package dev.cms.analytics.internal.numeric;

/**
 * Unconstrained minimisation of a smooth function with its gradient inside a box that only bounds the search: the
 * BFGS quasi-Newton method with a line search that satisfies the strong Wolfe conditions (Nocedal &amp; Wright,
 * <i>Numerical Optimization</i>, 2nd ed., 2006: algorithm 6.1 for the inverse-Hessian update with the initial scaling
 * (6.20), algorithms 3.5 and 3.6 for the line search with safeguarded cubic interpolation (3.59)).
 *
 * <p>Where the function is not finite (outside a model's domain, or where the likelihood underflows) a trial step is
 * treated as too long and shortened. A step never leaves the box. The search stops when the gradient norm is at most
 * the tolerance, when a line search can no longer lower the function (the rounding level is reached), or when the
 * evaluation budget is spent.
 */
final class Bfgs {
    /** Sufficient decrease (Armijo) constant. */
    private static final double C1 = 1e-4;
    /** Curvature constant; 0.9 is the usual choice for quasi-Newton methods. */
    private static final double C2 = 0.9;
    /** Longest first trial step, in the units of the variables (log-parameters for the likelihoods). */
    private static final double MAX_STEP = 5.0;
    private static final int MAX_LINE_SEARCH = 30;
    /** Relative size of the objective's rounding error (a few ulps of a sum over customers). */
    private static final double ROUNDING = 1e-14;

    private Bfgs() {
    }

    /** A function with its gradient. */
    @FunctionalInterface
    interface Objective {
        /**
         * @param x        the point
         * @param gradient receives the gradient at x when the value is finite
         * @return the value; not finite outside the function's domain
         */
        double value(double[] x, double[] gradient);
    }

    /**
     * Where the search ended.
     *
     * @param point         the best point found
     * @param value         the function there
     * @param gradient      its gradient there
     * @param iterations    quasi-Newton iterations done
     * @param evaluations   function-and-gradient evaluations done
     * @param finished      whether the search ended by its own criterion rather than by the budget
     * @param message       why it ended
     */
    record Outcome(double[] point, double value, double[] gradient, int iterations, int evaluations, boolean finished,
                   String message) {
    }

    static Outcome minimise(Objective f, double[] start, double[] lower, double[] upper, double gradientTolerance,
                            int maxEvaluations) {
        Search search = new Search(f, lower, upper, maxEvaluations);
        return search.run(start, gradientTolerance);
    }

    private static final class Search {
        private final Objective f;
        private final double[] lower;
        private final double[] upper;
        private final int maxEvaluations;
        private final int n;
        private int evaluations;

        // The accepted trial of the last line search.
        private double trialValue;
        private double[] trialGradient;
        private double trialStep;

        Search(Objective f, double[] lower, double[] upper, int maxEvaluations) {
            this.f = f;
            this.lower = lower;
            this.upper = upper;
            this.maxEvaluations = maxEvaluations;
            this.n = lower.length;
        }

        Outcome run(double[] start, double gradientTolerance) {
            double[] x = start.clone();
            double[] g = new double[n];
            double fx = evaluate(x, g);
            if (!Double.isFinite(fx)) {
                return new Outcome(x, fx, g, 0, evaluations, false, "the objective is not finite at the start");
            }
            double[][] h = identity(n);
            boolean fresh = true;
            int iterations = 0;
            double[] p = new double[n];
            double[] next = new double[n];
            while (true) {
                if (norm(g) <= gradientTolerance) {
                    return new Outcome(x, fx, g, iterations, evaluations, true,
                            "BFGS: gradient norm below " + gradientTolerance);
                }
                if (evaluations >= maxEvaluations) {
                    return new Outcome(x, fx, g, iterations, evaluations, false,
                            "BFGS: evaluation budget of " + maxEvaluations + " spent");
                }
                multiply(h, g, p);
                double slope = 0;
                for (int i = 0; i < n; i++) {
                    p[i] = -p[i];
                    // At the box, a direction that would leave it is cut to its component along the box's face.
                    if ((x[i] <= lower[i] && p[i] < 0) || (x[i] >= upper[i] && p[i] > 0)) {
                        p[i] = 0;
                    }
                    slope += p[i] * g[i];
                }
                if (!(slope < 0)) {
                    h = identity(n);
                    fresh = true;
                    slope = 0;
                    for (int i = 0; i < n; i++) {
                        boolean outward = (x[i] <= lower[i] && g[i] > 0) || (x[i] >= upper[i] && g[i] < 0);
                        p[i] = outward ? 0 : -g[i];
                        slope -= p[i] * g[i];
                    }
                    if (!(slope < 0)) {
                        return new Outcome(x, fx, g, iterations, evaluations, true,
                                "BFGS: stopped at the edge of the search box");
                    }
                }
                if (-slope <= ROUNDING * (1 + Math.abs(fx))) {
                    // The decrease the quadratic model predicts is below the rounding level of f: nothing more to gain
                    // from values; the caller's Newton polish works on the gradient alone.
                    return new Outcome(x, fx, g, iterations, evaluations, true,
                            "BFGS: predicted decrease below the rounding level of the objective");
                }
                double longest = maxStepInBox(x, p);
                double first = Math.min(1.0, MAX_STEP / normInf(p));
                if (!lineSearch(x, fx, slope, norm(g), p, Math.min(first, longest), longest, next)) {
                    if (!fresh && norm(g) > 1e3 * gradientTolerance) {
                        // The curvature model is stale: start it again along the steepest descent.
                        h = identity(n);
                        fresh = true;
                        continue;
                    }
                    return new Outcome(x, fx, g, iterations, evaluations, evaluations < maxEvaluations,
                            "BFGS: no further decrease along the gradient (rounding level reached)");
                }
                double[] s = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    s[i] = trialStep * p[i];
                    y[i] = trialGradient[i] - g[i];
                }
                double sy = dot(s, y);
                if (sy > 1e-300 && sy > 1e-12 * norm(s) * norm(y)) {
                    if (fresh) {
                        double scale = sy / dot(y, y);
                        for (int i = 0; i < n; i++) {
                            h[i][i] = scale;
                        }
                        fresh = false;
                    }
                    update(h, s, y, 1.0 / sy);
                }
                System.arraycopy(next, 0, x, 0, n);
                fx = trialValue;
                System.arraycopy(trialGradient, 0, g, 0, n);
                iterations++;
            }
        }

        /**
         * Algorithm 3.5: finds a step along p from x meeting the strong Wolfe conditions (or, at the box, the
         * sufficient-decrease condition alone; or, where the values differ only by rounding, a full step that lowers
         * the gradient norm); leaves the point in {@code next} and its value, gradient and step in
         * the trial fields. Returns false if no step lowers the function.
         */
        private boolean lineSearch(double[] x, double f0, double slope0, double gradientNorm0, double[] p,
                                   double initial, double longest, double[] next) {
            double previousStep = 0;
            double previousValue = f0;
            double previousSlope = slope0;
            double step = initial;
            double[] gradient = new double[n];
            for (int i = 0; i < MAX_LINE_SEARCH && evaluations < maxEvaluations; i++) {
                double value = at(x, p, step, next, gradient);
                double slope = Double.isFinite(value) ? dot(gradient, p) : Double.NaN;
                if (i == 0 && Double.isFinite(value) && Math.abs(value - f0) <= ROUNDING * (1 + Math.abs(f0))
                        && norm(gradient) < gradientNorm0) {
                    // Near the optimum the values differ only by rounding and cannot rank the points; the
                    // gradient can, and the full quasi-Newton step shrank it.
                    return accept(value, gradient, step);
                }
                if (!Double.isFinite(value) || value > f0 + C1 * step * slope0 || (i > 0 && value >= previousValue)) {
                    return zoom(x, f0, slope0, p, previousStep, previousValue, previousSlope, step, value, slope,
                            next);
                }
                if (Math.abs(slope) <= -C2 * slope0) {
                    return accept(value, gradient, step);
                }
                if (slope >= 0) {
                    return zoom(x, f0, slope0, p, step, value, slope, previousStep, previousValue, previousSlope,
                            next);
                }
                if (step >= longest) {
                    // Still descending at the edge of the box: take the edge.
                    return accept(value, gradient, step);
                }
                previousStep = step;
                previousValue = value;
                previousSlope = slope;
                step = Math.min(2 * step, longest);
            }
            return false;
        }

        /** Algorithm 3.6: narrows [lo, hi], which brackets an acceptable step, with safeguarded cubic steps. */
        private boolean zoom(double[] x, double f0, double slope0, double[] p, double lo, double valueLo,
                             double slopeLo, double hi, double valueHi, double slopeHi, double[] next) {
            double[] gradient = new double[n];
            double bestStep = 0;
            double bestValue = f0;
            double[] bestGradient = null;
            for (int i = 0; i < MAX_LINE_SEARCH && evaluations < maxEvaluations; i++) {
                double step = interpolate(lo, valueLo, slopeLo, hi, valueHi, slopeHi);
                if (step == lo || step == hi) {
                    break;
                }
                double value = at(x, p, step, next, gradient);
                double slope = Double.isFinite(value) ? dot(gradient, p) : Double.NaN;
                if (!Double.isFinite(value) || value > f0 + C1 * step * slope0 || value >= valueLo) {
                    hi = step;
                    valueHi = value;
                    slopeHi = slope;
                } else {
                    if (value < bestValue) {
                        bestStep = step;
                        bestValue = value;
                        bestGradient = gradient.clone();
                    }
                    if (Math.abs(slope) <= -C2 * slope0) {
                        return accept(value, gradient, step);
                    }
                    if (slope * (hi - lo) >= 0) {
                        hi = lo;
                        valueHi = valueLo;
                        slopeHi = slopeLo;
                    }
                    lo = step;
                    valueLo = value;
                    slopeLo = slope;
                }
            }
            if (bestGradient != null) {
                // The curvature condition was not met, but the step lowers the function enough: take it.
                pointAt(x, p, bestStep, next);
                return accept(bestValue, bestGradient, bestStep);
            }
            if (lo > 0 && valueLo < f0 && evaluations < maxEvaluations) {
                // The bracket's low end came from the first phase and lowers the function enough.
                double value = at(x, p, lo, next, gradient);
                if (value == valueLo) {
                    return accept(value, gradient, lo);
                }
            }
            return false;
        }

        /**
         * The minimiser of the cubic through (lo, valueLo, slopeLo) and (hi, valueHi, slopeHi), N&amp;W (3.59), kept
         * within the middle 80% of the interval; bisection when the cubic is not usable (a non-finite end).
         */
        private static double interpolate(double lo, double valueLo, double slopeLo, double hi, double valueHi,
                                          double slopeHi) {
            double width = hi - lo;
            double low = Math.min(lo, hi) + 0.1 * Math.abs(width);
            double high = Math.max(lo, hi) - 0.1 * Math.abs(width);
            double candidate = lo + width / 2;
            if (Double.isFinite(valueHi) && Double.isFinite(slopeHi) && Double.isFinite(slopeLo)) {
                double d1 = slopeLo + slopeHi - 3 * (valueLo - valueHi) / (lo - hi);
                double radicand = d1 * d1 - slopeLo * slopeHi;
                if (radicand >= 0) {
                    double d2 = Math.signum(hi - lo) * Math.sqrt(radicand);
                    double cubic = hi - (hi - lo) * (slopeHi + d2 - d1) / (slopeHi - slopeLo + 2 * d2);
                    if (Double.isFinite(cubic)) {
                        candidate = cubic;
                    }
                }
            }
            return Math.max(low, Math.min(high, candidate));
        }

        private boolean accept(double value, double[] gradient, double step) {
            trialValue = value;
            trialGradient = gradient.clone();
            trialStep = step;
            return true;
        }

        private double at(double[] x, double[] p, double step, double[] next, double[] gradient) {
            pointAt(x, p, step, next);
            return evaluate(next, gradient);
        }

        private void pointAt(double[] x, double[] p, double step, double[] next) {
            for (int i = 0; i < n; i++) {
                next[i] = Math.max(lower[i], Math.min(upper[i], x[i] + step * p[i]));
            }
        }

        private double evaluate(double[] x, double[] gradient) {
            evaluations++;
            double value = f.value(x, gradient);
            return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
        }

        /** The longest step along p that stays in the box. */
        private double maxStepInBox(double[] x, double[] p) {
            double longest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (p[i] > 0) {
                    longest = Math.min(longest, (upper[i] - x[i]) / p[i]);
                } else if (p[i] < 0) {
                    longest = Math.min(longest, (lower[i] - x[i]) / p[i]);
                }
            }
            return longest;
        }
    }

    /** H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, N&amp;W (6.17), in the expanded form that needs only H y. */
    private static void update(double[][] h, double[] s, double[] y, double rho) {
        int n = s.length;
        double[] hy = new double[n];
        multiply(h, y, hy);
        double yhy = dot(y, hy);
        double factor = rho * (1 + rho * yhy);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                h[i][j] += factor * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
            }
        }
    }

    private static double[][] identity(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            m[i][i] = 1.0;
        }
        return m;
    }

    private static void multiply(double[][] m, double[] v, double[] out) {
        for (int i = 0; i < v.length; i++) {
            double sum = 0;
            for (int j = 0; j < v.length; j++) {
                sum += m[i][j] * v[j];
            }
            out[i] = sum;
        }
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double norm(double[] v) {
        return Math.sqrt(dot(v, v));
    }

    private static double normInf(double[] v) {
        double max = 0;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }
}
