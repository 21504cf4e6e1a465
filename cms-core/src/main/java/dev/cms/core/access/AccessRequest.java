package dev.cms.core.access;

import dev.cms.core.customer.CustomerId;
import java.util.Objects;
import java.util.Optional;

/**
 * One question put to an {@link AccessPolicy}: may {@code principal} perform {@code action} on {@code resource},
 * optionally within the data of one customer (so a policy can limit users to the customers they own).
 *
 * @param principal who acts
 * @param action    what they do
 * @param resource  on which kind of data
 * @param customer  the customer the data belongs to, when there is exactly one
 */
public record AccessRequest(Principal principal, Action action, ResourceType resource, Optional<CustomerId> customer) {
    /**
     * Checks that all parts are present.
     *
     * @param principal who acts
     * @param action    what they do
     * @param resource  on which kind of data
     * @param customer  the customer the data belongs to, when there is exactly one
     */
    public AccessRequest {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(customer, "customer");
    }
}
