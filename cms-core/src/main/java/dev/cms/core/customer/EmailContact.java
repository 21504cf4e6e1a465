package dev.cms.core.customer;

import dev.cms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a customer's e-mail addresses.
 *
 * @param email   the address
 * @param label   what it is for, such as {@code "work"}
 * @param primary whether it is the address to use by default (exactly one per customer that has any)
 */
public record EmailContact(Email email, Optional<String> label, boolean primary) {
    /**
     * Checks the label.
     *
     * @param email   the address
     * @param label   what it is for, such as {@code "work"}
     * @param primary whether it is the address to use by default (exactly one per customer that has any)
     */
    public EmailContact {
        Objects.requireNonNull(email, "email");
        label = Checks.optionalLine("label", label, 50);
    }
}
