package dev.cms.core.segment;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import java.time.Instant;
import java.util.List;

/**
 * Customers were added to or removed from a static list.
 *
 * @param list       the list
 * @param added      customers that became members, ordered by id
 * @param removed    customers that stopped being members, ordered by id
 * @param actor      who did it
 * @param occurredAt when
 */
public record StaticListMembersChanged(StaticListId list, List<CustomerId> added, List<CustomerId> removed, UserId actor,
                                       Instant occurredAt) implements DomainEvent {
    /**
     * Copies the lists.
     *
     * @param list       the list
     * @param added      customers that became members
     * @param removed    customers that stopped being members
     * @param actor      who did it
     * @param occurredAt when
     */
    public StaticListMembersChanged {
        java.util.Objects.requireNonNull(list, "list");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }
}
