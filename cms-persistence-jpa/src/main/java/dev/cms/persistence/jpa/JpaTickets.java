package dev.cms.persistence.jpa;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link TicketRepository} over {@link TicketRow}: keyset pages on the indexes {@code ix_ticket_*}. */
final class JpaTickets implements TicketRepository {
    private static final List<TicketStatus> OPEN = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING);
    private static final String OLDEST_FIRST = " order by t.createdAt, t.id";
    private static final String AFTER_ASCENDING = " and t.createdAt >= :afterAt and (t.createdAt > :afterAt or (t.createdAt = :afterAt and t.id > :afterId))";

    private final JpaTransactions tx;

    JpaTickets(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Ticket ticket) {
        tx.write(em -> {
            TicketRow row = new TicketRow();
            write(ticket, row);
            row.version = ticket.version();
            em.persist(row);
        });
    }

    @Override
    public void update(Ticket ticket) {
        tx.write(em -> {
            Versions.advance(em, "ticket", "TicketRow", "ticket", ticket.id().value(), ticket.version());
            TicketRow row = em.find(TicketRow.class, ticket.id().value());
            row.version = ticket.version();
            write(ticket, row);
        });
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return tx.read(em -> Optional.ofNullable(em.find(TicketRow.class, id.value())).map(JpaTickets::read));
    }

    @Override
    public List<Ticket> byCustomer(CustomerId customer, boolean openOnly, Optional<TicketPosition> after, int limit) {
        return tx.read(em -> {
            TypedQuery<TicketRow> query = em.createQuery("select t from TicketRow t where t.customer = :customer"
                    + (openOnly ? " and t.status in :open" : "")
                    + (after.isPresent() ? " and t.createdAt <= :afterAt and (t.createdAt < :afterAt or (t.createdAt = :afterAt and t.id < :afterId))" : "")
                    + " order by t.createdAt desc, t.id desc", TicketRow.class).setParameter("customer", customer.value());
            if (openOnly) {
                query.setParameter("open", OPEN);
            }
            return page(query, after, limit);
        });
    }

    @Override
    public List<Ticket> openInQueue(String queue, Optional<TicketPosition> after, int limit) {
        return tx.read(em -> page(em.createQuery("select t from TicketRow t where t.queue = :queue and t.status in :open"
                        + (after.isPresent() ? AFTER_ASCENDING : "") + OLDEST_FIRST, TicketRow.class)
                .setParameter("queue", queue).setParameter("open", OPEN), after, limit));
    }

    @Override
    public List<Ticket> openByAssignee(UserId agent, Optional<TicketPosition> after, int limit) {
        return tx.read(em -> page(em.createQuery("select t from TicketRow t where t.assignee = :agent and t.status in :open"
                        + (after.isPresent() ? AFTER_ASCENDING : "") + OLDEST_FIRST, TicketRow.class)
                .setParameter("agent", agent.value()).setParameter("open", OPEN), after, limit));
    }

    @Override
    public Map<UserId, Long> countOpenByAssignee(Collection<UserId> agents) {
        Map<UserId, Long> counts = new LinkedHashMap<>();
        if (agents.isEmpty()) {
            return counts;
        }
        Map<String, Long> found = new HashMap<>();
        tx.read(em -> em.createQuery("select t.assignee, count(t) from TicketRow t where t.assignee in :agents"
                        + " and t.status in :open group by t.assignee", Object[].class)
                .setParameter("agents", agents.stream().map(UserId::value).distinct().toList()).setParameter("open", OPEN)
                .getResultList()).forEach(r -> found.put((String) r[0], ((Number) r[1]).longValue()));
        agents.forEach(a -> counts.put(a, found.getOrDefault(a.value(), 0L)));
        return counts;
    }

    private static List<Ticket> page(TypedQuery<TicketRow> query, Optional<TicketPosition> after, int limit) {
        after.ifPresent(p -> query.setParameter("afterAt", p.createdAt()).setParameter("afterId", p.id().value()));
        return query.setMaxResults(limit).getResultList().stream().map(JpaTickets::read).toList();
    }

    private static void write(Ticket ticket, TicketRow row) {
        TicketDetails d = ticket.details();
        row.id = ticket.id().value();
        row.customer = d.customer().value();
        row.subject = d.subject();
        row.description = d.description().orElse(null);
        row.category = d.category().orElse(null);
        row.priority = d.priority();
        row.status = ticket.status();
        row.queue = ticket.queue().orElse(null);
        row.assignee = ticket.assignee().map(UserId::value).orElse(null);
        row.createdAt = ticket.createdAt();
        row.firstResponseAt = ticket.firstResponseAt().orElse(null);
        row.resolvedAt = ticket.resolvedAt().orElse(null);
        row.updatedAt = ticket.updatedAt();
        Collections2.sync(row.history, row.historyCount, ticket.history().stream().map(c -> new TicketChangeCell(c.from(), c.to(), c.at(),
                c.by().value(), c.reason().orElse(null))).toList());
        row.historyCount = ticket.history().size();
    }

    private static Ticket read(TicketRow row) {
        TicketDetails details = new TicketDetails(CustomerId.of(row.customer), row.subject, Optional.ofNullable(row.description),
                Optional.ofNullable(row.category), row.priority);
        List<TicketStatusChange> history = Collections2.read(row.history, row.historyCount).stream().map(c -> new TicketStatusChange(c.from, c.to, c.at,
                UserId.of(c.by), Optional.ofNullable(c.reason))).toList();
        return new Ticket(TicketId.of(row.id), details, row.status, Optional.ofNullable(row.queue),
                Optional.ofNullable(row.assignee).map(UserId::of), row.createdAt, Optional.ofNullable(row.firstResponseAt),
                Optional.ofNullable(row.resolvedAt), history, row.updatedAt, row.version);
    }
}
