package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The time units a summary or a model may be expressed in, and conversions between them. Each unit's length is
 * {@link ChronoUnit#getDuration()}: exact for hours, days and weeks, the ISO average for months (30.436875 days) and
 * years (365.2425 days).
 */
final class Units {
    static final Set<ChronoUnit> SUPPORTED =
            EnumSet.of(ChronoUnit.HOURS, ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS, ChronoUnit.YEARS);

    private Units() {
    }

    static ChronoUnit require(String field, ChronoUnit unit) {
        Objects.requireNonNull(unit, field);
        if (!SUPPORTED.contains(unit)) {
            throw ValidationException.of(field, unit, "must be one of " + SUPPORTED);
        }
        return unit;
    }

    /** Length of one {@code unit} in seconds. */
    static double seconds(ChronoUnit unit) {
        return unit.getDuration().getSeconds();
    }

    /** How many {@code unit}s long {@code span} is. */
    static double length(String field, Duration span, ChronoUnit unit) {
        Objects.requireNonNull(span, field);
        if (span.isNegative()) {
            throw ValidationException.of(field, span, "must not be negative");
        }
        return (span.getSeconds() + span.getNano() / 1e9) / seconds(unit);
    }

    /** {@code amount} in {@code from} expressed in {@code to}. */
    static double convert(double amount, ChronoUnit from, ChronoUnit to) {
        return from == to ? amount : amount * (seconds(from) / seconds(to));
    }
}
