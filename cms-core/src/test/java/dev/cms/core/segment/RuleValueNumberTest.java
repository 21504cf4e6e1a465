package dev.cms.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class RuleValueNumberTest {

    private static Violation rejection(String number) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> new RuleValue.Number(new BigDecimal(number)));
        assertThat(e).as("number %s must be rejected", number).isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).path()).isEqualTo("value");
        return e.violations().get(0);
    }

    @Test
    void number_below10To20WithAtMost18FractionDigits_isAcceptedWithoutTrailingZeros() {
        assertThat(new RuleValue.Number(new BigDecimal("99999999999999999999.000000000000000001")).value().precision()).isEqualTo(38);
        assertThat(new RuleValue.Number(new BigDecimal("500.00"))).isEqualTo(RuleValue.Number.of(500));
        assertThat(rejection("1E+20").reason()).isEqualTo("must be less than 10^20 in magnitude");
        assertThat(rejection("1E-19").reason()).isEqualTo("has more than 18 fraction digits");
    }

    @Test
    @Timeout(5)
    void number_withAnExponentAtTheEndOfTheIntRange_isRefusedNotOverflowed() {
        // Regression: precision - scale was an int; for 1E+2147483647 it is 1 + 2147483647, which wrapped to a
        // negative number, so the number passed as small (and toPlainString() would then build 2^31 digits).
        // Stripping 100E+2147483647 threw ArithmeticException.
        assertThat(rejection("1E+2147483647").reason()).isEqualTo("must be less than 10^20 in magnitude");
        assertThat(rejection("-1E+2147483647").reason()).isEqualTo("must be less than 10^20 in magnitude");
        assertThat(rejection("100E+2147483647").reason()).isEqualTo("must be less than 10^20 in magnitude");
        assertThat(rejection("1E-2147483647").reason()).isEqualTo("has more than 18 fraction digits");
    }
}
