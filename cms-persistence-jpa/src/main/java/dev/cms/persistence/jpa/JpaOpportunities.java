package dev.cms.persistence.jpa;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.OpportunityRepository;
import jakarta.persistence.TypedQuery;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** {@link OpportunityRepository} over {@link OpportunityRow}: newest-first keyset pages per customer and per stage. */
final class JpaOpportunities implements OpportunityRepository {
    private static final String NEWEST_FIRST = " order by o.createdAt desc, o.id desc";
    private static final String AFTER = " and o.createdAt <= :afterAt and (o.createdAt < :afterAt or (o.createdAt = :afterAt and o.id < :afterId))";

    private final JpaTransactions tx;

    JpaOpportunities(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Opportunity opportunity) {
        tx.write(em -> {
            OpportunityRow row = new OpportunityRow();
            write(opportunity, row);
            row.version = opportunity.version();
            em.persist(row);
        });
    }

    @Override
    public void update(Opportunity opportunity) {
        tx.write(em -> {
            Versions.advance(em, "opportunity", "OpportunityRow", "opportunity", opportunity.id().value(), opportunity.version());
            OpportunityRow row = em.find(OpportunityRow.class, opportunity.id().value());
            row.version = opportunity.version();
            write(opportunity, row);
        });
    }

    @Override
    public Optional<Opportunity> findById(OpportunityId id) {
        return tx.read(em -> Optional.ofNullable(em.find(OpportunityRow.class, id.value())).map(JpaOpportunities::read));
    }

    @Override
    public List<Opportunity> byCustomer(CustomerId customer, boolean openOnly, Optional<OpportunityPosition> after, int limit) {
        String where = "select o from OpportunityRow o where o.customer = :customer" + (openOnly ? " and o.status = :open" : "");
        return tx.read(em -> {
            TypedQuery<OpportunityRow> query = em.createQuery(where + (after.isPresent() ? AFTER : "") + NEWEST_FIRST,
                    OpportunityRow.class).setParameter("customer", customer.value());
            if (openOnly) {
                query.setParameter("open", OpportunityStatus.OPEN);
            }
            return page(query, after, limit);
        });
    }

    @Override
    public List<Opportunity> inStage(PipelineId pipeline, StageId stage, Optional<OpportunityPosition> after, int limit) {
        return tx.read(em -> page(em.createQuery("select o from OpportunityRow o where o.pipeline = :pipeline and o.stage = :stage"
                        + (after.isPresent() ? AFTER : "") + NEWEST_FIRST, OpportunityRow.class)
                .setParameter("pipeline", pipeline.value()).setParameter("stage", stage.value()), after, limit));
    }

    private static List<Opportunity> page(TypedQuery<OpportunityRow> query, Optional<OpportunityPosition> after, int limit) {
        after.ifPresent(p -> query.setParameter("afterAt", p.createdAt()).setParameter("afterId", p.id().value()));
        return query.setMaxResults(limit).getResultList().stream().map(JpaOpportunities::read).toList();
    }

    private static void write(Opportunity deal, OpportunityRow row) {
        OpportunityDetails d = deal.details();
        row.id = deal.id().value();
        row.customer = d.customer().value();
        row.name = d.name();
        row.amount = d.amount().amount();
        row.currency = d.amount().currency().getCurrencyCode();
        row.expectedClose = d.expectedClose().orElse(null);
        row.probability = d.probability().orElse(null);
        row.owner = d.owner().map(UserId::value).orElse(null);
        row.source = d.source().orElse(null);
        row.pipeline = deal.pipeline().value();
        row.stage = deal.stage().value();
        row.status = deal.status();
        row.lostReason = deal.lostReason().orElse(null);
        row.closedAt = deal.closedAt().orElse(null);
        row.createdAt = deal.createdAt();
        row.updatedAt = deal.updatedAt();
        Collections2.sync(row.lines, row.lineCount, Lines.cells(d.lineItems()));
        row.lineCount = d.lineItems().size();
        Collections2.sync(row.history, deal.history().stream().map(c -> new StageChangeCell(
                c.from().map(StageId::value).orElse(null), c.to().value(), c.at(), c.by().value())).toList());
    }

    private static Opportunity read(OpportunityRow row) {
        Currency currency = Money.currency(row.currency);
        OpportunityDetails details = new OpportunityDetails(CustomerId.of(row.customer), row.name, Money.of(row.amount, currency),
                Optional.ofNullable(row.expectedClose), Optional.ofNullable(row.probability),
                Optional.ofNullable(row.owner).map(UserId::of), Optional.ofNullable(row.source), Lines.items(Collections2.read(row.lines, row.lineCount), currency));
        List<StageChange> history = row.history.stream().map(c -> new StageChange(Optional.ofNullable(c.from).map(StageId::of),
                StageId.of(c.to), c.at, UserId.of(c.by))).toList();
        return new Opportunity(OpportunityId.of(row.id), details, PipelineId.of(row.pipeline), StageId.of(row.stage), row.status,
                Optional.ofNullable(row.lostReason), Optional.ofNullable(row.closedAt), history, row.createdAt, row.updatedAt,
                row.version);
    }
}
