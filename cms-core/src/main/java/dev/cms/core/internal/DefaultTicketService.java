package dev.cms.core.internal;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.SupportQueue;
import dev.cms.core.support.SupportSettings;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketChanged;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketOpened;
import dev.cms.core.support.TicketService;
import dev.cms.core.support.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** {@link TicketService} over the ports and the configured {@link SupportSettings}. */
public final class DefaultTicketService implements TicketService {
    private final ServiceContext ctx;
    private final TicketRepository tickets;
    private final SupportSettings settings;

    /** @param ctx the acting context */
    public DefaultTicketService(ServiceContext ctx) {
        this.ctx = ctx;
        this.tickets = ctx.store().tickets();
        this.settings = ctx.support();
    }

    @Override
    public Ticket open(TicketDetails details) {
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.TICKET, Optional.of(details.customer()));
        return ctx.work().write(() -> {
            if (ctx.store().customers().findById(details.customer()).isEmpty()) {
                throw ValidationException.of("customer", details.customer(), "no such customer");
            }
            String queue = settings.route(details);
            Optional<UserId> agent = settings.queue(queue).filter(q -> !q.agents().isEmpty())
                    .flatMap(q -> choose(q));
            Instant now = ctx.now();
            Ticket ticket = new Ticket(TicketId.of(ctx.newId()), details, TicketStatus.NEW, Optional.of(queue), agent, now,
                    Optional.empty(), Optional.empty(), List.of(), now, 0);
            tickets.insert(ticket);
            ctx.work().raise(new TicketOpened(ticket, ctx.principal().userId(), now));
            return ticket;
        });
    }

    private Optional<UserId> choose(SupportQueue queue) {
        Optional<UserId> chosen = queue.strategy().choose(queue.name(), queue.agents(),
                tickets.countOpenByAssignee(queue.agents()));
        chosen.ifPresent(a -> {
            if (!queue.agents().contains(a)) {
                throw new IllegalStateException("assignment strategy of queue " + queue.name() + " chose " + a + ", who is not an agent of it");
            }
        });
        return chosen;
    }

    @Override
    public Ticket get(TicketId id) {
        return find(id).orElseThrow(() -> new NotFoundException("ticket", id.toString()));
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        Objects.requireNonNull(id, "id");
        return ctx.read(ResourceType.TICKET, () -> tickets.findById(id), Ticket::customer);
    }

    @Override
    public Ticket update(TicketId id, long expectedVersion, TicketDetails details) {
        Objects.requireNonNull(details, "details");
        return change(id, expectedVersion, (ticket, now) -> {
            if (!ticket.customer().equals(details.customer())) {
                throw ValidationException.of("customer", details.customer(), "a ticket cannot move to another customer");
            }
            return ticket.details().equals(details) ? ticket : ticket.withDetails(details, now);
        });
    }

    @Override
    public Ticket moveTo(TicketId id, long expectedVersion, TicketStatus next) {
        Objects.requireNonNull(next, "next");
        return change(id, expectedVersion, (ticket, now) -> ticket.moveTo(next, now, ctx.principal().userId()));
    }

    @Override
    public Ticket reopen(TicketId id, long expectedVersion, String reason) {
        return change(id, expectedVersion, (ticket, now) -> ticket.reopened(reason, now, ctx.principal().userId()));
    }

    @Override
    public Ticket assign(TicketId id, long expectedVersion, Optional<UserId> agent) {
        Objects.requireNonNull(agent, "agent");
        return change(id, expectedVersion, (ticket, now) -> ticket.assignee().equals(agent) ? ticket : ticket.assignedTo(agent, now));
    }

    /** Records the first response to a ticket, if it has none; used when an outbound interaction is logged. */
    void recordFirstResponse(TicketId id, Instant at) {
        Ticket current = tickets.findById(id).orElseThrow(() -> ValidationException.of("links.ticket", id, "no such ticket"));
        Instant now = ctx.now();
        Ticket responded = current.respondedAt(at, now);
        if (responded != current) {
            tickets.update(responded);
            ctx.work().raise(new TicketChanged(current, responded, ctx.principal().userId(), now));
        }
    }

    private Ticket change(TicketId id, long expectedVersion, java.util.function.BiFunction<Ticket, Instant, Ticket> edit) {
        Objects.requireNonNull(id, "id");
        ctx.check(Action.WRITE, ResourceType.TICKET);
        return ctx.work().write(() -> {
            Ticket current = tickets.findById(id).orElseThrow(() -> new NotFoundException("ticket", id.toString()));
            ctx.checkCustomer(Action.WRITE, ResourceType.TICKET, current.customer());
            if (current.version() != expectedVersion) {
                throw ConflictException.staleVersion("ticket", id, expectedVersion, current.version());
            }
            Instant now = ctx.now();
            Ticket changed = edit.apply(current, now);
            if (changed == current) {
                return current;
            }
            tickets.update(changed);
            ctx.work().raise(new TicketChanged(current, changed, ctx.principal().userId(), now));
            return changed;
        });
    }

    @Override
    public SlaStatus sla(TicketId id) {
        return settings.sla(get(id), ctx.now());
    }

    @Override
    public SlaStatus slaAt(Ticket ticket, Instant at) {
        Objects.requireNonNull(ticket, "ticket");
        return settings.sla(ticket, Checks.instant("at", at));
    }

    @Override
    public Page<Ticket> byCustomer(CustomerId customer, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        ctx.check(Action.READ, ResourceType.TICKET, Optional.of(customer));
        return query("tickets-customer", page, after -> tickets.byCustomer(customer, false, after, page.size() + 1));
    }

    @Override
    public Page<Ticket> openInQueue(String queue, PageRequest page) {
        String name = Checks.line("queue", queue, 100);
        ctx.check(Action.READ, ResourceType.TICKET);
        return query("tickets-queue", page, after -> tickets.openInQueue(name, after, page.size() + 1));
    }

    @Override
    public Page<Ticket> openByAssignee(UserId agent, PageRequest page) {
        Objects.requireNonNull(agent, "agent");
        ctx.check(Action.READ, ResourceType.TICKET);
        return query("tickets-assignee", page, after -> tickets.openByAssignee(agent, after, page.size() + 1));
    }

    private Page<Ticket> query(String kind, PageRequest page, Function<Optional<TicketPosition>, List<Ticket>> fetch) {
        Objects.requireNonNull(page, "page");
        Optional<TicketPosition> after = page.after().map(c -> {
            Cursors.Position p = Cursors.decode(kind, c);
            return new TicketPosition(p.instant(), TicketId.of(p.id()));
        });
        Page<Ticket> fetched = Pages.of(fetch.apply(after), page.size(), t -> Cursors.encode(kind, t.createdAt(), t.id().value()));
        // Tickets of customers the policy hides are left out; the cursor still advances past them.
        return new Page<>(fetched.items().stream().filter(t -> ctx.permits(Action.READ, ResourceType.TICKET, t.customer())).toList(),
                fetched.next());
    }

}
