package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.util.Currency;
import java.util.Objects;

/**
 * Historical customer value in one currency over a population and a window.
 *
 * <p>For customer i, the historical (past, undiscounted) customer value is {@code HCLV_i = Σ_j (total_j − refunded_j)}
 * over the purchases j of i made in the window, in one currency; fully refunded purchases count neither as purchases
 * nor as value. Here {@code total} is {@code Σ_i HCLV_i}, {@code meanPerBuyer} is {@code total / buyers} and
 * {@code meanPerCustomer} is {@code total / customers} (the whole population, buyers or not), both rounded half-even to
 * the currency's minor unit. Reference: the "past customer value" metric of V. Kumar and W. Reinartz, <i>Customer
 * Relationship Management: Concepts, Strategy, and Tools</i>, 3rd ed., Springer 2018, ch. 6, taken without
 * compounding (a discount rate of 0).
 *
 * @param currency        the currency
 * @param buyers          customers with at least one counted purchase in this currency
 * @param purchases       counted purchases in this currency
 * @param total           sum of the net purchase values
 * @param meanPerBuyer    total / buyers
 * @param meanPerCustomer total / customers of the population
 */
public record CurrencyClv(Currency currency, long buyers, long purchases, Money total, Money meanPerBuyer,
                            Money meanPerCustomer) {
    /**
     * Checks the parts agree.
     *
     * @param currency        the currency
     * @param buyers          customers with at least one counted purchase in this currency
     * @param purchases       counted purchases in this currency
     * @param total           sum of the net purchase values
     * @param meanPerBuyer    total / buyers
     * @param meanPerCustomer total / customers of the population
     * @throws ValidationException if a count is not positive or an amount is in another currency
     */
    public CurrencyClv {
        Objects.requireNonNull(currency, "currency");
        if (buyers < 1 || purchases < buyers) {
            throw ValidationException.of("buyers", buyers, "must be at least 1 and at most the purchases " + purchases);
        }
        for (Money m : new Money[] {total, meanPerBuyer, meanPerCustomer}) {
            if (!Objects.requireNonNull(m, "amount").currency().equals(currency)) {
                throw ValidationException.of("currency", m, "must be " + currency.getCurrencyCode());
            }
        }
    }
}
