package dev.cms.persistence.jpa;

import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.PurchaseRepository;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** {@link PurchaseRepository} over {@link PurchaseRow}; the summary is one GROUP BY in the database. */
final class JpaPurchases implements PurchaseRepository {
    private final JpaTransactions tx;

    JpaPurchases(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void insert(Purchase purchase) {
        tx.write(em -> em.persist(row(purchase)));
    }

    /**
     * {@inheritDoc}
     *
     * <p>By {@link BulkInsert} with {@link PurchaseBulkRows}, lines included, as {@code JpaCustomers.insertAll} does.
     */
    @Override
    public void insertAll(List<Purchase> purchases) {
        BulkInsert.insertAll(tx, purchases, PurchaseBulkRows.ROWS);
    }

    /** {@return the purchase's new row with its lines, as {@link #insert} persists it (version included)} */
    static PurchaseRow row(Purchase purchase) {
        PurchaseRow row = new PurchaseRow();
        write(purchase, row);
        row.version = purchase.version();
        return row;
    }

    @Override
    public void update(Purchase purchase) {
        tx.write(em -> {
            Versions.advance(em, "purchase", "PurchaseRow", "purchase", purchase.id().value(), purchase.version());
            PurchaseRow row = em.find(PurchaseRow.class, purchase.id().value());
            row.version = purchase.version();
            write(purchase, row);
        });
    }

    @Override
    public Optional<Purchase> findById(PurchaseId id) {
        return tx.read(em -> Optional.ofNullable(em.find(PurchaseRow.class, id.value())).map(JpaPurchases::read));
    }

    @Override
    public Optional<Purchase> findByExternalOrderId(ExternalOrderId externalOrderId) {
        return tx.read(em -> em.createQuery("select p from PurchaseRow p where p.externalOrderId = :orderId", PurchaseRow.class)
                .setParameter("orderId", externalOrderId.value()).getResultList().stream().findFirst().map(JpaPurchases::read));
    }

    @Override
    public List<Purchase> byCustomer(CustomerId customer, Instant from, Instant to, Optional<PurchasePosition> after, int limit) {
        return tx.read(em -> {
            TypedQuery<PurchaseRow> query = em.createQuery("select p from PurchaseRow p where p.customer = :customer"
                    + " and p.occurredAt >= :from and p.occurredAt < :to"
                    + (after.isPresent() ? " and p.occurredAt <= :afterAt and (p.occurredAt < :afterAt or (p.occurredAt = :afterAt and p.id < :afterId))" : "")
                    + " order by p.occurredAt desc, p.id desc", PurchaseRow.class)
                    .setParameter("customer", customer.value()).setParameter("from", from).setParameter("to", to);
            after.ifPresent(p -> query.setParameter("afterAt", p.occurredAt()).setParameter("afterId", p.id().value()));
            return query.setMaxResults(limit).getResultList().stream().map(JpaPurchases::read).toList();
        });
    }

    @Override
    public PurchaseSummary summary(CustomerId customer) {
        return tx.read(em -> {
            List<Object[]> groups = em.createQuery("select p.currency, count(p), sum(p.total - p.refunded),"
                            + " min(p.occurredAt), max(p.occurredAt) from PurchaseRow p"
                            + " where p.customer = :customer and p.status <> :refunded group by p.currency", Object[].class)
                    .setParameter("customer", customer.value()).setParameter("refunded", PurchaseStatus.REFUNDED)
                    .getResultList();
            if (groups.isEmpty()) {
                return PurchaseSummary.none();
            }
            long count = 0;
            Instant first = null;
            Instant last = null;
            List<Money> totals = new ArrayList<>();
            for (Object[] g : groups) {
                count += ((Number) g[1]).longValue();
                totals.add(Money.of((BigDecimal) g[2], Money.currency((String) g[0])));
                Instant min = (Instant) g[3];
                Instant max = (Instant) g[4];
                first = first == null || min.isBefore(first) ? min : first;
                last = last == null || max.isAfter(last) ? max : last;
            }
            return new PurchaseSummary(count, totals, Optional.of(first), Optional.of(last));
        });
    }

    private static void write(Purchase purchase, PurchaseRow row) {
        PurchaseDetails d = purchase.details();
        row.id = purchase.id().value();
        row.customer = d.customer().value();
        row.occurredAt = d.occurredAt();
        row.total = d.total().amount();
        row.currency = d.total().currency().getCurrencyCode();
        row.refunded = purchase.refunded().amount();
        row.channel = d.channel();
        row.externalOrderId = d.externalOrderId().map(ExternalOrderId::value).orElse(null);
        row.opportunity = d.opportunity().map(OpportunityId::value).orElse(null);
        row.status = purchase.status();
        row.recordedAt = purchase.recordedAt();
        Collections2.sync(row.lines, row.lineCount, Lines.cells(d.lines()));
        row.lineCount = d.lines().size();
    }

    private static Purchase read(PurchaseRow row) {
        Currency currency = Money.currency(row.currency);
        PurchaseDetails details = new PurchaseDetails(CustomerId.of(row.customer), row.occurredAt, Money.of(row.total, currency),
                Lines.items(Collections2.read(row.lines, row.lineCount), currency), row.channel, Optional.ofNullable(row.externalOrderId).map(ExternalOrderId::of),
                Optional.ofNullable(row.opportunity).map(OpportunityId::of));
        return new Purchase(PurchaseId.of(row.id), details, row.status, Money.of(row.refunded, currency), row.recordedAt, row.version);
    }
}
