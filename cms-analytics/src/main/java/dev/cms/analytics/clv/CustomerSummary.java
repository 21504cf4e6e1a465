package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's purchase history in the calibration period, as the customer-base models see it (Fader, Hardie &amp;
 * Lee 2005, "Counting Your Customers the Easy Way", section 2): purchases on the same day count as one transaction, the
 * first transaction is the start of the relationship and not a repeat.
 *
 * @param frequency   x, the number of repeat transactions (transaction days after the first)
 * @param recency     t_x, the time from the first to the last transaction, in {@code unit}; 0 when x = 0
 * @param age         T, the time from the first transaction to the end of the calibration period, in {@code unit}
 * @param unit        the unit of {@code recency} and {@code age}
 * @param repeatSpend the total value of the x repeat transactions (the first purchase excluded), when known; zero when
 *                    x = 0
 */
public record CustomerSummary(int frequency, double recency, double age, ChronoUnit unit,
                              Optional<Money> repeatSpend) {
    /**
     * Checks the summary is one a purchase history can produce.
     *
     * @throws ValidationException if x is negative, t_x or T is negative or not finite, t_x exceeds T, t_x is not 0
     *                             when x = 0, the unit is not hours, days, weeks, months or years, or the spend is
     *                             negative or not zero when x = 0
     */
    public CustomerSummary {
        Units.require("unit", unit);
        Objects.requireNonNull(repeatSpend, "repeatSpend");
        if (frequency < 0) {
            throw ValidationException.of("frequency", frequency, "must not be negative");
        }
        if (!(age >= 0) || Double.isInfinite(age)) {
            throw ValidationException.of("age", age, "must be finite and not negative");
        }
        if (!(recency >= 0) || recency > age) {
            throw ValidationException.of("recency", recency, "must lie between 0 and the age " + age);
        }
        if (frequency == 0 && recency != 0) {
            throw ValidationException.of("recency", recency, "must be 0 for a customer without repeat transactions");
        }
        repeatSpend.ifPresent(spend -> {
            if (spend.isNegative()) {
                throw ValidationException.of("repeatSpend", spend, "must not be negative");
            }
            if (frequency == 0 && !spend.isZero()) {
                throw ValidationException.of("repeatSpend", spend, "must be zero without repeat transactions");
            }
        });
    }

    /**
     * A summary without spend, for the transaction models.
     *
     * @param frequency x
     * @param recency   t_x in {@code unit}
     * @param age       T in {@code unit}
     * @param unit      the time unit
     * @return the summary
     * @throws ValidationException as the canonical constructor
     */
    public static CustomerSummary of(int frequency, double recency, double age, ChronoUnit unit) {
        return new CustomerSummary(frequency, recency, age, unit, Optional.empty());
    }

    /**
     * A summary with the mean value of the repeat transactions, as published data sets give it (their total is the
     * mean times x).
     *
     * @param frequency       x
     * @param recency         t_x in {@code unit}
     * @param age             T in {@code unit}
     * @param unit            the time unit
     * @param meanRepeatSpend the mean value of the repeat transactions; ignored, but required to be zero, when x = 0
     * @return the summary
     * @throws ValidationException as the canonical constructor
     */
    public static CustomerSummary withMeanSpend(int frequency, double recency, double age, ChronoUnit unit,
                                                Money meanRepeatSpend) {
        Objects.requireNonNull(meanRepeatSpend, "meanRepeatSpend");
        Money total = meanRepeatSpend.times(BigDecimal.valueOf(frequency), RoundingMode.UNNECESSARY);
        return new CustomerSummary(frequency, recency, age, unit, Optional.of(total));
    }

    /**
     * The same history in another unit.
     *
     * @param target the unit wanted
     * @return this summary with recency and age converted
     * @throws ValidationException if the unit is not supported
     */
    public CustomerSummary in(ChronoUnit target) {
        Units.require("target", target);
        if (target == unit) {
            return this;
        }
        return new CustomerSummary(frequency, Units.convert(recency, unit, target), Units.convert(age, unit, target),
                target, repeatSpend);
    }

    /**
     * The mean value of the repeat transactions, rounded half-even to the currency's minor unit; empty when x = 0 or
     * the spend is unknown.
     *
     * @return the mean repeat spend
     */
    public Optional<Money> meanRepeatSpend() {
        if (frequency == 0) {
            return Optional.empty();
        }
        return repeatSpend.map(total -> new Money(total.amount().divide(BigDecimal.valueOf(frequency),
                total.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN), total.currency()));
    }
}
