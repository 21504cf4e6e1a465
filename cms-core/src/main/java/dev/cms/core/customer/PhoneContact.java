package dev.cms.core.customer;

import dev.cms.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * One of a customer's telephone numbers.
 *
 * @param phone   the number
 * @param label   what it is for, such as {@code "mobile"}
 * @param primary whether it is the number to use by default (exactly one per customer that has any)
 */
public record PhoneContact(Phone phone, Optional<String> label, boolean primary) {
    /**
     * Checks the label.
     *
     * @param phone   the number
     * @param label   what it is for, such as {@code "mobile"}
     * @param primary whether it is the number to use by default (exactly one per customer that has any)
     */
    public PhoneContact {
        Objects.requireNonNull(phone, "phone");
        label = Checks.optionalLine("label", label, 50);
    }
}
