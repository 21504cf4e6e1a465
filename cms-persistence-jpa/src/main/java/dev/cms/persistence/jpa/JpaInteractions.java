package dev.cms.persistence.jpa;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLinks;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.TimelinePosition;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link InteractionRepository} over {@link InteractionRow}; the timeline reads index {@code ix_interaction_timeline}.
 * Its keyset condition repeats the bound {@code occurredAt <= :at} before the tie-breaking OR: the database can seek
 * the index to that bound, whereas the OR alone is only a filter, and page n would read the n - 1 pages before it
 * (the other keyset queries of the adapter do the same).
 */
final class JpaInteractions implements InteractionRepository {
    private final JpaTransactions tx;

    JpaInteractions(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Interaction interaction) {
        tx.write(em -> em.persist(row(interaction)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>By {@link BulkInsert} with {@link InteractionBulkRows}, as {@code JpaCustomers.insertAll} does.
     */
    @Override
    public void insertAll(List<Interaction> interactions) {
        BulkInsert.insertAll(tx, interactions, InteractionBulkRows.ROWS);
    }

    @Override
    public Optional<Interaction> findById(InteractionId id) {
        return tx.read(em -> Optional.ofNullable(em.find(InteractionRow.class, id.value())).map(JpaInteractions::read));
    }

    @Override
    public List<Interaction> timeline(CustomerId customer, Optional<TimelinePosition> after, int limit) {
        return tx.read(em -> {
            var query = after.isPresent()
                    ? em.createQuery("select i from InteractionRow i where i.customer = :customer"
                            + " and i.occurredAt <= :at and (i.occurredAt < :at or (i.occurredAt = :at and i.id < :id))"
                            + " order by i.occurredAt desc, i.id desc", InteractionRow.class)
                            .setParameter("at", after.get().occurredAt()).setParameter("id", after.get().id().value())
                    : em.createQuery("select i from InteractionRow i where i.customer = :customer"
                            + " order by i.occurredAt desc, i.id desc", InteractionRow.class);
            return query.setParameter("customer", customer.value()).setMaxResults(limit).getResultList().stream()
                    .map(JpaInteractions::read).toList();
        });
    }

    /** {@return the interaction's new row, as {@link #insert} persists it} */
    static InteractionRow row(Interaction interaction) {
        InteractionDetails d = interaction.details();
        InteractionRow row = new InteractionRow();
        row.id = interaction.id().value();
        row.customer = interaction.customer().value();
        row.channel = d.channel();
        row.direction = d.direction();
        row.occurredAt = d.occurredAt();
        row.subject = d.subject().orElse(null);
        row.body = d.body().orElse(null);
        row.durationMillis = d.duration().map(Duration::toMillis).orElse(null);
        row.outcome = d.outcome().orElse(null);
        row.opportunity = d.links().opportunity().map(OpportunityId::value).orElse(null);
        row.ticket = d.links().ticket().map(TicketId::value).orElse(null);
        row.task = d.links().task().map(TaskId::value).orElse(null);
        row.loggedBy = interaction.loggedBy().value();
        row.loggedAt = interaction.loggedAt();
        return row;
    }

    private static Interaction read(InteractionRow row) {
        InteractionDetails details = new InteractionDetails(row.channel, row.direction, row.occurredAt,
                Optional.ofNullable(row.subject), Optional.ofNullable(row.body),
                Optional.ofNullable(row.durationMillis).map(Duration::ofMillis), Optional.ofNullable(row.outcome),
                new InteractionLinks(Optional.ofNullable(row.opportunity).map(OpportunityId::of),
                        Optional.ofNullable(row.ticket).map(TicketId::of), Optional.ofNullable(row.task).map(TaskId::of)));
        return new Interaction(InteractionId.of(row.id), CustomerId.of(row.customer), details, UserId.of(row.loggedBy), row.loggedAt);
    }
}
