package dev.cms.core.support;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens, routes, assigns and moves support tickets, and reports their SLA state; obtain it with
 * {@code cms.as(principal).tickets()}. Routing, queues and SLA policies come from the {@link SupportSettings} given to
 * {@code Cms.builder().support(...)}. Logging an outbound interaction linked to a ticket records its first response
 * (the interaction's time, if it is not before the ticket was opened and no response was recorded yet).
 */
public interface TicketService {
    /**
     * Opens a ticket (status NEW), routes it to a queue and lets the queue's strategy assign it; publishes
     * {@link TicketOpened}.
     *
     * @param details the ticket
     * @return the stored ticket
     * @throws ValidationException if the customer does not exist
     */
    Ticket open(TicketDetails details);

    /**
     * {@return the ticket}
     *
     * @param id a ticket id
     * @throws NotFoundException if there is none
     */
    Ticket get(TicketId id);

    /**
     * {@return the ticket, or empty}
     *
     * @param id a ticket id
     */
    Optional<Ticket> find(TicketId id);

    /**
     * Changes subject, description, category or priority (the queue stays; the SLA follows the new priority).
     *
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param details         new details, for the same customer
     * @return the updated ticket
     * @throws ConflictException if stale
     */
    Ticket update(TicketId id, long expectedVersion, TicketDetails details);

    /**
     * {@return the moved ticket}
     *
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param next            a status reachable by an ordinary move (see {@link TicketStatus})
     * @throws ValidationException if the move is not legal
     */
    Ticket moveTo(TicketId id, long expectedVersion, TicketStatus next);

    /**
     * {@return the ticket, open again, with its resolution time cleared}
     *
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param reason          why it is reopened
     * @throws ValidationException if the ticket is still open or the reason is blank
     */
    Ticket reopen(TicketId id, long expectedVersion, String reason);

    /**
     * {@return the reassigned ticket}
     *
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param agent           the new assignee, or empty to unassign
     */
    Ticket assign(TicketId id, long expectedVersion, Optional<UserId> agent);

    /**
     * {@return its SLA status now, by the Cms's clock}
     *
     * @param id a ticket
     */
    SlaStatus sla(TicketId id);

    /**
     * {@return its SLA status at {@code at}}
     *
     * @param ticket a ticket
     * @param at     any instant
     */
    SlaStatus slaAt(Ticket ticket, Instant at);

    /**
     * {@return the customer's tickets of any status, newest first}
     *
     * @param customer a customer
     * @param page     which page
     */
    Page<Ticket> byCustomer(CustomerId customer, PageRequest page);

    /**
     * {@return the queue's open tickets (new, open, pending), oldest first}
     *
     * @param queue a queue name
     * @param page  which page
     */
    Page<Ticket> openInQueue(String queue, PageRequest page);

    /**
     * {@return the agent's open tickets, oldest first}
     *
     * @param agent an agent
     * @param page  which page
     */
    Page<Ticket> openByAssignee(UserId agent, PageRequest page);
}
