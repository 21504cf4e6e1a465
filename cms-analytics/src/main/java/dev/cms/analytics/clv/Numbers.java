package dev.cms.analytics.clv;


/** Small numeric pieces the models share. */
final class Numbers {
    private Numbers() {
    }

    /** ln(e^p + e^q) without overflow. */
    static double logAddExp(double p, double q) {
        if (p == Double.NEGATIVE_INFINITY) {
            return q;
        }
        if (q == Double.NEGATIVE_INFINITY) {
            return p;
        }
        return p >= q ? p + Math.log1p(Math.exp(q - p)) : q + Math.log1p(Math.exp(p - q));
    }

    /** (1 − e^{kL}) / k, with its limit −L at k = 0, accurate for small k. */
    static double oneMinusExpOver(double k, double logBase) {
        if (Math.abs(k * logBase) < 1e-12) {
            return -logBase * (1 - k * logBase / 2);
        }
        return -Math.expm1(k * logBase) / k;
    }
}
