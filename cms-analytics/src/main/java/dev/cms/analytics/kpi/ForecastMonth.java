package dev.cms.analytics.kpi;

import dev.cms.core.money.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.Objects;

/**
 * The weighted pipeline forecast for one expected close month and currency: the deals open at the window's end whose
 * expected close date falls in that month (and in the window), with {@code amount = Σ amount} and
 * {@code weighted = Σ amount × p / 100}, p the deal's own probability or else its stage's default (the expected-value
 * forecast of CRM systems, such as Salesforce's "expected revenue").
 *
 * @param month    the expected close month
 * @param currency the currency
 * @param deals    open deals expected to close in the month
 * @param amount   their total amount
 * @param weighted their probability-weighted amount
 */
public record ForecastMonth(YearMonth month, Currency currency, long deals, Money amount, Money weighted) {
    /**
     * Checks the parts are present.
     *
     * @param month    the expected close month
     * @param currency the currency
     * @param deals    open deals expected to close in the month
     * @param amount   their total amount
     * @param weighted their probability-weighted amount
     */
    public ForecastMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(weighted, "weighted");
    }
}
