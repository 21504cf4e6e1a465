package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value a {@link Rule} condition compares with. Which kind a condition takes follows from its field's
 * {@link ValueType} and its {@link Operator} ({@link ValueType#valueKind(Operator)}).
 */
public sealed interface RuleValue {

    /**
     * Text, compared ignoring case except for tags.
     *
     * @param value at most 1,000 characters, without NUL, well-formed
     */
    record Text(String value) implements RuleValue {
        /**
         * Checks the text.
         *
         * @param value at most 1,000 characters, without NUL, well-formed
         * @throws ValidationException if it is not
         */
        public Text {
            value = Checks.text("value", value, 1000);
        }

        @Override
        public String toString() {
            return '"' + value + '"';
        }
    }

    /**
     * A decimal number, compared by value ({@code 2.50} equals {@code 2.5}).
     *
     * @param value less than 10<sup>20</sup> in magnitude, at most 18 fraction digits
     */
    record Number(BigDecimal value) implements RuleValue {
        /**
         * Checks the magnitude before anything else touches the number, so {@code 1E+999999999} is refused at once.
         *
         * @param value less than 10<sup>20</sup> in magnitude, at most 18 fraction digits
         * @throws ValidationException if it is not
         */
        public Number {
            Objects.requireNonNull(value, "value");
            // precision - scale (the integer digits) is the same before and after stripping; it is computed in long
            // and checked first: for 1E+2147483647 the int difference overflows, and stripping 100E+2147483647 throws.
            if (value.signum() != 0 && (long) value.precision() - value.scale() > 20) {
                throw ValidationException.of("value", Checks.abbreviate(value.toString()), "must be less than 10^20 in magnitude");
            }
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (stripped.scale() > 18) {
                throw ValidationException.of("value", Checks.abbreviate(stripped.toString()), "has more than 18 fraction digits");
            }
            value = stripped;
        }

        /**
         * {@return the number}
         *
         * @param value a whole number
         */
        public static Number of(long value) {
            return new Number(BigDecimal.valueOf(value));
        }

        @Override
        public String toString() {
            return value.toPlainString();
        }
    }

    /**
     * True or false.
     *
     * @param value the truth value
     */
    record Bool(boolean value) implements RuleValue {
        @Override
        public String toString() {
            return Boolean.toString(value);
        }
    }

    /**
     * A calendar date.
     *
     * @param value a date in years 1 to 9999
     */
    record Date(LocalDate value) implements RuleValue {
        /**
         * Checks the year.
         *
         * @param value a date in years 1 to 9999
         * @throws ValidationException if it is outside
         */
        public Date {
            Objects.requireNonNull(value, "value");
            if (value.getYear() < 1 || value.getYear() > 9999) {
                throw ValidationException.of("value", value, "must lie between years 1 and 9999");
            }
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    /**
     * A span of calendar time measured from today, for {@link Operator#WITHIN_LAST}, {@link Operator#MORE_THAN_AGO},
     * {@link Operator#WITHIN_NEXT}, and as a metric's window.
     *
     * @param amount how many units, from 0 to {@value #MAX_AMOUNT}
     * @param unit   days, weeks or months
     */
    record Span(int amount, SpanUnit unit) implements RuleValue {
        /** The largest amount of any unit. */
        public static final int MAX_AMOUNT = 10_000;

        /**
         * Checks the amount.
         *
         * @param amount how many units, from 0 to {@value #MAX_AMOUNT}
         * @param unit   days, weeks or months
         * @throws ValidationException if the amount is outside
         */
        public Span {
            Objects.requireNonNull(unit, "unit");
            if (amount < 0 || amount > MAX_AMOUNT) {
                throw ValidationException.of("amount", amount, "must be between 0 and " + MAX_AMOUNT);
            }
        }

        /**
         * {@return a span of days}
         *
         * @param amount how many days
         */
        public static Span days(int amount) {
            return new Span(amount, SpanUnit.DAYS);
        }

        /**
         * {@return a span of weeks}
         *
         * @param amount how many weeks
         */
        public static Span weeks(int amount) {
            return new Span(amount, SpanUnit.WEEKS);
        }

        /**
         * {@return a span of months}
         *
         * @param amount how many months
         */
        public static Span months(int amount) {
            return new Span(amount, SpanUnit.MONTHS);
        }

        /**
         * {@return the date this span before {@code today}}
         *
         * @param today the day to count from
         */
        public LocalDate before(LocalDate today) {
            return unit.minus(today, amount);
        }

        /**
         * {@return the date this span after {@code today}}
         *
         * @param today the day to count from
         */
        public LocalDate after(LocalDate today) {
            return unit.plus(today, amount);
        }

        @Override
        public String toString() {
            return amount + " " + unit.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * An amount of money, for {@link ValueType#MONEY} fields.
     *
     * @param value the amount and its currency
     */
    record Amount(Money value) implements RuleValue {
        /**
         * Requires the amount.
         *
         * @param value the amount and its currency
         */
        public Amount {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }
}
