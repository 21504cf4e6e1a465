package dev.cms.analytics.kpi;

import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money arithmetic the KPIs share: means rounded half-even to the currency's minor unit. */
final class Amounts {
    private Amounts() {
    }

    /** {@code total / count}, rounded half-even to the currency's minor unit; {@code count} must be positive. */
    static Money mean(BigDecimal total, long count, Currency currency) {
        return new Money(total.divide(BigDecimal.valueOf(count), currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN),
                currency);
    }
}
