package dev.cms.core.commerce;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's order history in numbers, computed by the store without loading every order. Fully refunded
 * purchases are left out; partly refunded ones count with their net total.
 *
 * @param count    purchases counted
 * @param totals   net total per currency, sorted by currency code (empty when nothing was bought)
 * @param first    when the first counted purchase was made
 * @param last     when the latest counted purchase was made
 */
public record PurchaseSummary(long count, List<Money> totals, Optional<Instant> first, Optional<Instant> last) {
    private static final PurchaseSummary NONE = new PurchaseSummary(0, List.of(), Optional.empty(), Optional.empty());

    /**
     * Sorts the totals and checks consistency.
     *
     * @param count    purchases counted
     * @param totals   net total per currency, sorted by currency code (empty when nothing was bought)
     * @param first    when the first counted purchase was made
     * @param last     when the latest counted purchase was made
     * @throws ValidationException if the count is negative, or first and last are not present exactly when it is not 0
     */
    public PurchaseSummary {
        if (count < 0) {
            throw ValidationException.of("count", count, "must not be negative");
        }
        totals = totals.stream().sorted(Comparator.comparing(m -> m.currency().getCurrencyCode())).toList();
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if ((count == 0) != first.isEmpty() || first.isPresent() != last.isPresent()) {
            throw ValidationException.of("first", first.orElse(null), "first and last are present exactly when count > 0");
        }
    }

    /** {@return the summary of a customer who never bought} */
    public static PurchaseSummary none() {
        return NONE;
    }

    /**
     * {@return the net total in that currency, if any purchase used it}
     *
     * @param currency a currency
     */
    public Optional<Money> total(java.util.Currency currency) {
        return totals.stream().filter(m -> m.currency().equals(currency)).findFirst();
    }
}
