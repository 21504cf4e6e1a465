package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The value of a custom attribute on a customer; one record per {@link AttributeType}. */
public sealed interface AttributeValue {
    /** {@return the attribute type this value belongs to} */
    AttributeType type();

    /**
     * Text.
     *
     * @param value at most 1,000 characters
     */
    record Text(String value) implements AttributeValue {
        /**
         * Checks the text.
         *
         * @param value at most 1,000 characters
         */
        public Text {
            value = Checks.text("value", value, 1000);
        }

        @Override
        public AttributeType type() {
            return AttributeType.TEXT;
        }
    }

    /**
     * A decimal number that fits a SQL {@code NUMERIC(38,18)}: less than 10^20 in magnitude, at most 18 fraction digits.
     *
     * @param value the number; trailing zeros are removed, so {@code 1.50} equals {@code 1.5}
     */
    record Number(BigDecimal value) implements AttributeValue {
        /** Most digits before the decimal point. */
        public static final int MAX_INTEGER_DIGITS = 20;
        /** Most digits after the decimal point (after trailing zeros are removed). */
        public static final int MAX_FRACTION_DIGITS = 18;

        /**
         * Normalises the scale and checks the bounds.
         *
         * @param value the number; trailing zeros are removed, so {@code 1.50} equals {@code 1.5}
         * @throws ValidationException if the number is 10^20 or more in magnitude, or has more than 18 fraction digits
         */
        public Number {
            Objects.requireNonNull(value, "value");
            // Checked before anything renders or rescales it: 1E+99999999 is refused at once. The integer digits
            // (precision - scale, the same before and after stripping) are computed in long and checked before
            // stripping: for 1E+2147483647 the int difference overflows, and stripping 100E+2147483647 throws.
            if (value.signum() != 0 && (long) value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
                throw ValidationException.of("value", value, "must be less than 10^" + MAX_INTEGER_DIGITS + " in magnitude");
            }
            BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
            if (stripped.scale() > MAX_FRACTION_DIGITS) {
                throw ValidationException.of("value", stripped, "has more than " + MAX_FRACTION_DIGITS + " fraction digits");
            }
            value = stripped;
        }

        @Override
        public AttributeType type() {
            return AttributeType.NUMBER;
        }
    }

    /**
     * Yes or no.
     *
     * @param value the flag
     */
    record Bool(boolean value) implements AttributeValue {
        @Override
        public AttributeType type() {
            return AttributeType.BOOLEAN;
        }
    }

    /**
     * A calendar date.
     *
     * @param value the date, years 1 to 9999
     */
    record Date(LocalDate value) implements AttributeValue {
        /**
         * Checks the range.
         *
         * @param value the date, years 1 to 9999
         */
        public Date {
            Objects.requireNonNull(value, "value");
            if (value.getYear() < 1 || value.getYear() > 9999) {
                throw dev.cms.core.ValidationException.of("value", value, "must lie between years 1 and 9999");
            }
        }

        @Override
        public AttributeType type() {
            return AttributeType.DATE;
        }
    }

    /**
     * An amount of money.
     *
     * @param value the amount
     */
    record MoneyValue(Money value) implements AttributeValue {
        /**
         * Requires the amount.
         *
         * @param value the amount
         */
        public MoneyValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public AttributeType type() {
            return AttributeType.MONEY;
        }
    }

    /**
     * One of the options an {@link AttributeType#ENUMERATION} attribute declares.
     *
     * @param value the option key
     */
    record Choice(String value) implements AttributeValue {
        /**
         * Checks the option text.
         *
         * @param value the option key
         */
        public Choice {
            value = Checks.line("value", value, 100);
        }

        @Override
        public AttributeType type() {
            return AttributeType.ENUMERATION;
        }
    }

    /**
     * {@return a text value}
     *
     * @param value text
     */
    static AttributeValue text(String value) {
        return new Text(value);
    }

    /**
     * {@return a number value}
     *
     * @param value number
     * @throws ValidationException if the number is out of {@link Number}'s bounds
     */
    static AttributeValue number(BigDecimal value) {
        return new Number(value);
    }

    /**
     * {@return a number value}
     *
     * @param value number
     */
    static AttributeValue number(long value) {
        return new Number(BigDecimal.valueOf(value));
    }

    /**
     * {@return a boolean value}
     *
     * @param value flag
     */
    static AttributeValue bool(boolean value) {
        return new Bool(value);
    }

    /**
     * {@return a date value}
     *
     * @param value date
     */
    static AttributeValue date(LocalDate value) {
        return new Date(value);
    }

    /**
     * {@return a money value}
     *
     * @param value money
     */
    static AttributeValue money(Money value) {
        return new MoneyValue(value);
    }

    /**
     * {@return an enumeration value}
     *
     * @param option option key
     */
    static AttributeValue choice(String option) {
        return new Choice(option);
    }
}
