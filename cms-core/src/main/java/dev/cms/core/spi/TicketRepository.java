package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores support tickets. "Open" means status NEW, OPEN or PENDING. Id order is unsigned UUID order. */
public interface TicketRepository {
    /**
     * Stores a new ticket.
     *
     * @param ticket a new ticket
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(Ticket ticket);

    /**
     * Replaces a stored ticket with its next version.
     *
     * @param ticket the next version
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} unless the stored version is
     *                           {@code ticket.version() - 1}
     */
    void update(Ticket ticket);

    /**
     * {@return the ticket, or empty}
     *
     * @param id a ticket id
     */
    Optional<Ticket> findById(TicketId id);

    /**
     * {@return the customer's tickets by createdAt descending, then id descending, strictly after {@code after}}
     *
     * @param customer a customer
     * @param openOnly whether to return only open tickets
     * @param after    position of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<Ticket> byCustomer(CustomerId customer, boolean openOnly, Optional<TicketPosition> after, int limit);

    /**
     * {@return open tickets in the queue by createdAt ascending, then id ascending, strictly after {@code after}}
     *
     * @param queue a queue name
     * @param after position of the last item of the previous page
     * @param limit maximum number to return
     */
    List<Ticket> openInQueue(String queue, Optional<TicketPosition> after, int limit);

    /**
     * {@return open tickets assigned to the agent by createdAt ascending, then id ascending, strictly after
     * {@code after}}
     *
     * @param agent an agent
     * @param after position of the last item of the previous page
     * @param limit maximum number to return
     */
    List<Ticket> openByAssignee(UserId agent, Optional<TicketPosition> after, int limit);

    /**
     * {@return for each agent, the number of open tickets assigned to them (0 included)}
     *
     * @param agents some agents
     */
    Map<UserId, Long> countOpenByAssignee(Collection<UserId> agents);
}
