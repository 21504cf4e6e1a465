package dev.cms.core.segment;

import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When and where a rule is evaluated: "today", the windows of metrics and the calendar dates of timestamps are taken
 * in {@link #zone()} at {@link #now()}. The segment service builds it from the {@code Cms} clock and zone; adapters
 * receive it with every query.
 *
 * @param now  the instant of evaluation
 * @param zone the time zone that defines calendar dates
 */
public record RuleContext(Instant now, ZoneId zone) {
    /**
     * Requires both.
     *
     * @param now  the instant of evaluation
     * @param zone the time zone that defines calendar dates
     */
    public RuleContext {
        now = Checks.instant("now", now);
        Objects.requireNonNull(zone, "zone");
    }

    /** {@return the calendar date of {@link #now()} in {@link #zone()}} */
    public LocalDate today() {
        return LocalDate.ofInstant(now, zone);
    }

    /**
     * {@return the calendar date of an instant in {@link #zone()}}
     *
     * @param instant an instant
     */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /**
     * {@return the first instant of a calendar date in {@link #zone()} (after a gap, the first instant that exists)}
     *
     * @param date a date
     */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /**
     * {@return the dates a date operator denotes, as an inclusive range}
     *
     * @param operator one of before, after, on, between, within_last, more_than_ago, within_next
     * @param values   its values, already validated
     * @throws IllegalArgumentException for another operator
     */
    public DateRange range(Operator operator, List<RuleValue> values) {
        LocalDate today = today();
        return switch (operator) {
            case BEFORE -> new DateRange(Optional.empty(), Optional.of(date(values, 0).minusDays(1)));
            case AFTER -> new DateRange(Optional.of(date(values, 0).plusDays(1)), Optional.empty());
            case ON -> DateRange.between(date(values, 0), date(values, 0));
            case BETWEEN -> DateRange.between(date(values, 0), date(values, 1));
            case WITHIN_LAST -> DateRange.between(span(values).before(today), today);
            case MORE_THAN_AGO -> new DateRange(Optional.empty(), Optional.of(span(values).before(today).minusDays(1)));
            case WITHIN_NEXT -> DateRange.between(today, span(values).after(today));
            default -> throw new IllegalArgumentException(operator + " is not a date operator");
        };
    }

    /**
     * {@return the dates a metric's window covers: from today minus the span to today, or all time}
     *
     * @param window the metric's window
     */
    public DateRange window(Optional<RuleValue.Span> window) {
        return window.map(w -> DateRange.between(w.before(today()), today()))
                .orElse(new DateRange(Optional.empty(), Optional.empty()));
    }

    private static LocalDate date(List<RuleValue> values, int index) {
        return ((RuleValue.Date) values.get(index)).value();
    }

    private static RuleValue.Span span(List<RuleValue> values) {
        return (RuleValue.Span) values.get(0);
    }

    /**
     * An inclusive range of calendar dates, open on a side whose bound is empty.
     *
     * @param from first date in the range
     * @param to   last date in the range
     */
    public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
        /**
         * Requires both options.
         *
         * @param from first date in the range
         * @param to   last date in the range
         */
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        static DateRange between(LocalDate from, LocalDate to) {
            return new DateRange(Optional.of(from), Optional.of(to));
        }

        /**
         * {@return whether the date lies in the range}
         *
         * @param date a date
         */
        public boolean contains(LocalDate date) {
            return from.map(f -> !date.isBefore(f)).orElse(true) && to.map(t -> !date.isAfter(t)).orElse(true);
        }

        /**
         * {@return the first instant of the range in the context's zone: an instant {@code t} lies in the range
         * exactly when {@code t >= fromInstant} and {@code t < untilInstant}}
         *
         * @param context gives the zone
         */
        public Optional<Instant> fromInstant(RuleContext context) {
            return from.map(context::startOf);
        }

        /**
         * {@return the first instant after the range in the context's zone (exclusive end)}
         *
         * @param context gives the zone
         */
        public Optional<Instant> untilInstant(RuleContext context) {
            return to.map(t -> context.startOf(t.plusDays(1)));
        }
    }
}
