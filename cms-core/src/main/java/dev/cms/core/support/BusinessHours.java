package dev.cms.core.support;

import dev.cms.core.ValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Working hours in a time zone, such as 09:00–17:00 Monday to Friday in Europe/Berlin. SLA clocks with business
 * hours only run inside them; daylight-saving changes follow the zone's rules.
 *
 * @param zone   the time zone the hours are in
 * @param opens  daily opening time
 * @param closes daily closing time, after {@code opens}
 * @param days   working days, at least one
 */
public record BusinessHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {
    /**
     * Checks the hours.
     *
     * @param zone   the time zone the hours are in
     * @param opens  daily opening time
     * @param closes daily closing time, after {@code opens}
     * @param days   working days, at least one
     */
    public BusinessHours {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
        if (!closes.isAfter(opens)) {
            throw ValidationException.of("closes", closes, "must be after the opening time " + opens);
        }
        if (days.isEmpty()) {
            throw ValidationException.of("days", days, "at least one working day is needed");
        }
    }

    /**
     * {@return hours on Monday to Friday}
     *
     * @param zone   time zone
     * @param opens  opening time
     * @param closes closing time
     */
    public static BusinessHours weekdays(ZoneId zone, LocalTime opens, LocalTime closes) {
        return new BusinessHours(zone, opens, closes, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    }

    /**
     * {@return the instant at which {@code amount} of working time has passed since {@code start}}
     *
     * @param start  when the clock starts
     * @param amount working time to add
     */
    public Instant plus(Instant start, Duration amount) {
        Duration left = amount;
        ZonedDateTime cursor = start.atZone(zone);
        while (true) {
            LocalDate day = cursor.toLocalDate();
            if (days.contains(day.getDayOfWeek())) {
                ZonedDateTime open = day.atTime(opens).atZone(zone);
                ZonedDateTime close = day.atTime(closes).atZone(zone);
                ZonedDateTime from = cursor.isBefore(open) ? open : cursor;
                if (from.isBefore(close)) {
                    Duration available = Duration.between(from, close);
                    if (available.compareTo(left) >= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            cursor = day.plusDays(1).atStartOfDay(zone);
        }
    }

    /**
     * {@return the working time between the two instants}
     *
     * @param from start
     * @param to   end, not before {@code from}
     */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            LocalDate day = cursor.toLocalDate();
            if (days.contains(day.getDayOfWeek())) {
                ZonedDateTime open = day.atTime(opens).atZone(zone);
                ZonedDateTime close = day.atTime(closes).atZone(zone);
                ZonedDateTime a = cursor.isBefore(open) ? open : cursor;
                ZonedDateTime b = end.isBefore(close) ? end : close;
                if (a.isBefore(b)) {
                    total = total.plus(Duration.between(a, b));
                }
            }
            cursor = day.plusDays(1).atStartOfDay(zone);
        }
        return total;
    }
}
