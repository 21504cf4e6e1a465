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
     * @param id a ticket id
     * @return the ticket
     * @throws NotFoundException if there is none
     */
    Ticket get(TicketId id);

    /**
     * @param id a ticket id
     * @return the ticket, or empty
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
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param next            a status reachable by an ordinary move (see {@link TicketStatus})
     * @return the moved ticket
     * @throws ValidationException if the move is not legal
     */
    Ticket moveTo(TicketId id, long expectedVersion, TicketStatus next);

    /**
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param reason          why it is reopened
     * @return the ticket, open again, with its resolution time cleared
     * @throws ValidationException if the ticket is still open or the reason is blank
     */
    Ticket reopen(TicketId id, long expectedVersion, String reason);

    /**
     * @param id              the ticket
     * @param expectedVersion the version read
     * @param agent           the new assignee, or empty to unassign
     * @return the reassigned ticket
     */
    Ticket assign(TicketId id, long expectedVersion, Optional<UserId> agent);

    /**
     * @param id a ticket
     * @return its SLA status now, by the Cms's clock
     */
    SlaStatus sla(TicketId id);

    /**
     * @param ticket a ticket
     * @param at     any instant
     * @return its SLA status at {@code at}
     */
    SlaStatus slaAt(Ticket ticket, Instant at);

    /**
     * @param customer a customer
     * @param page     which page
     * @return the customer's tickets of any status, newest first
     */
    Page<Ticket> byCustomer(CustomerId customer, PageRequest page);

    /**
     * @param queue a queue name
     * @param page  which page
     * @return the queue's open tickets (new, open, pending), oldest first
     */
    Page<Ticket> openInQueue(String queue, PageRequest page);

    /**
     * @param agent an agent
     * @param page  which page
     * @return the agent's open tickets, oldest first
     */
    Page<Ticket> openByAssignee(UserId agent, PageRequest page);
}
