package dev.cms.persistence.jpa;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.spi.StaticListRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** {@link StaticListRepository} over {@link StaticListRow} and {@link StaticListMemberRow}. */
final class JpaStaticLists implements StaticListRepository {
    /** Ids per IN list when membership is looked up for many customers at once. */
    private static final int CHUNK = 500;

    private final JpaTransactions tx;

    JpaStaticLists(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(StaticList list) {
        tx.write(em -> {
            StaticListRow row = new StaticListRow();
            write(list, row);
            row.version = list.version();
            em.persist(row);
        });
    }

    @Override
    public void update(StaticList list) {
        tx.write(em -> {
            Versions.advance(em, "static_list", "StaticListRow", "staticList", list.id().value(), list.version());
            StaticListRow row = em.find(StaticListRow.class, list.id().value());
            row.version = list.version();
            write(list, row);
        });
    }

    @Override
    public void delete(StaticListId id, long version) {
        tx.write(em -> Versions.delete(em, "static_list", "StaticListRow", "staticList", id.value(), version));
    }

    @Override
    public Optional<StaticList> findById(StaticListId id) {
        return tx.read(em -> Optional.ofNullable(em.find(StaticListRow.class, id.value())).map(JpaStaticLists::read));
    }

    @Override
    public List<StaticList> list(Optional<StaticListId> after, int limit) {
        return tx.read(em -> (after.isPresent()
                ? em.createQuery("select l from StaticListRow l where l.id > :after order by l.id", StaticListRow.class)
                        .setParameter("after", after.get().value())
                : em.createQuery("select l from StaticListRow l order by l.id", StaticListRow.class))
                .setMaxResults(limit).getResultList().stream().map(JpaStaticLists::read).toList());
    }

    @Override
    public List<CustomerId> addMembers(StaticListId list, Collection<CustomerId> customers, Instant at) {
        List<CustomerId> added = new ArrayList<>();
        tx.write(em -> {
            Set<UUID> present = present(em, list, customers);
            for (CustomerId customer : customers) {
                if (present.add(customer.value())) {
                    em.persist(new StaticListMemberRow(list.value(), customer.value(), at));
                    added.add(customer);
                }
            }
        });
        added.sort(null);
        return added;
    }

    @Override
    public List<CustomerId> removeMembers(StaticListId list, Collection<CustomerId> customers) {
        List<CustomerId> removed = new ArrayList<>();
        tx.write(em -> {
            Set<UUID> present = present(em, list, customers);
            for (CustomerId customer : customers) {
                if (present.remove(customer.value())) {
                    removed.add(customer);
                }
            }
            for (List<UUID> chunk : chunks(removed.stream().map(CustomerId::value).toList())) {
                em.createQuery("delete from StaticListMemberRow m where m.key.list = :list and m.key.customer in :ids")
                        .setParameter("list", list.value()).setParameter("ids", chunk).executeUpdate();
            }
        });
        removed.sort(null);
        return removed;
    }

    @Override
    public List<CustomerId> members(StaticListId list, Optional<CustomerId> after, int limit) {
        return tx.read(em -> (after.isPresent()
                ? em.createQuery("select m.key.customer from StaticListMemberRow m where m.key.list = :list"
                        + " and m.key.customer > :after order by m.key.customer", UUID.class)
                        .setParameter("after", after.get().value())
                : em.createQuery("select m.key.customer from StaticListMemberRow m where m.key.list = :list"
                        + " order by m.key.customer", UUID.class))
                .setParameter("list", list.value()).setMaxResults(limit).getResultList().stream().map(CustomerId::of).toList());
    }

    @Override
    public boolean contains(StaticListId list, CustomerId customer) {
        return tx.read(em -> em.find(StaticListMemberRow.class, new StaticListMemberRow.Key(list.value(), customer.value())) != null);
    }

    @Override
    public long count(StaticListId list) {
        return tx.read(em -> em.createQuery("select count(m) from StaticListMemberRow m where m.key.list = :list", Long.class)
                .setParameter("list", list.value()).getSingleResult());
    }

    /** {@return which of the customers are members of the list now} */
    private static Set<UUID> present(EntityManager em, StaticListId list, Collection<CustomerId> customers) {
        Set<UUID> present = new HashSet<>();
        for (List<UUID> chunk : chunks(customers.stream().map(CustomerId::value).toList())) {
            present.addAll(em.createQuery("select m.key.customer from StaticListMemberRow m where m.key.list = :list"
                            + " and m.key.customer in :ids", UUID.class)
                    .setParameter("list", list.value()).setParameter("ids", chunk).getResultList());
        }
        return present;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static void write(StaticList list, StaticListRow row) {
        row.id = list.id().value();
        row.name = list.name();
        row.description = list.description().orElse(null);
        row.createdAt = list.createdAt();
        row.updatedAt = list.updatedAt();
    }

    private static StaticList read(StaticListRow row) {
        return new StaticList(StaticListId.of(row.id), row.name, Optional.ofNullable(row.description), row.createdAt,
                row.updatedAt, row.version);
    }
}
