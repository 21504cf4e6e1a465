package dev.cms.analytics.kpi;

import dev.cms.core.money.Money;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * The money side of the sales KPIs in one currency (deal amounts are never converted).
 *
 * <ul>
 *   <li>{@code averageDealSize = wonValue / won} over the deals won in the window, rounded half-even.</li>
 *   <li>{@code openValue} and {@code weightedOpenValue} over the deals open at the window's end:
 *       {@code Σ amount} and {@code Σ amount × p / 100}, p the deal's own probability or else its stage's default
 *       (each term rounded half-even, as {@link dev.cms.core.sales.Opportunity#weightedAmountIn} does).</li>
 *   <li>{@code velocityPerDay}, the pipeline (sales) velocity as Salesforce and HubSpot define it:
 *       {@code open × winRate × averageDealSize / meanCycleDays}, money per day, with the report's overall win rate
 *       and mean sales cycle; empty when one of them is missing or the cycle is 0.</li>
 * </ul>
 *
 * @param currency          the currency
 * @param won               deals won in the window
 * @param wonValue          their total amount
 * @param averageDealSize   wonValue / won
 * @param open              deals open at the window's end
 * @param openValue         their total amount
 * @param weightedOpenValue their probability-weighted amount
 * @param velocityPerDay    pipeline velocity
 */
public record CurrencySales(Currency currency, long won, Money wonValue, Optional<Money> averageDealSize, long open,
                            Money openValue, Money weightedOpenValue, Optional<Money> velocityPerDay) {
    /**
     * Checks the parts are present.
     *
     * @param currency          the currency
     * @param won               deals won in the window
     * @param wonValue          their total amount
     * @param averageDealSize   wonValue / won
     * @param open              deals open at the window's end
     * @param openValue         their total amount
     * @param weightedOpenValue their probability-weighted amount
     * @param velocityPerDay    pipeline velocity
     */
    public CurrencySales {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(wonValue, "wonValue");
        Objects.requireNonNull(averageDealSize, "averageDealSize");
        Objects.requireNonNull(openValue, "openValue");
        Objects.requireNonNull(weightedOpenValue, "weightedOpenValue");
        Objects.requireNonNull(velocityPerDay, "velocityPerDay");
    }
}
