package dev.cms.core.customer;

import dev.cms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's link to the organization they work for, by id.
 *
 * @param organization the organization customer
 * @param jobTitle     the person's title there
 */
public record Affiliation(CustomerId organization, Optional<String> jobTitle) {
    /**
     * Checks the title.
     *
     * @param organization the organization customer
     * @param jobTitle     the person's title there
     */
    public Affiliation {
        Objects.requireNonNull(organization, "organization");
        jobTitle = Checks.optionalLine("jobTitle", jobTitle, 100);
    }
}
