package dev.cms.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link Money}: the arithmetic of one currency is exact, the scale is always the currency's minor
 * unit, mixed currencies are refused naming both, and {@link Money#times} rounds half-even as an independent
 * integer computation says. Amounts stay below 10^12 so that sums of a few of them stay far inside the 10^18 bound.
 */
class MoneyProperties {
    /** Currencies with 0 (JPY), 2 (EUR, USD) and 3 (BHD) fraction digits. */
    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("JPY"), Currency.getInstance("EUR"),
            Currency.getInstance("USD"), Currency.getInstance("BHD"));
    private static final long MAX_UNSCALED = 1_000_000_000_000L;

    // ---------------------------------------------------------------- arithmetic within a currency

    @Property
    void plus_isCommutative(@ForAll("pairs") Tuple2<Money, Money> pair) {
        assertThat(pair.get1().plus(pair.get2())).isEqualTo(pair.get2().plus(pair.get1()));
    }

    @Property
    void plus_isAssociative(@ForAll("triples") Tuple3<Money, Money, Money> t) {
        assertThat(t.get1().plus(t.get2()).plus(t.get3())).isEqualTo(t.get1().plus(t.get2().plus(t.get3())));
    }

    @Property
    void minus_undoesPlus(@ForAll("pairs") Tuple2<Money, Money> pair) {
        Money a = pair.get1();
        Money b = pair.get2();
        assertThat(a.plus(b).minus(b)).isEqualTo(a);
        assertThat(a.minus(b).plus(b)).isEqualTo(a);
    }

    @Property
    void minus_isPlusOfTheNegation(@ForAll("pairs") Tuple2<Money, Money> pair) {
        assertThat(pair.get1().minus(pair.get2())).isEqualTo(pair.get1().plus(pair.get2().negate()));
    }

    @Property
    void plus_ofTheNegation_isZero(@ForAll("money") Money a) {
        Money sum = a.plus(a.negate());

        assertThat(sum).isEqualTo(Money.zero(a.currency()));
        assertThat(sum.isZero()).isTrue();
        assertThat(a.negate().negate()).isEqualTo(a);
    }

    @Property
    void zero_isTheIdentityOfPlusAndMinus(@ForAll("money") Money a) {
        Money zero = Money.zero(a.currency());

        assertThat(a.plus(zero)).isEqualTo(a);
        assertThat(zero.plus(a)).isEqualTo(a);
        assertThat(a.minus(zero)).isEqualTo(a);
        assertThat(zero.minus(a)).isEqualTo(a.negate());
    }

    @Property
    void plus_addsTheAmountsExactly(@ForAll("pairs") Tuple2<Money, Money> pair) {
        BigDecimal exact = pair.get1().amount().add(pair.get2().amount());

        assertThat(pair.get1().plus(pair.get2()).amount().compareTo(exact)).isZero();
    }

    // ---------------------------------------------------------------- scale

    @Property
    void scale_isAlwaysTheCurrencysFractionDigits(@ForAll("pairs") Tuple2<Money, Money> pair,
                                                  @ForAll("factors") BigDecimal factor) {
        Money a = pair.get1();
        int digits = a.currency().getDefaultFractionDigits();
        for (Money m : List.of(a, pair.get2(), a.plus(pair.get2()), a.minus(pair.get2()), a.negate(),
                a.times(factor, RoundingMode.HALF_EVEN), Money.zero(a.currency()))) {
            assertThat(m.amount().scale()).as("scale of %s", m).isEqualTo(digits);
        }
    }

    @Property
    void scale_ofTheBuiltInCurrencies_isTheirMinorUnit(@ForAll @IntRange(min = -100_000, max = 100_000) int whole) {
        assertThat(Money.of(BigDecimal.valueOf(whole), Currency.getInstance("JPY")).amount().scale()).isZero();
        assertThat(Money.of(BigDecimal.valueOf(whole), Currency.getInstance("EUR")).amount().scale()).isEqualTo(2);
        assertThat(Money.of(BigDecimal.valueOf(whole), Currency.getInstance("BHD")).amount().scale()).isEqualTo(3);
    }

    @Property
    void construction_acceptsTrailingZerosBeyondTheMinorUnit(@ForAll("money") Money a,
                                                             @ForAll @IntRange(min = 1, max = 6) int extraZeros) {
        BigDecimal padded = a.amount().setScale(a.amount().scale() + extraZeros);

        assertThat(Money.of(padded, a.currency())).isEqualTo(a);
    }

    @Property
    void construction_withMoreFractionDigitsThanTheCurrencyAllows_isRejected(
            @ForAll("currencies") Currency currency, @ForAll @IntRange(min = -1_000_000, max = 1_000_000) int whole,
            @ForAll @IntRange(min = 1, max = 9) int lastDigit, @ForAll @IntRange(min = 1, max = 4) int extraDigits) {
        // A non-zero digit one to four places past the minor unit: the amount cannot be held without rounding.
        int scale = currency.getDefaultFractionDigits() + extraDigits;
        BigDecimal amount = BigDecimal.valueOf(whole).add(BigDecimal.valueOf(lastDigit, scale));

        ValidationException e = catchThrowableOfType(ValidationException.class, () -> Money.of(amount, currency));

        assertThat(e).as("%s %s", amount, currency).isNotNull();
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.path()).isEqualTo("amount"));
        assertThat(e.getMessage()).contains(currency.getCurrencyCode());
    }

    // ---------------------------------------------------------------- mixed currencies

    @Property
    void arithmeticAndComparison_ofMixedCurrencies_areRejectedNamingBothCurrencies(@ForAll("mixedPairs") Tuple2<Money, Money> pair) {
        Money a = pair.get1();
        Money b = pair.get2();
        List<BiFunction<Money, Money, Object>> operations = List.of(Money::plus, Money::minus, Money::compareTo);
        for (BiFunction<Money, Money, Object> operation : operations) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> operation.apply(a, b));

            assertThat(e).as("%s with %s", a, b).isNotNull();
            assertThat(e.getMessage()).contains(a.currency().getCurrencyCode(), b.currency().getCurrencyCode());
        }
    }

    // ---------------------------------------------------------------- ordering

    @Property
    void compareTo_isZeroExactlyWhenEqual(@ForAll("pairs") Tuple2<Money, Money> pair) {
        Money a = pair.get1();
        Money b = pair.get2();

        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(a.amount().compareTo(b.amount()));
    }

    @Property
    void equalAmounts_writtenWithDifferentScales_areEqualAndCompareAsEqual(@ForAll("money") Money a) {
        Money rewritten = Money.of(a.amount().setScale(a.amount().scale() + 2), a.currency());

        assertThat(rewritten).isEqualTo(a);
        assertThat(rewritten.compareTo(a)).isZero();
        assertThat(rewritten.hashCode()).isEqualTo(a.hashCode());
    }

    // ---------------------------------------------------------------- times

    @Property
    void times_halfEven_matchesAnIndependentIntegerRounding(@ForAll("money") Money a, @ForAll("factors") BigDecimal factor) {
        int digits = a.currency().getDefaultFractionDigits();

        Money product = a.times(factor, RoundingMode.HALF_EVEN);

        assertThat(product.amount().unscaledValue()).as("%s × %s", a, factor)
                .isEqualTo(halfEven(a.amount().multiply(factor), digits));
        assertThat(product.currency()).isEqualTo(a.currency());
    }

    @Property
    void times_one_isTheIdentity_andTimesZeroIsZero(@ForAll("money") Money a) {
        assertThat(a.times(BigDecimal.ONE, RoundingMode.HALF_EVEN)).isEqualTo(a);
        assertThat(a.times(BigDecimal.ZERO, RoundingMode.HALF_EVEN)).isEqualTo(Money.zero(a.currency()));
    }

    /**
     * The unscaled value of {@code exact} rounded half-even to {@code digits} fraction digits, computed with integer
     * division: {@code exact = n / 10^s}; the result is {@code n · 10^digits / 10^s}, rounded to the nearest integer,
     * ties to the even one.
     */
    private static BigInteger halfEven(BigDecimal exact, int digits) {
        BigInteger n = exact.unscaledValue();
        int shift = exact.scale() - digits;
        if (shift <= 0) {
            return n.multiply(BigInteger.TEN.pow(-shift));
        }
        BigInteger divisor = BigInteger.TEN.pow(shift);
        BigInteger[] qr = n.divideAndRemainder(divisor); // q truncated toward zero, r has n's sign
        BigInteger q = qr[0];
        int twiceRemainderVsDivisor = qr[1].abs().shiftLeft(1).compareTo(divisor);
        boolean awayFromZero = twiceRemainderVsDivisor > 0 || twiceRemainderVsDivisor == 0 && q.testBit(0);
        return awayFromZero ? q.add(BigInteger.valueOf(n.signum())) : q;
    }

    // ---------------------------------------------------------------- arbitraries

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of(CURRENCIES);
    }

    @Provide
    Arbitrary<Money> money() {
        return currencies().flatMap(MoneyProperties::money);
    }

    @Provide
    Arbitrary<Tuple2<Money, Money>> pairs() {
        return currencies().flatMap(c -> Combinators.combine(money(c), money(c)).as(Tuple::of));
    }

    /** Two amounts in different currencies. */
    @Provide
    Arbitrary<Tuple2<Money, Money>> mixedPairs() {
        return Combinators.combine(currencies(), currencies()).filter((c1, c2) -> !c1.equals(c2))
                .flatAs((c1, c2) -> Combinators.combine(money(c1), money(c2)).as(Tuple::of));
    }

    @Provide
    Arbitrary<Tuple3<Money, Money, Money>> triples() {
        return currencies().flatMap(c -> Combinators.combine(money(c), money(c), money(c)).as(Tuple::of));
    }

    /** Quantities and rates: integers, fractions with up to four digits (so halves and ties occur), negatives. */
    @Provide
    Arbitrary<BigDecimal> factors() {
        Arbitrary<BigDecimal> fractions = Combinators.combine(Arbitraries.integers().between(-100_000, 100_000),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> ties = Arbitraries.of("0.5", "1.5", "2.5", "0.005", "0.125", "-0.5").map(BigDecimal::new);
        return Arbitraries.frequencyOf(List.of(Tuple.of(4, fractions), Tuple.of(1, ties)));
    }

    /** Amounts in the currency: small ones (so that products with halves tie), and large ones, either sign. */
    private static Arbitrary<Money> money(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        Arbitrary<Long> unscaled = Arbitraries.frequencyOf(List.of(
                Tuple.of(2, Arbitraries.longs().between(-1_000, 1_000)),
                Tuple.of(3, Arbitraries.longs().between(-MAX_UNSCALED, MAX_UNSCALED))));
        return unscaled.map(u -> Money.of(BigDecimal.valueOf(u, digits), currency));
    }
}
