package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cms.core.NotFoundException;
import dev.cms.core.PageRequest;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** The calls of {@link ServiceModelState} to the purchase service; purchases are named by the order they were recorded in. */
final class PurchaseCalls {
    private static final PurchaseId NEVER_ISSUED_PURCHASE = PurchaseId.of(new UUID(0L, 4L));

    private final ServiceModelState state;

    PurchaseCalls(ServiceModelState state) {
        this.state = state;
    }

    /** How much a refund asks for, relative to what is left of the purchase when the call is made. */
    enum RefundSize {
        /** The currency's smallest unit. */
        ONE_UNIT,
        /** Half of what is left, rounded down to the currency's unit (zero when one unit is left). */
        HALF_LEFT,
        /** Exactly what is left: the purchase becomes fully refunded. */
        ALL_LEFT,
        /** One unit more than is left. */
        OVER,
        /** Nothing. */
        ZERO,
        /** Minus one unit. */
        NEGATIVE,
        /** One unit of another currency. */
        OTHER_CURRENCY;

        /** @return whether the size is wrong whatever the purchase, so the call fails before anything is compared */
        boolean alwaysInvalid() {
            return this == ZERO || this == NEGATIVE || this == OTHER_CURRENCY;
        }
    }

    int purchaseCount() {
        return state.model().purchases().purchaseIds().size();
    }

    PurchaseId purchaseAt(int position) {
        List<PurchaseId> ids = state.model().purchases().purchaseIds();
        return position < ids.size() ? ids.get(position) : NEVER_ISSUED_PURCHASE;
    }

    /**
     * @param details          the purchase, given its customer's id
     * @param customerPosition who bought
     * @param once             whether to call {@code recordOnce} rather than {@code record}
     */
    void record(Function<CustomerId, PurchaseDetails> details, int customerPosition, boolean once) {
        PurchaseDetails d = details.apply(state.customerAt(customerPosition));
        ReferencePurchases model = state.model().purchases();
        if (!once) {
            state.expect("recordPurchase", model.recordFailure(d), () -> state.scope().purchases().record(d)).ifPresent(recorded -> {
                state.assertFreshId(recorded.id().value());
                assertThat(recorded).as("recorded purchase").isEqualTo(model.recorded(recorded.id(), d));
            });
            return;
        }
        Optional<Purchase> existing = model.recordOnceExisting(d);
        state.expect("recordOnce", model.recordOnceFailure(d), () -> state.scope().purchases().recordOnce(d)).ifPresent(result -> {
            if (existing.isPresent()) {
                state.outcome("recordOnce returned the existing purchase");
                assertThat(result).as("recordOnce of a known external order id returns that purchase").isEqualTo(existing.get());
            } else {
                state.assertFreshId(result.id().value());
                assertThat(result).as("recorded purchase").isEqualTo(model.recorded(result.id(), d));
            }
        });
    }

    void refund(int position, int versionOffset, RefundSize size) {
        PurchaseId id = purchaseAt(position);
        Optional<Purchase> current = state.model().purchases().purchase(id);
        long version = current.map(Purchase::version).orElse(0L) + versionOffset;
        Money amount = amount(current, size);
        Optional<ReferenceModel.Failure> failure = state.model().purchases().refundFailure(id, version, amount);
        state.expect("refund", failure, () -> state.scope().purchases().refund(id, version, amount)).ifPresent(refunded -> {
            assertThat(refunded).as("refunded purchase").isEqualTo(state.model().purchases().refunded(id, amount));
            state.outcome("refund to " + refunded.status());
        });
        if (failure.isPresent() && size == RefundSize.OVER && current.isPresent() && versionOffset == 0) {
            state.outcome("refund of more than is left refused");
        }
    }

    private Money amount(Optional<Purchase> purchase, RefundSize size) {
        Money left = purchase.map(state.model().purchases()::left).orElseGet(() -> Money.of("10.00", "EUR"));
        Money unit = Money.of(BigDecimal.ONE.movePointLeft(left.currency().getDefaultFractionDigits()), left.currency());
        switch (size) {
            case ONE_UNIT:
                return unit;
            case HALF_LEFT:
                return left.times(new BigDecimal("0.5"), RoundingMode.DOWN);
            case ALL_LEFT:
                return left;
            case OVER:
                return left.plus(unit);
            case ZERO:
                return Money.zero(left.currency());
            case NEGATIVE:
                return unit.negate();
            default:
                return left.currency().getCurrencyCode().equals("EUR") ? Money.of("1", "JPY") : Money.of("0.01", "EUR");
        }
    }

    /**
     * @param customerPosition whose purchases
     * @param from             start of the period, or empty to ask for all of them
     * @param to               end of the period (ignored without {@code from})
     */
    void byCustomer(int customerPosition, Optional<Instant> from, Instant to, int pageSize) {
        CustomerId customer = state.customerAt(customerPosition);
        ReferencePurchases model = state.model().purchases();
        if (from.isEmpty()) {
            state.record("purchasesByCustomer");
            List<Purchase> expected = model.byCustomer(customer);
            state.noteTies("purchasesByCustomer", expected, Purchase::occurredAt);
            state.assertPages("purchases().byCustomer(customer#" + customerPosition + ")", pageSize,
                    request -> state.scope().purchases().byCustomer(customer, request), expected);
            return;
        }
        Instant start = from.get();
        Optional<ReferenceModel.Failure> failure = model.periodFailure(start, to);
        if (failure.isPresent()) {
            state.expect("purchasesInPeriod", failure,
                    () -> state.scope().purchases().byCustomer(customer, start, to, PageRequest.first(pageSize)));
            return;
        }
        state.record("purchasesInPeriod");
        List<Purchase> expected = model.byCustomer(customer, start, to);
        state.noteTies("purchasesInPeriod", expected, Purchase::occurredAt);
        state.assertPages("purchases().byCustomer(customer#" + customerPosition + ", " + start + ", " + to + ")", pageSize,
                request -> state.scope().purchases().byCustomer(customer, start, to, request), expected);
    }

    void summary(int customerPosition) {
        state.record("purchaseSummary");
        CustomerId customer = state.customerAt(customerPosition);
        PurchaseSummary expected = state.model().purchases().summary(customer);
        assertThat(state.scope().purchases().summary(customer)).as("purchases().summary(customer#%d)", customerPosition)
                .isEqualTo(expected);
        if (state.model().purchases().anyRefunded(customer)) {
            state.outcome("purchaseSummary over refunds");
        }
        if (expected.totals().size() > 1) {
            state.outcome("purchaseSummary in two currencies");
        }
    }

    /** Every purchase reads back as the model holds it, by id and by external order id; one never made is not found. */
    void assertStoreAgreesWithModel() {
        for (PurchaseId id : state.model().purchases().purchaseIds()) {
            Purchase expected = state.model().purchases().purchase(id).orElseThrow();
            assertThat(state.scope().purchases().get(id)).as("purchases().get(%s)", id).isEqualTo(expected);
            expected.details().externalOrderId().ifPresent(orderId -> assertThat(state.scope().purchases().findByExternalOrderId(orderId))
                    .as("purchases().findByExternalOrderId(%s)", orderId).contains(expected));
        }
        assertThatThrownBy(() -> state.scope().purchases().get(NEVER_ISSUED_PURCHASE)).as("purchase never made")
                .isInstanceOf(NotFoundException.class);
    }
}
