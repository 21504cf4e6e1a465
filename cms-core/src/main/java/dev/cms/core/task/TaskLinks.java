package dev.cms.core.task;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.support.TicketId;
import java.util.Objects;
import java.util.Optional;

/**
 * What a task is about, by id.
 *
 * @param customer    the customer it concerns
 * @param opportunity the deal it advances
 * @param ticket      the ticket it resolves
 */
public record TaskLinks(Optional<CustomerId> customer, Optional<OpportunityId> opportunity, Optional<TicketId> ticket) {
    private static final TaskLinks NONE = new TaskLinks(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the parts are present.
     *
     * @param customer    the customer it concerns
     * @param opportunity the deal it advances
     * @param ticket      the ticket it resolves
     */
    public TaskLinks {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(ticket, "ticket");
    }

    /** {@return links to nothing} */
    public static TaskLinks none() {
        return NONE;
    }
}
