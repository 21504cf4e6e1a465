package dev.cms.core.segment;

import java.time.LocalDate;

/** The calendar unit of a {@link RuleValue.Span}: a number of days, weeks or months counted on the calendar. */
public enum SpanUnit {
    /** Calendar days. */
    DAYS,
    /** Weeks of seven calendar days. */
    WEEKS,
    /** Calendar months; a month back from the 31st lands on the last day of the shorter month. */
    MONTHS;

    /**
     * {@return {@code date} moved {@code amount} units back (negative amounts move forward)}
     *
     * @param date   the starting date
     * @param amount how many units
     */
    public LocalDate minus(LocalDate date, long amount) {
        return switch (this) {
            case DAYS -> date.minusDays(amount);
            case WEEKS -> date.minusWeeks(amount);
            case MONTHS -> date.minusMonths(amount);
        };
    }

    /**
     * {@return {@code date} moved {@code amount} units forward}
     *
     * @param date   the starting date
     * @param amount how many units
     */
    public LocalDate plus(LocalDate date, long amount) {
        return minus(date, -amount);
    }
}
