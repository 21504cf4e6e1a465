package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A discount rate with the period it applies to: money received after a time τ is worth (1 + rate)^−(τ / period)
 * today. {@code DiscountRate.of(new BigDecimal("0.10"), ChronoUnit.YEARS)} is 10% a year; the same rate per month
 * would be a different, explicit value.
 *
 * @param rate   the rate per period, not negative (0.10 for 10%)
 * @param period the period, one of hours, days, weeks, months or years
 */
public record DiscountRate(BigDecimal rate, ChronoUnit period) {
    /** No discounting. */
    public static final DiscountRate NONE = new DiscountRate(BigDecimal.ZERO, ChronoUnit.YEARS);

    /**
     * @throws ValidationException if the rate is negative or the period unsupported
     */
    public DiscountRate {
        Objects.requireNonNull(rate, "rate");
        Units.require("period", period);
        if (rate.signum() < 0) {
            throw ValidationException.of("rate", rate, "must not be negative");
        }
    }

    /**
     * @param rate   the rate per period
     * @param period the period
     * @return the discount rate
     * @throws ValidationException if the rate is negative or the period unsupported
     */
    public static DiscountRate of(BigDecimal rate, ChronoUnit period) {
        return new DiscountRate(rate, period);
    }

    /** The factor (1 + rate)^−(τ / period) for τ given in {@code unit}s. */
    double factor(double tau, ChronoUnit unit) {
        double periods = Units.convert(tau, unit, period);
        return Math.exp(-periods * Math.log1p(rate.doubleValue()));
    }
}
