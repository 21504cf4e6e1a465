package dev.cms.analytics.internal.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** BFGS on textbook functions whose minima are known in closed form. */
class BfgsTest {
    private static final double[] WIDE_LOWER = {-100, -100};
    private static final double[] WIDE_UPPER = {100, 100};

    /** Rosenbrock's valley, f = 100(y − x²)² + (1 − x)², from the classic start (−1.2, 1): minimum 0 at (1, 1). */
    private static double rosenbrock(double[] p, double[] g) {
        double x = p[0];
        double y = p[1];
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 100 * (y - x * x) * (y - x * x) + (1 - x) * (1 - x);
    }

    @Test
    void rosenbrock_reachesTheMinimum() {
        Bfgs.Outcome o = Bfgs.minimise(BfgsTest::rosenbrock, new double[] {-1.2, 1}, WIDE_LOWER, WIDE_UPPER, 1e-10, 500);
        assertThat(o.finished()).as(o.message()).isTrue();
        assertThat(o.point()[0]).isCloseTo(1, within(1e-8));
        assertThat(o.point()[1]).isCloseTo(1, within(1e-8));
        assertThat(o.value()).isCloseTo(0, within(1e-15));
        assertThat(o.evaluations()).isLessThan(200);
    }

    /** e^x − 2x has its minimum at ln 2; where x &gt; 3 the function is undefined (NaN) and the search stays out. */
    @Test
    void undefinedRegion_isTreatedAsTooFar() {
        Bfgs.Objective f = (p, g) -> {
            if (p[0] > 3) {
                return Double.NaN;
            }
            g[0] = Math.exp(p[0]) - 2;
            return Math.exp(p[0]) - 2 * p[0];
        };
        Bfgs.Outcome o = Bfgs.minimise(f, new double[] {-20}, new double[] {-50}, new double[] {50}, 1e-12, 200);
        assertThat(o.finished()).as(o.message()).isTrue();
        assertThat(o.point()[0]).isCloseTo(Math.log(2), within(1e-10));
    }

    /** (x − 10)² + y² in a box with x ≤ 2: the search stops at the box's edge, x = 2, y = 0. */
    @Test
    void minimumOutsideTheBox_endsAtItsEdge() {
        Bfgs.Objective f = (p, g) -> {
            g[0] = 2 * (p[0] - 10);
            g[1] = 2 * p[1];
            return (p[0] - 10) * (p[0] - 10) + p[1] * p[1];
        };
        Bfgs.Outcome o = Bfgs.minimise(f, new double[] {0, 1}, new double[] {-2, -2}, new double[] {2, 2}, 1e-10, 100);
        assertThat(o.point()[0]).isEqualTo(2.0);
        assertThat(o.point()[1]).isCloseTo(0, within(1e-6));
    }

    @Test
    void budget_endsTheSearchUnfinished() {
        Bfgs.Outcome o = Bfgs.minimise(BfgsTest::rosenbrock, new double[] {-1.2, 1}, WIDE_LOWER, WIDE_UPPER, 1e-10, 5);
        assertThat(o.finished()).isFalse();
        assertThat(o.message()).contains("budget");
        assertThat(o.evaluations()).isLessThanOrEqualTo(6);
    }
}
