package dev.cms.core.internal;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.AccessRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.IdSource;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.support.SupportSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What every service needs: the acting principal, the access policy, the store, time, ids and the unit of work.
 *
 * @param principal   who acts
 * @param policy      the access policy
 * @param store       the persistence adapter
 * @param clock       the only time source
 * @param ids         id source
 * @param work        transactions and events
 * @param phoneRegion default region for national phone numbers
 * @param support     routing, queues and SLA policies
 * @param zone        the business time zone that defines calendar dates in rules and reports
 */
public record ServiceContext(Principal principal, AccessPolicy policy, PersistenceProvider store, Clock clock,
                             IdSource ids, UnitOfWork work, String phoneRegion, SupportSettings support,
                             java.time.ZoneId zone) {

    /** @return the clock's instant at the precision stored */
    public Instant now() {
        return Checks.instant("now", clock.instant());
    }

    /** @return a new UUID */
    public UUID newId() {
        return ids.nextId();
    }

    /**
     * @param action   what is about to happen
     * @param resource on which kind of data
     * @param customer whose data, if one customer's
     * @throws AccessDeniedException if the policy refuses
     */
    public void check(Action action, ResourceType resource, Optional<CustomerId> customer) {
        AccessRequest request = new AccessRequest(principal, action, resource, customer);
        if (!policy.permits(request)) {
            throw new AccessDeniedException(request);
        }
    }

    /**
     * @param action   what is about to happen
     * @param resource on which kind of data
     * @param customer whose data
     * @return whether the policy allows it (for filtering lists, where a refusal hides an item instead of failing)
     */
    public boolean permits(Action action, ResourceType resource, CustomerId customer) {
        return policy.permits(new AccessRequest(principal, action, resource, Optional.of(customer)));
    }

    /**
     * Reads one object: asks the policy about the kind of data, loads it, then asks again with its customer.
     *
     * @param resource   the kind of data
     * @param load       reads the object from the store
     * @param customerOf the customer the object belongs to
     * @param <T>        the object's type
     * @return the object, or empty if there is none
     * @throws AccessDeniedException if the policy refuses either question
     */
    public <T> Optional<T> read(ResourceType resource, java.util.function.Supplier<Optional<T>> load,
                                java.util.function.Function<T, CustomerId> customerOf) {
        check(Action.READ, resource);
        Optional<T> found = load.get();
        found.ifPresent(t -> checkCustomer(Action.READ, resource, customerOf.apply(t)));
        return found;
    }

    /**
     * Checks an operation on an object once it is loaded and its customer is known.
     *
     * @param action   what is about to happen
     * @param resource on which kind of data
     * @param customer the loaded object's customer
     * @throws AccessDeniedException if the policy refuses
     */
    public void checkCustomer(Action action, ResourceType resource, CustomerId customer) {
        check(action, resource, Optional.of(customer));
    }

    /**
     * @param action   what is about to happen
     * @param resource on which kind of data
     * @throws AccessDeniedException if the policy refuses
     */
    public void check(Action action, ResourceType resource) {
        check(action, resource, Optional.empty());
    }
}
