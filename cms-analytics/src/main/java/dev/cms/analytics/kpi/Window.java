package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time a KPI looks at: the half-open interval {@code [from, to)}. Build it from instants, or from calendar dates or
 * months in the business time zone (the zone the {@link Analytics} was created with should be the one given here, so
 * that periods and windows line up).
 *
 * @param from inclusive start
 * @param to   exclusive end, after {@code from}
 */
public record Window(Instant from, Instant to) {
    /**
     * Checks the order.
     *
     * @param from inclusive start
     * @param to   exclusive end, after {@code from}
     * @throws ValidationException if {@code to} is not after {@code from}
     */
    public Window {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw ValidationException.of("window.to", to, "must be after window.from " + from);
        }
    }

    /**
     * {@return the window {@code [from, to)}}
     *
     * @param from inclusive start
     * @param to   exclusive end
     * @throws ValidationException if {@code to} is not after {@code from}
     */
    public static Window of(Instant from, Instant to) {
        return new Window(from, to);
    }

    /**
     * {@return the window from the start of {@code first} to the end of {@code last}, both days included}
     *
     * @param first the first day
     * @param last  the last day, not before {@code first}
     * @param zone  the zone the days are in
     * @throws ValidationException if {@code last} is before {@code first}
     */
    public static Window ofDates(LocalDate first, LocalDate last, ZoneId zone) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(zone, "zone");
        if (last.isBefore(first)) {
            throw ValidationException.of("window.last", last, "must not be before window.first " + first);
        }
        return new Window(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * {@return the window from the first day of {@code first} to the end of the last day of {@code last}}
     *
     * @param first the first month
     * @param last  the last month, not before {@code first}
     * @param zone  the zone the months are in
     * @throws ValidationException if {@code last} is before {@code first}
     */
    public static Window ofMonths(YearMonth first, YearMonth last, ZoneId zone) {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw ValidationException.of("window.last", last, "must not be before window.first " + first);
        }
        return ofDates(first.atDay(1), last.atEndOfMonth(), zone);
    }

    /**
     * {@return whether the instant lies in the window}
     *
     * @param instant any instant
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /** {@return the window of the same length that ends where this one starts} */
    public Window previous() {
        return new Window(from.minus(java.time.Duration.between(from, to)), from);
    }

    /**
     * {@return the day of the window's first instant in the zone}
     *
     * @param zone the business time zone
     */
    public LocalDate firstDay(ZoneId zone) {
        return LocalDate.ofInstant(from, zone);
    }

    /**
     * {@return the day of the window's last instant (just before {@code to}) in the zone}
     *
     * @param zone the business time zone
     */
    public LocalDate lastDay(ZoneId zone) {
        return LocalDate.ofInstant(to.minusNanos(1), zone);
    }
}
