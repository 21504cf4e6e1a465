package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionId;
import java.util.List;
import java.util.Optional;

/** Stores interactions, an append-only log per customer. */
public interface InteractionRepository {
    /**
     * Stores a new interaction.
     *
     * @param interaction a new interaction
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(Interaction interaction);

    /**
     * Stores new interactions as {@link #insert} does, each under the same rules, for imports of many at once. Called
     * inside the caller's transaction, it is all-or-nothing with it: when one interaction conflicts (with a stored one
     * or with another of the list), the exception propagates and rolling the transaction back leaves none of them
     * written. Adapters override it to batch the writes; this default inserts one after the other.
     *
     * @param interactions the interactions, each as {@link #insert} takes it; may be empty
     * @throws ConflictException as {@link #insert} does, for the first interaction that conflicts
     */
    default void insertAll(List<Interaction> interactions) {
        for (Interaction interaction : interactions) {
            insert(interaction);
        }
    }

    /**
     * {@return the interaction, or empty}
     *
     * @param id an interaction id
     */
    Optional<Interaction> findById(InteractionId id);

    /**
     * {@return the customer's interactions strictly after {@code after} in the order occurredAt descending, then id
     * descending (unsigned UUID order)}
     *
     * @param customer whose timeline
     * @param after    the position of the last item of the previous page, or empty for the first page
     * @param limit    maximum number to return
     */
    List<Interaction> timeline(CustomerId customer, Optional<TimelinePosition> after, int limit);
}
