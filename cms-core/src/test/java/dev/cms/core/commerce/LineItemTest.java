package dev.cms.core.commerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LineItemTest {
    private static final Money PRICE = Money.of("12.50", "EUR");

    private static List<Violation> rejection(String quantity, String discount) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new LineItem("SKU-1", "Widget", new BigDecimal(quantity), PRICE, new BigDecimal(discount)));
        assertThat(e).as("quantity %s, discount %s must be rejected", quantity, discount).isNotNull();
        return e.violations();
    }

    @Test
    void total_appliesQuantityAndDiscountAndRoundsHalfEven() {
        // 12.50 × 1.5 × (100 − 33.3333) / 100 = 12.50000625, rounded half-even to 12.50
        LineItem line = new LineItem("SKU-1", "Widget", new BigDecimal("1.500000"), PRICE, new BigDecimal("33.3333"));

        assertThat(line.total()).isEqualTo(Money.of("12.50", "EUR"));
        assertThat(line.quantity()).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void quantityAtTheBounds_isAccepted() {
        LineItem line = new LineItem("SKU-1", "Widget", new BigDecimal("999999999999.999999"), Money.of("0.00", "EUR"), BigDecimal.ZERO);

        assertThat(line.total()).isEqualTo(Money.of("0.00", "EUR"));
    }

    @Test
    void quantityOf10To12OrWithSevenFractionDigits_isRejected() {
        assertThat(rejection("1000000000000", "0")).extracting(Violation::path, Violation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity", "must be less than 10^12"));
        assertThat(rejection("0.0000001", "0")).extracting(Violation::reason).containsExactly("has more than 6 fraction digits");
    }

    @Test
    void discountWithFiveFractionDigits_isRejected() {
        assertThat(rejection("1", "12.34567")).extracting(Violation::path).containsExactly("discountPercent");
    }

    @Test
    @Timeout(5)
    void hugeExponents_areRefusedAtOnceBeforeAnyArithmetic() {
        // Regression: total() rescaled quantity × price first, expanding 1E+99999999 into 10^8 digits.
        assertThat(rejection("1E+99999999", "0")).extracting(Violation::path).containsExactly("quantity");
        assertThat(rejection("1E-99999999", "0")).extracting(Violation::path).containsExactly("quantity");
        assertThat(rejection("1", "1E-99999999")).extracting(Violation::path).containsExactly("discountPercent");
    }

    @Test
    @Timeout(5)
    void quantityWithAnExponentAtTheEndOfTheIntRange_isRefusedNotOverflowed() {
        // Regression: precision - scale was an int; for 1E+2147483647 it wrapped to a negative number, so the
        // quantity passed as small; stripping 100E+2147483647 threw ArithmeticException.
        assertThat(rejection("1E+2147483647", "0")).extracting(Violation::path, Violation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity", "must be less than 10^12"));
        assertThat(rejection("100E+2147483647", "0")).extracting(Violation::path, Violation::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("quantity", "must be less than 10^12"));
    }
}
