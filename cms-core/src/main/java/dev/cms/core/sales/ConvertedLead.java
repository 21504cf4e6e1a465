package dev.cms.core.sales;

import dev.cms.core.customer.Customer;
import dev.cms.core.task.Task;
import java.util.Objects;
import java.util.Optional;

/**
 * What a lead conversion produced, all committed together.
 *
 * @param customer     the converted customer, in its new stage
 * @param organization the organization created for it, if one was
 * @param opportunity  the deal opened for it, if one was
 * @param followUp     the follow-up task, if one was created
 */
public record ConvertedLead(Customer customer, Optional<Customer> organization, Optional<Opportunity> opportunity,
                            Optional<Task> followUp) {
    /**
     * Checks the parts are present.
     *
     * @param customer     the converted customer, in its new stage
     * @param organization the organization created for it, if one was
     * @param opportunity  the deal opened for it, if one was
     * @param followUp     the follow-up task, if one was created
     */
    public ConvertedLead {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(followUp, "followUp");
    }
}
