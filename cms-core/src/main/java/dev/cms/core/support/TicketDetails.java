package dev.cms.core.support;

import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Violations;
import java.util.Optional;

/**
 * What a ticket is about: the customer, a subject, a description, a category and a priority.
 *
 * @param customer    who raised it
 * @param subject     one line, at most 300 characters
 * @param description details, at most 100,000 characters
 * @param category    a category used by routing rules, such as {@code "billing"}
 * @param priority    urgency, which selects the SLA policy
 */
public record TicketDetails(CustomerId customer, String subject, Optional<String> description, Optional<String> category,
                            TicketPriority priority) {
    /**
     * Checks every part.
     *
     * @param customer    who raised it
     * @param subject     one line, at most 300 characters
     * @param description details, at most 100,000 characters
     * @param category    a category used by routing rules, such as {@code "billing"}
     * @param priority    urgency, which selects the SLA policy
     * @throws ValidationException listing every problem
     */
    public TicketDetails {
        Violations v = new Violations();
        v.require(customer != null, "customer", null, "is required");
        subject = v.line("subject", subject, 300);
        description = v.optionalText("description", description, 100_000);
        category = v.optionalLine("category", category, 100);
        v.require(priority != null, "priority", null, "is required");
        v.throwIfAny();
    }

    /**
     * {@return details with normal priority and nothing else}
     *
     * @param customer who raised it
     * @param subject  what it is about
     */
    public static TicketDetails of(CustomerId customer, String subject) {
        return new TicketDetails(customer, subject, Optional.empty(), Optional.empty(), TicketPriority.NORMAL);
    }

    /**
     * {@return a copy with the description}
     *
     * @param text details
     */
    public TicketDetails withDescription(String text) {
        return new TicketDetails(customer, subject, Optional.of(text), category, priority);
    }

    /**
     * {@return a copy with the category}
     *
     * @param value routing category
     */
    public TicketDetails inCategory(String value) {
        return new TicketDetails(customer, subject, description, Optional.of(value), priority);
    }

    /**
     * {@return a copy with the priority}
     *
     * @param value urgency
     */
    public TicketDetails withPriority(TicketPriority value) {
        return new TicketDetails(customer, subject, description, category, value);
    }
}
