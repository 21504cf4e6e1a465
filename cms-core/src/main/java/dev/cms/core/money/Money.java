package dev.cms.core.money;

import dev.cms.core.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency: a {@link BigDecimal} whose scale is exactly the currency's minor unit (2 for EUR,
 * 0 for JPY, 3 for BHD), never a {@code double}. Arithmetic between different currencies is refused.
 *
 * @param amount   the amount, at the currency's scale
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /**
     * Normalises the scale to the currency's minor unit.
     *
     * @param amount   the amount, at the currency's scale
     * @param currency the ISO 4217 currency
     * @throws ValidationException if the amount has more fraction digits than the currency allows, or the currency
     *                             has no minor unit (such as XAU)
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw ValidationException.of("currency", currency, "has no minor unit, so it cannot hold money amounts");
        }
        // Both checks come before any rescaling or plain rendering: an input such as 1E+99999999 or 1E-99999999 must
        // be refused at once, not expanded into a hundred million digits first. The integer digits (precision - scale,
        // the same before and after stripping) are computed in long and checked before stripping: for 1E+2147483647
        // the int difference overflows, and stripping 100E+2147483647 throws.
        if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > 18) {
            throw ValidationException.of("amount", shown(amount), "must be less than 10^18 in magnitude");
        }
        BigDecimal stripped = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
        if (stripped.scale() > digits) {
            throw ValidationException.of("amount", shown(amount),
                    "has more than " + digits + " fraction digits, which " + currency.getCurrencyCode() + " does not allow");
        }
        amount = stripped.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Plain notation for amounts of sane scale, scientific beyond, so an error message stays short. */
    private static String shown(BigDecimal value) {
        return Math.abs(value.scale()) <= 40 ? value.toPlainString() : value.toString();
    }

    /**
     * {@return the money value}
     *
     * @param amount       decimal text such as {@code "12.50"}
     * @param currencyCode ISO 4217 code such as {@code "EUR"}
     * @throws ValidationException if either part is malformed
     */
    public static Money of(String amount, String currencyCode) {
        BigDecimal parsed;
        try {
            parsed = new BigDecimal(Objects.requireNonNull(amount, "amount"));
        } catch (NumberFormatException e) {
            throw ValidationException.of("amount", amount, "must be a decimal number such as 12.50");
        }
        return new Money(parsed, currency(currencyCode));
    }

    /**
     * {@return the money value}
     *
     * @param amount   the amount
     * @param currency the currency
     */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * {@return zero in that currency}
     *
     * @param currency the currency
     */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * {@return the currency}
     *
     * @param code ISO 4217 code
     * @throws ValidationException if the code is unknown
     */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(Objects.requireNonNull(code, "currency"));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("currency", code, "must be an ISO 4217 currency code such as EUR");
        }
    }

    /**
     * {@return the sum}
     *
     * @param other money in the same currency
     * @throws ValidationException if the currencies differ
     */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /**
     * {@return the difference}
     *
     * @param other money in the same currency
     * @throws ValidationException if the currencies differ
     */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /**
     * {@return the product, rounded to the currency's minor unit}
     *
     * @param factor  a quantity or rate
     * @param rounding how to round to the currency's scale
     */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        return new Money(amount.multiply(factor).setScale(currency.getDefaultFractionDigits(), rounding), currency);
    }

    /** {@return the amount with the sign reversed} */
    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    /** {@return whether the amount is zero} */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** {@return whether the amount is below zero} */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * @throws ValidationException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw ValidationException.of("currency", other.currency.getCurrencyCode(),
                    "cannot combine " + other.currency.getCurrencyCode() + " with " + currency.getCurrencyCode()
                            + "; convert first");
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
