package dev.cms.analytics.kpi;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer on the at-risk list, with the reasons and the numbers behind them.
 *
 * @param customer         the customer
 * @param health           health at the window's end, 0 to 100
 * @param previousHealth   health at the previous window's end, when the customer existed then
 * @param probabilityAlive P(alive) at the window's end, when a model was given and the customer bought before
 * @param components       the components of {@code health}
 * @param reasons          why the customer is listed, at least one, in the order of {@link RiskReason}
 */
public record AtRiskCustomer(CustomerId customer, double health, Optional<Double> previousHealth,
                             Optional<Double> probabilityAlive, HealthComponents components, List<RiskReason> reasons) {
    /**
     * Copies the list.
     *
     * @param customer         the customer
     * @param health           health at the window's end, 0 to 100
     * @param previousHealth   health at the previous window's end, when the customer existed then
     * @param probabilityAlive P(alive) at the window's end, when a model was given and the customer bought before
     * @param components       the components of {@code health}
     * @param reasons          why the customer is listed, at least one
     * @throws ValidationException if there is no reason
     */
    public AtRiskCustomer {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(previousHealth, "previousHealth");
        Objects.requireNonNull(probabilityAlive, "probabilityAlive");
        Objects.requireNonNull(components, "components");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw ValidationException.of("reasons", reasons, "a customer at risk has at least one reason");
        }
    }
}
