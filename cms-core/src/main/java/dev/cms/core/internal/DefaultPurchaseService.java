package dev.cms.core.internal;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseRefunded;
import dev.cms.core.commerce.PurchaseService;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.PurchaseRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** {@link PurchaseService} over the ports. */
public final class DefaultPurchaseService implements PurchaseService {
    private static final String CURSOR = "purchases";

    private final ServiceContext ctx;
    private final PurchaseRepository purchases;

    /** @param ctx the acting context */
    public DefaultPurchaseService(ServiceContext ctx) {
        this.ctx = ctx;
        this.purchases = ctx.store().purchases();
    }

    @Override
    public Purchase record(PurchaseDetails details) {
        Objects.requireNonNull(details, "details");
        ctx.check(Action.WRITE, ResourceType.PURCHASE, Optional.of(details.customer()));
        return ctx.work().write(() -> {
            if (ctx.store().customers().findById(details.customer()).isEmpty()) {
                throw new NotFoundException("customer", details.customer().toString());
            }
            details.opportunity().ifPresent(o -> {
                if (ctx.store().opportunities().findById(o).isEmpty()) {
                    throw ValidationException.of("opportunity", o, "no such opportunity");
                }
            });
            Instant now = ctx.now();
            Purchase purchase = new Purchase(PurchaseId.of(ctx.newId()), details, PurchaseStatus.COMPLETED,
                    Money.zero(details.total().currency()), now, 0);
            purchases.insert(purchase);
            ctx.work().raise(new PurchaseRecorded(purchase, ctx.principal().userId(), now));
            return purchase;
        });
    }

    @Override
    public Purchase recordOnce(PurchaseDetails details) {
        Objects.requireNonNull(details, "details");
        ExternalOrderId orderId = details.externalOrderId()
                .orElseThrow(() -> ValidationException.of("externalOrderId", null, "is required to record a purchase once"));
        ctx.check(Action.WRITE, ResourceType.PURCHASE, Optional.of(details.customer()));
        return ctx.work().write(() -> purchases.findByExternalOrderId(orderId).map(existing -> {
            // The stored purchase may belong to another customer than the one named: it is read, so check it.
            ctx.checkCustomer(Action.READ, ResourceType.PURCHASE, existing.customer());
            return existing;
        }).orElseGet(() -> record(details)));
    }

    @Override
    public Purchase refund(PurchaseId id, long expectedVersion, Money amount) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        ctx.check(Action.WRITE, ResourceType.PURCHASE);
        return ctx.work().write(() -> {
            Purchase current = purchases.findById(id).orElseThrow(() -> new NotFoundException("purchase", id.toString()));
            ctx.checkCustomer(Action.WRITE, ResourceType.PURCHASE, current.customer());
            if (current.version() != expectedVersion) {
                throw dev.cms.core.ConflictException.staleVersion("purchase", id, expectedVersion, current.version());
            }
            Purchase refunded = current.withRefund(amount);
            purchases.update(refunded);
            ctx.work().raise(new PurchaseRefunded(refunded, amount, ctx.principal().userId(), ctx.now()));
            return refunded;
        });
    }

    @Override
    public Purchase get(PurchaseId id) {
        Objects.requireNonNull(id, "id");
        return ctx.read(ResourceType.PURCHASE, () -> purchases.findById(id), Purchase::customer)
                .orElseThrow(() -> new NotFoundException("purchase", id.toString()));
    }

    @Override
    public Optional<Purchase> findByExternalOrderId(ExternalOrderId externalOrderId) {
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        return ctx.read(ResourceType.PURCHASE, () -> purchases.findByExternalOrderId(externalOrderId), Purchase::customer);
    }

    @Override
    public Page<Purchase> byCustomer(CustomerId customer, Instant from, Instant to, PageRequest page) {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(page, "page");
        ctx.check(Action.READ, ResourceType.PURCHASE, Optional.of(customer));
        Violations v = new Violations();
        Instant start = v.instant("from", from);
        Instant end = v.instant("to", to);
        v.throwIfAny();
        if (end.isBefore(start)) {
            throw ValidationException.of("to", to, "must not be before from (" + from + ")");
        }
        Optional<PurchasePosition> after = page.after().map(c -> {
            Cursors.Position p = Cursors.decode(CURSOR, c);
            return new PurchasePosition(p.instant(), PurchaseId.of(p.id()));
        });
        return Pages.of(purchases.byCustomer(customer, start, end, after, page.size() + 1), page.size(),
                p -> Cursors.encode(CURSOR, p.occurredAt(), p.id().value()));
    }

    @Override
    public Page<Purchase> byCustomer(CustomerId customer, PageRequest page) {
        return byCustomer(customer, Checks.MIN_INSTANT, Checks.MAX_INSTANT, page);
    }

    @Override
    public PurchaseSummary summary(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        ctx.check(Action.READ, ResourceType.PURCHASE, Optional.of(customer));
        return purchases.summary(customer);
    }
}
