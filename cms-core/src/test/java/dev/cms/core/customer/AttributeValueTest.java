package dev.cms.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class AttributeValueTest {

    private static Violation numberRejection(String text) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> new AttributeValue.Number(new BigDecimal(text)));
        assertThat(e).as("number %s must be rejected", text).isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).path()).isEqualTo("value");
        return e.violations().get(0);
    }

    @Test
    void number_dropsTrailingZeros() {
        assertThat(AttributeValue.number(new BigDecimal("1.50"))).isEqualTo(AttributeValue.number(new BigDecimal("1.5")));
        assertThat(new AttributeValue.Number(new BigDecimal("0.000")).value()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void number_acceptsEverythingANumeric38Comma18Holds() {
        String twentyNines = "9".repeat(20);
        String eighteenNines = "9".repeat(18);

        assertThat(new AttributeValue.Number(new BigDecimal(twentyNines + "." + eighteenNines)).value().precision()).isEqualTo(38);
        assertThat(new AttributeValue.Number(new BigDecimal("-" + twentyNines)).value()).isEqualTo(new BigDecimal("-" + twentyNines));
        assertThat(new AttributeValue.Number(new BigDecimal("1E-18")).value()).isEqualTo(new BigDecimal("0.000000000000000001"));
        // Trailing zeros beyond the 18th fraction digit do not count: 1.5 written with 30 decimals is 1.5.
        assertThat(new AttributeValue.Number(new BigDecimal("1.5" + "0".repeat(29))).value()).isEqualTo(new BigDecimal("1.5"));
    }

    @Test
    void number_withTwentyOneIntegerDigits_isRejected() {
        assertThat(numberRejection("1" + "0".repeat(20)).reason()).contains("less than 10^20");
        assertThat(numberRejection("-1E+20").reason()).contains("less than 10^20");
    }

    @Test
    void number_withNineteenFractionDigits_isRejected() {
        assertThat(numberRejection("0.0000000000000000001").reason()).contains("more than 18 fraction digits");
        assertThat(numberRejection("1.2345678901234567891").reason()).contains("more than 18 fraction digits");
    }

    @Test
    @Timeout(5)
    void number_withAHugeExponent_isRefusedAtOnce() {
        assertThat(numberRejection("1E+99999999").rejectedValue()).isEqualTo("1E+99999999");
        assertThat(numberRejection("1E-99999999").rejectedValue()).isEqualTo("1E-99999999");
    }

    @Test
    @Timeout(5)
    void number_withAnExponentAtTheEndOfTheIntRange_isRefusedNotOverflowed() {
        // Regression: precision - scale was an int; for 1E+2147483647 it is 1 + 2147483647, which wrapped to a
        // negative number, so the number passed as small. Stripping 100E+2147483647 threw ArithmeticException.
        assertThat(numberRejection("1E+2147483647").reason()).contains("less than 10^20");
        assertThat(numberRejection("-9E+2147483647").reason()).contains("less than 10^20");
        assertThat(numberRejection("100E+2147483647").reason()).contains("less than 10^20");
        assertThat(numberRejection("1E-2147483647").reason()).contains("more than 18 fraction digits");
    }
}
