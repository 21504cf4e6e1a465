package dev.cms.core.customer;

import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored customer: its id, its {@link CustomerProfile}, when it was created and last updated, and its version.
 * The version starts at 0 and grows by one with every update; an update made from a stale copy is refused with a
 * {@link dev.cms.core.ConflictException}.
 *
 * @param id        the customer's id
 * @param profile   everything users edit
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param version   optimistic-lock version
 */
public record Customer(CustomerId id, CustomerProfile profile, Instant createdAt, Instant updatedAt, long version) {
    /**
     * Checks the parts.
     *
     * @param id        the customer's id
     * @param profile   everything users edit
     * @param createdAt when it was created
     * @param updatedAt when it was last changed
     * @param version   optimistic-lock version
     */
    public Customer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        createdAt = Checks.instant("createdAt", createdAt);
        updatedAt = Checks.instant("updatedAt", updatedAt);
        if (version < 0) {
            throw dev.cms.core.ValidationException.of("version", version, "must not be negative");
        }
    }

    /** {@return the name to show in lists} */
    public String displayName() {
        return profile.name().display();
    }

    /** {@return whether this is a person or an organization} */
    public CustomerKind kind() {
        return profile.kind();
    }

    /**
     * {@return the next version of this customer}
     *
     * @param newProfile the changed profile
     * @param at         when the change happens
     */
    public Customer withProfile(CustomerProfile newProfile, Instant at) {
        return new Customer(id, newProfile, createdAt, at, version + 1);
    }
}
