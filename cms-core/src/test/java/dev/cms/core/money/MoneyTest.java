package dev.cms.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MoneyTest {

    private static Violation rejection(String amount) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new Money(new BigDecimal(amount), Money.currency("EUR")));
        assertThat(e).as("amount %s must be rejected", amount).isNotNull();
        assertThat(e.violations()).hasSize(1);
        assertThat(e.violations().get(0).path()).isEqualTo("amount");
        return e.violations().get(0);
    }

    @Test
    void amountBelow10To18_isAccepted_andOneMoreDigitIsNot() {
        assertThat(new Money(new BigDecimal("999999999999999999.99"), Money.currency("EUR")).amount().precision()).isEqualTo(20);
        assertThat(rejection("1E+18").reason()).isEqualTo("must be less than 10^18 in magnitude");
    }

    @Test
    @Timeout(5)
    void amountWithAnExponentAtTheEndOfTheIntRange_isRefusedNotOverflowed() {
        // Regression: precision - scale was an int; for 1E+2147483647 it is 1 + 2147483647, which wrapped to a
        // negative number, so the amount passed as small and setScale(2) then tried to expand it into 2^31 digits.
        // Stripping 100E+2147483647 threw ArithmeticException.
        assertThat(rejection("1E+2147483647").reason()).isEqualTo("must be less than 10^18 in magnitude");
        assertThat(rejection("100E+2147483647").reason()).isEqualTo("must be less than 10^18 in magnitude");
        assertThat(rejection("1E-2147483647").reason()).contains("more than 2 fraction digits");
    }
}
