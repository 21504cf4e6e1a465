package dev.cms.analytics.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Calendar periods that churn and retention are counted in, in the business time zone. Weeks are ISO weeks (Monday to
 * Sunday), quarters start in January, April, July and October.
 */
public enum PeriodUnit {
    /** ISO week, Monday to Sunday. */
    WEEK,
    /** Calendar month. */
    MONTH,
    /** Calendar quarter. */
    QUARTER,
    /** Calendar year. */
    YEAR;

    /** The first day of the period that contains {@code day}. */
    LocalDate start(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day of the period after the one that starts at {@code start}. */
    LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
    }

    /** The first day of the period before the one that starts at {@code start}. */
    LocalDate previous(LocalDate start) {
        return switch (this) {
            case WEEK -> start.minusWeeks(1);
            case MONTH -> start.minusMonths(1);
            case QUARTER -> start.minusMonths(3);
            case YEAR -> start.minusYears(1);
        };
    }
}
