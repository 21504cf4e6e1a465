package dev.cms.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link LineItem#total()}: without discount it is the unit price times the quantity, exactly; at 100%
 * discount it is zero; and it never grows as the discount grows.
 */
class LineItemProperties {
    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("JPY"), Currency.getInstance("EUR"),
            Currency.getInstance("BHD"));

    @Property
    void total_withoutDiscount_isUnitPriceTimesQuantityExactly(@ForAll("prices") Money unitPrice,
                                                               @ForAll @IntRange(min = 1, max = 10_000) int quantity) {
        LineItem line = LineItem.of("SKU-1", "Seat", quantity, unitPrice);

        BigDecimal expected = unitPrice.amount().multiply(BigDecimal.valueOf(quantity));
        assertThat(line.total().amount()).isEqualByComparingTo(expected);
        assertThat(line.total().currency()).isEqualTo(unitPrice.currency());
    }

    @Property
    void total_atFullDiscount_isZero(@ForAll("prices") Money unitPrice, @ForAll("quantities") BigDecimal quantity) {
        LineItem line = new LineItem("SKU-1", "Seat", quantity, unitPrice, BigDecimal.valueOf(100));

        assertThat(line.total()).isEqualTo(Money.zero(unitPrice.currency()));
    }

    @Property
    void total_neverGrowsAsTheDiscountGrows(@ForAll("prices") Money unitPrice, @ForAll("quantities") BigDecimal quantity,
                                            @ForAll("discounts") BigDecimal d1, @ForAll("discounts") BigDecimal d2) {
        BigDecimal lower = d1.min(d2);
        BigDecimal higher = d1.max(d2);

        Money atLower = new LineItem("SKU-1", "Seat", quantity, unitPrice, lower).total();
        Money atHigher = new LineItem("SKU-1", "Seat", quantity, unitPrice, higher).total();

        assertThat(atHigher.compareTo(atLower)).as("%s%% off vs %s%% off", higher, lower).isLessThanOrEqualTo(0);
        assertThat(atHigher.isNegative()).isFalse();
    }

    @Provide
    Arbitrary<Money> prices() {
        return Arbitraries.of(CURRENCIES).flatMap(c -> Arbitraries.frequencyOf(List.of(
                        Tuple.of(1, Arbitraries.longs().between(0, 100)),
                        Tuple.of(3, Arbitraries.longs().between(0, 100_000_000L))))
                .map(unscaled -> Money.of(BigDecimal.valueOf(unscaled, c.getDefaultFractionDigits()), c)));
    }

    /** Positive quantities, whole and fractional (weights, hours). */
    @Provide
    Arbitrary<BigDecimal> quantities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("10000")).ofScale(3);
    }

    /** Discounts from 0 to 100 with up to two decimals, the bounds included often. */
    @Provide
    Arbitrary<BigDecimal> discounts() {
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(1, Arbitraries.of(BigDecimal.ZERO, BigDecimal.valueOf(100), new BigDecimal("12.5"), new BigDecimal("50"))),
                Tuple.of(4, Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(100)).ofScale(2))));
    }
}
