package dev.cms.persistence.jpa;

import java.math.BigDecimal;

/** Decimal comparisons that ignore the scale a database returns ({@code 1.5000} is {@code 1.5}). */
final class Numbers {
    private Numbers() {
    }

    static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
