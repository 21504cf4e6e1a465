package dev.cms.core.commerce;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of an order or a deal: a product, a quantity, a unit price and a discount. Its {@link #total()} is
 * {@code unitPrice × quantity × (1 − discountPercent / 100)}, rounded half-even to the currency's minor unit.
 *
 * @param productCode     the product's code (SKU)
 * @param name            what is sold
 * @param quantity        how many: greater than zero, less than 10^12, at most 6 fraction digits (for weights and hours)
 * @param unitPrice       price of one unit, not negative
 * @param discountPercent discount from 0 to 100, at most 4 fraction digits
 */
public record LineItem(String productCode, String name, BigDecimal quantity, Money unitPrice, BigDecimal discountPercent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_QUANTITY_INTEGER_DIGITS = 12;
    private static final int MAX_QUANTITY_FRACTION_DIGITS = 6;
    private static final int MAX_DISCOUNT_FRACTION_DIGITS = 4;

    /**
     * Checks every part.
     *
     * @param productCode     the product's code (SKU)
     * @param name            what is sold
     * @param quantity        how many, greater than zero (fractions allowed for weights and hours)
     * @param unitPrice       price of one unit, not negative
     * @param discountPercent discount from 0 to 100
     * @throws ValidationException listing every problem
     */
    public LineItem {
        Violations v = new Violations();
        productCode = v.line("productCode", productCode, 64);
        name = v.line("name", name, 200);
        v.require(quantity != null && quantity.signum() > 0, "quantity", quantity, "must be greater than zero");
        // Bounded, and checked on the stripped value before any arithmetic: total() rescales quantity × price to the
        // currency's scale, which for a quantity such as 1E+99999999 would first expand it into 10^8 digits.
        // The integer digits (precision - scale, the same before and after stripping) are computed in long and
        // checked before stripping: for 1E+2147483647 the int difference overflows, and stripping 100E+2147483647 throws.
        if (quantity != null && quantity.signum() > 0) {
            if ((long) quantity.precision() - quantity.scale() > MAX_QUANTITY_INTEGER_DIGITS) {
                v.add("quantity", quantity, "must be less than 10^" + MAX_QUANTITY_INTEGER_DIGITS);
            } else {
                BigDecimal q = quantity.stripTrailingZeros();
                v.require(q.scale() <= MAX_QUANTITY_FRACTION_DIGITS, "quantity", q,
                        "has more than " + MAX_QUANTITY_FRACTION_DIGITS + " fraction digits");
            }
        }
        v.require(unitPrice != null && !unitPrice.isNegative(), "unitPrice", unitPrice, "must not be negative");
        boolean discountInRange = discountPercent != null && discountPercent.signum() >= 0 && discountPercent.compareTo(HUNDRED) <= 0;
        v.require(discountInRange, "discountPercent", discountPercent, "must be between 0 and 100");
        if (discountInRange) {
            v.require(discountPercent.stripTrailingZeros().scale() <= MAX_DISCOUNT_FRACTION_DIGITS, "discountPercent",
                    discountPercent.stripTrailingZeros(), "has more than " + MAX_DISCOUNT_FRACTION_DIGITS + " fraction digits");
        }
        v.throwIfAny();
        quantity = quantity.stripTrailingZeros();
        discountPercent = discountPercent.signum() == 0 ? BigDecimal.ZERO : discountPercent.stripTrailingZeros();
    }

    /**
     * {@return a line without discount}
     *
     * @param productCode product code
     * @param name        product name
     * @param quantity    how many
     * @param unitPrice   price of one
     */
    public static LineItem of(String productCode, String name, long quantity, Money unitPrice) {
        return new LineItem(productCode, name, BigDecimal.valueOf(quantity), unitPrice, BigDecimal.ZERO);
    }

    /**
     * {@return a copy with the discount}
     *
     * @param percent discount from 0 to 100
     */
    public LineItem withDiscount(BigDecimal percent) {
        return new LineItem(productCode, name, quantity, unitPrice, percent);
    }

    /** {@return the line's total after discount, at the currency's scale} */
    public Money total() {
        BigDecimal factor = quantity.multiply(HUNDRED.subtract(discountPercent)).divide(HUNDRED);
        return unitPrice.times(factor, RoundingMode.HALF_EVEN);
    }

    /**
     * {@return the sum of the lines' totals}
     *
     * @param lines   lines in one currency
     * @param currency the currency of an empty list's total
     * @throws ValidationException if lines use different currencies
     */
    public static Money sum(java.util.List<LineItem> lines, java.util.Currency currency) {
        Money total = Money.zero(currency);
        for (LineItem line : lines) {
            total = total.plus(Objects.requireNonNull(line, "line").total());
        }
        return total;
    }
}
