package dev.cms.analytics.clv;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a raw transaction list: who bought, on which day, for how much. Several rows may share a customer and a
 * day; {@link CustomerSummaries#fromTransactions} merges them.
 *
 * @param customer the customer's key
 * @param date     the purchase day
 * @param amount   the value, not negative
 * @param <K>      the type of customer key
 */
public record Transaction<K>(K customer, LocalDate date, Money amount) {
    /**
     * @throws ValidationException if the amount is negative
     */
    public Transaction {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw ValidationException.of("amount", amount, "must not be negative");
        }
    }
}
