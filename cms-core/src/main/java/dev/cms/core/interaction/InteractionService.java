package dev.cms.core.interaction;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import java.util.Optional;

/**
 * Logs interactions and reads customers' timelines on behalf of one principal; obtain it with
 * {@code cms.as(principal).interactions()}.
 */
public interface InteractionService {
    /**
     * Adds an interaction to a customer's timeline and publishes {@link InteractionLogged}.
     *
     * @param customer whose timeline
     * @param details  what happened
     * @return the stored interaction, logged by the acting principal
     * @throws NotFoundException     if the customer does not exist
     * @throws ValidationException   if the linked task does not exist
     * @throws AccessDeniedException if the principal may not write interactions of this customer
     */
    Interaction log(CustomerId customer, InteractionDetails details);

    /**
     * {@return the interaction}
     *
     * @param id an interaction id
     * @throws NotFoundException if there is none
     */
    Interaction get(InteractionId id);

    /**
     * {@return the interaction, or empty}
     *
     * @param id an interaction id
     */
    Optional<Interaction> find(InteractionId id);

    /**
     * {@return the customer's interactions, newest first (ties in time by id, descending)}
     *
     * @param customer whose timeline
     * @param page     which page
     * @throws NotFoundException if the customer does not exist
     */
    Page<Interaction> timeline(CustomerId customer, PageRequest page);
}
