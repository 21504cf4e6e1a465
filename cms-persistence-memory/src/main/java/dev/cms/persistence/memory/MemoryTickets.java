package dev.cms.persistence.memory;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tickets by id, per customer (all and open, newest first), and open ones per queue and per assignee, oldest first. */
final class MemoryTickets implements TicketRepository {
    private final MemoryStore store;
    private final Rows<TicketId, Ticket> rows;
    private final SortedIndex<CustomerId, Ticket> byCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<CustomerId, Ticket> openByCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<String, Ticket> openByQueue = new SortedIndex<>(SortKey.ASCENDING);
    private final SortedIndex<UserId, Ticket> openByAssignee = new SortedIndex<>(SortKey.ASCENDING);
    private final Map<UserId, Long> openCounts = new HashMap<>();

    MemoryTickets(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "ticket", new HashMap<>(), Ticket::id, Ticket::version, this::reindex);
    }

    @Override
    public void insert(Ticket ticket) {
        rows.insert(ticket, Rows::noCheck);
    }

    @Override
    public void update(Ticket ticket) {
        rows.update(ticket, Rows::noCheck);
    }

    @Override
    public Optional<Ticket> findById(TicketId id) {
        return rows.find(id);
    }

    @Override
    public List<Ticket> byCustomer(CustomerId customer, boolean openOnly, Optional<TicketPosition> after, int limit) {
        SortedIndex<CustomerId, Ticket> index = openOnly ? openByCustomer : byCustomer;
        return store.read(() -> index.page(customer, after.map(MemoryTickets::key), limit));
    }

    @Override
    public List<Ticket> openInQueue(String queue, Optional<TicketPosition> after, int limit) {
        return store.read(() -> openByQueue.page(queue, after.map(MemoryTickets::key), limit));
    }

    @Override
    public List<Ticket> openByAssignee(UserId agent, Optional<TicketPosition> after, int limit) {
        return store.read(() -> openByAssignee.page(agent, after.map(MemoryTickets::key), limit));
    }

    @Override
    public Map<UserId, Long> countOpenByAssignee(Collection<UserId> agents) {
        return store.read(() -> {
            Map<UserId, Long> counts = new LinkedHashMap<>();
            agents.forEach(a -> counts.put(a, openCounts.getOrDefault(a, 0L)));
            return counts;
        });
    }

    private static SortKey key(TicketPosition position) {
        return new SortKey(position.createdAt(), position.id().value());
    }

    private void reindex(Ticket old, Ticket now) {
        if (old != null) {
            SortKey key = new SortKey(old.createdAt(), old.id().value());
            byCustomer.remove(old.customer(), key);
            if (old.status().isOpen()) {
                openByCustomer.remove(old.customer(), key);
                old.queue().ifPresent(q -> openByQueue.remove(q, key));
                old.assignee().ifPresent(a -> {
                    openByAssignee.remove(a, key);
                    openCounts.merge(a, -1L, (x, y) -> x + y == 0 ? null : x + y);
                });
            }
        }
        if (now != null) {
            SortKey key = new SortKey(now.createdAt(), now.id().value());
            byCustomer.put(now.customer(), key, now);
            if (now.status().isOpen()) {
                openByCustomer.put(now.customer(), key, now);
                now.queue().ifPresent(q -> openByQueue.put(q, key, now));
                now.assignee().ifPresent(a -> {
                    openByAssignee.put(a, key, now);
                    openCounts.merge(a, 1L, Long::sum);
                });
            }
        }
    }

    /** Under the store's lock: the customer's open tickets, newest first. */
    java.util.Collection<Ticket> openOf(CustomerId customer) {
        return openByCustomer.all(customer);
    }
}
