package dev.cms.testkit;

import static dev.cms.testkit.ServiceModelActions.dependent;
import static dev.cms.testkit.ServiceModelActions.mutate;
import static dev.cms.testkit.ServiceModelActions.pageSizes;
import static dev.cms.testkit.ServiceModelActions.position;
import static dev.cms.testkit.ServiceModelActions.version;
import static dev.cms.testkit.ServiceModelActions.versionOffsets;

import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.money.Money;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The purchase actions of {@link ServiceModelProperties}. Three external order ids are shared by all purchases, so
 * duplicates (refused by {@code record}, answered with the existing purchase by {@code recordOnce}) are common; times
 * come from the interaction pool, so purchases tie in time and fall on period bounds.
 */
final class PurchaseActions {
    private static final List<String> ORDER_IDS = List.of("order-1", "order-2", "order-3");

    private PurchaseActions() {
    }

    static ActionChainArbitrary<ServiceModelState> addTo(ActionChainArbitrary<ServiceModelState> chains) {
        return chains
                .withAction(3, dependent(s -> true, s -> record(s, false)))
                .withAction(2, dependent(s -> true, s -> record(s, true)))
                .withAction(4, dependent(s -> s.purchases().purchaseCount() > 0, PurchaseActions::refund))
                .withAction(1, dependent(s -> true, PurchaseActions::byCustomer))
                .withAction(2, dependent(s -> true, PurchaseActions::summary));
    }

    private static Arbitrary<Transformer<ServiceModelState>> record(ServiceModelState state, boolean once) {
        Arbitrary<Map.Entry<Money, List<LineItem>>> value = SalesActions.currencies().flatMap(c -> Combinators.combine(
                        SalesActions.amounts(c), SalesActions.lineItems(c).optional(0.4))
                .as((amount, items) -> new AbstractMap.SimpleImmutableEntry<>(amount, items.orElse(List.of()))));
        int customers = state.customerCount();
        return Combinators.combine(position(customers), Arbitraries.of(ServiceModelActions.OCCURRED), value,
                        Arbitraries.of(SalesChannel.ONLINE, SalesChannel.STORE, SalesChannel.PHONE),
                        Arbitraries.of(ORDER_IDS).optional(once ? 0.85 : 0.5))
                // recordOnce without an order id only for a known customer, so that it has one reason to fail.
                .filter((customer, at, v, channel, orderId) -> !once || orderId.isPresent() || customer < customers)
                .as((customer, at, v, channel, orderId) -> {
                    String text = (once ? "recordOnce " : "recordPurchase ") + "customer#" + customer + " at " + at + " "
                            + (v.getValue().isEmpty() ? v.getKey().toString() : SalesActions.describe(v.getValue())) + " "
                            + channel + orderId.map(o -> " order " + o).orElse("");
                    Function<CustomerId, PurchaseDetails> details = id -> {
                        PurchaseDetails d = v.getValue().isEmpty() ? PurchaseDetails.of(id, at, v.getKey())
                                : PurchaseDetails.ofLines(id, at, v.getValue());
                        d = d.via(channel);
                        return orderId.map(d::withExternalOrderId).orElse(d);
                    };
                    return mutate(text, s -> s.purchases().record(details, customer, once));
                });
    }

    private static Arbitrary<Transformer<ServiceModelState>> refund(ServiceModelState state) {
        int purchases = state.purchases().purchaseCount();
        Arbitrary<PurchaseCalls.RefundSize> sizes = Arbitraries.frequency(List.of(
                Tuple.of(3, PurchaseCalls.RefundSize.ONE_UNIT), Tuple.of(3, PurchaseCalls.RefundSize.HALF_LEFT),
                Tuple.of(3, PurchaseCalls.RefundSize.ALL_LEFT), Tuple.of(2, PurchaseCalls.RefundSize.OVER),
                Tuple.of(1, PurchaseCalls.RefundSize.ZERO), Tuple.of(1, PurchaseCalls.RefundSize.NEGATIVE),
                Tuple.of(1, PurchaseCalls.RefundSize.OTHER_CURRENCY)));
        return Combinators.combine(position(purchases), versionOffsets(), sizes)
                // An amount wrong in itself only where nothing else is wrong: the order of checks is not specified.
                .filter((purchase, offset, size) -> !size.alwaysInvalid() || purchase < purchases && offset == 0)
                .as((purchase, offset, size) -> mutate("refund purchase#" + purchase + " " + version(offset) + " " + size,
                        s -> s.purchases().refund(purchase, offset, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> byCustomer(ServiceModelState state) {
        Arbitrary<Instant> bounds = Arbitraries.of(ServiceModelActions.OCCURRED);
        Arbitrary<Optional<Instant>> from = bounds.optional(0.7);
        return Combinators.combine(position(state.customerCount()), from, bounds, pageSizes())
                .as((customer, start, end, size) -> mutate("purchasesByCustomer customer#" + customer
                                + start.map(f -> " in [" + f + ", " + end + ")").orElse("") + " pageSize=" + size,
                        s -> s.purchases().byCustomer(customer, start, end, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> summary(ServiceModelState state) {
        // Mostly a customer with several purchases when the chain was generated.
        List<CustomerId> buyers = state.model().purchases().purchaseIds().stream()
                .map(id -> state.model().purchases().purchase(id).orElseThrow().customer()).toList();
        return ServiceModelActions.ownOrAny(state.customersWithSeveral(buyers), state.customerCount()).map(customer -> mutate("purchaseSummary customer#" + customer,
                s -> s.purchases().summary(customer)));
    }
}
