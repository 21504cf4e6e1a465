package dev.cms.testkit;

import static dev.cms.testkit.ServiceModelActions.dependent;
import static dev.cms.testkit.ServiceModelActions.independent;
import static dev.cms.testkit.ServiceModelActions.mutate;
import static dev.cms.testkit.ServiceModelActions.pageSizes;
import static dev.cms.testkit.ServiceModelActions.position;
import static dev.cms.testkit.ServiceModelActions.version;
import static dev.cms.testkit.ServiceModelActions.versionOffsets;

import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.money.Money;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.task.TaskDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The deal and lead-conversion actions of {@link ServiceModelProperties}, and the money and line-item pools the
 * purchase actions share. Stage targets are mostly legal moves within the deal's own pipeline; now and then they are
 * closed stages, stages of the other pipeline or the deal's current stage, all of which must be refused.
 */
final class SalesActions {
    private static final List<String> DEAL_NAMES = List.of("50 seats", "Renewal 2026", "Pilot");
    private static final List<String> LOST_REASONS = List.of("Too expensive", "Chose a competitor", " ");
    private static final List<LocalDate> CLOSE_DATES = List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 6, 30));

    private SalesActions() {
    }

    static ActionChainArbitrary<ServiceModelState> addTo(ActionChainArbitrary<ServiceModelState> chains) {
        return chains
                .withAction(4, dependent(s -> true, SalesActions::createDeal))
                .withAction(4, dependent(s -> s.sales().dealCount() > 0, SalesActions::moveDeal))
                .withAction(2, dependent(s -> s.sales().dealCount() > 0, s -> close(s, "winDeal")))
                .withAction(1, dependent(s -> s.sales().dealCount() > 0, s -> close(s, "winAndRecordPurchase")))
                .withAction(1, dependent(s -> s.sales().dealCount() > 0, SalesActions::loseDeal))
                .withAction(1, dependent(s -> s.sales().dealCount() > 0, SalesActions::reopenDeal))
                .withAction(1, dependent(s -> true, SalesActions::dealsByCustomer))
                .withAction(3, independent(inStage()))
                .withAction(3, dependent(s -> s.customerCount() > 0, SalesActions::convertLead));
    }

    // ---------------------------------------------------------------- money, shared with purchases

    /** @return amounts in EUR (two decimals) and JPY (none), zero included */
    static Arbitrary<Money> amounts(String currency) {
        return currency.equals("JPY")
                ? Arbitraries.of("0", "500", "1200").map(a -> Money.of(a, "JPY"))
                : Arbitraries.of("0.00", "19.99", "100.00", "1250.50").map(a -> Money.of(a, "EUR"));
    }

    /**
     * @return one or two lines in the currency; fractional quantities and a 12.5% discount make totals that need
     *         rounding, and a 100% discount makes a line worth nothing
     */
    static Arbitrary<List<LineItem>> lineItems(String currency) {
        Arbitrary<Money> prices = currency.equals("JPY")
                ? Arbitraries.of("120", "999").map(a -> Money.of(a, "JPY"))
                : Arbitraries.of("0.05", "9.99", "100.00").map(a -> Money.of(a, "EUR"));
        Arbitrary<LineItem> line = Combinators.combine(Arbitraries.of("SKU-1", "SKU-2"), Arbitraries.of("1", "2", "3", "1.5"),
                        prices, Arbitraries.of("0", "10", "12.5", "100"))
                .as((code, quantity, price, discount) -> new LineItem(code, code.equals("SKU-1") ? "Seat" : "Support",
                        new BigDecimal(quantity), price, new BigDecimal(discount)));
        return line.list().ofMinSize(1).ofMaxSize(2);
    }

    static Arbitrary<String> currencies() {
        return Arbitraries.frequency(List.of(Tuple.of(3, "EUR"), Tuple.of(1, "JPY")));
    }

    static String describe(List<LineItem> lines) {
        return lines.stream().map(l -> l.quantity().toPlainString() + "×" + l.productCode() + "@" + l.unitPrice()
                + (l.discountPercent().signum() == 0 ? "" : "-" + l.discountPercent().toPlainString() + "%")).toList().toString();
    }

    // ---------------------------------------------------------------- deals

    /** Deal details without their customer, and a description of them. */
    private static Arbitrary<Map.Entry<String, Function<CustomerId, OpportunityDetails>>> dealDetails() {
        // An empty list of lines below stands for "just an amount".
        Arbitrary<Map.Entry<Money, List<LineItem>>> value = currencies().flatMap(c -> Combinators.combine(amounts(c),
                        lineItems(c).optional(0.4))
                .as((amount, items) -> new AbstractMap.SimpleImmutableEntry<>(amount, items.orElse(List.of()))));
        return Combinators.combine(Arbitraries.of(DEAL_NAMES), value, Arbitraries.of(5, 50, 95).optional(0.3),
                        Arbitraries.of(CLOSE_DATES).optional(0.5), Arbitraries.of(UserId.of("alice"), UserId.of("bob")).optional(0.5))
                .as((name, v, probability, close, owner) -> {
                    String text = "{" + name + ", " + (v.getValue().isEmpty() ? v.getKey().toString() : describe(v.getValue()))
                            + probability.map(p -> ", " + p + "%").orElse("") + close.map(d -> ", closing " + d).orElse("")
                            + owner.map(o -> ", owner " + o.value()).orElse("") + "}";
                    Function<CustomerId, OpportunityDetails> details = customer -> {
                        OpportunityDetails d = OpportunityDetails.of(customer, name, v.getKey());
                        d = v.getValue().isEmpty() ? d : d.withLineItems(v.getValue());
                        d = probability.map(d::withProbability).orElse(d);
                        d = close.map(d::closingOn).orElse(d);
                        return owner.map(d::ownedBy).orElse(d);
                    };
                    return Map.entry(text, details);
                });
    }

    private static Arbitrary<Transformer<ServiceModelState>> createDeal(ServiceModelState state) {
        // Mostly the default pipeline without naming it; else a pipeline and a stage, open or not, maybe another's.
        Arbitrary<Optional<Map.Entry<Integer, SalesCalls.StageRef>>> where = Combinators.combine(Arbitraries.of(0, 1),
                        Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.just(Optional.<Integer>empty())),
                                Tuple.of(1, Arbitraries.of(0, 1).map(Optional::of)))),
                        Arbitraries.integers().between(0, 5))
                .as((pipeline, stagePipeline, index) -> Map.entry(pipeline,
                        new SalesCalls.StageRef(stagePipeline.or(() -> Optional.of(pipeline)), index)))
                .optional(0.4);
        return Combinators.combine(dealDetails(), position(state.customerCount()), where)
                .as((details, customer, w) -> mutate("createDeal " + details.getKey() + " for customer#" + customer
                                + w.map(x -> " in pipeline#" + x.getKey() + " " + x.getValue()).orElse(" in the default pipeline"),
                        s -> s.sales().createDeal(details.getValue(), customer, w)));
    }

    /** Mostly a stage of the deal's own pipeline (the first two are open in both); sometimes any stage of either. */
    private static Arbitrary<SalesCalls.StageRef> stageTargets() {
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(5, Arbitraries.integers().between(0, 1).map(i -> new SalesCalls.StageRef(Optional.empty(), i))),
                Tuple.of(2, Arbitraries.integers().between(2, 5).map(i -> new SalesCalls.StageRef(Optional.empty(), i))),
                Tuple.of(1, Combinators.combine(Arbitraries.of(0, 1), Arbitraries.integers().between(0, 5))
                        .as((p, i) -> new SalesCalls.StageRef(Optional.of(p), i)))));
    }

    private static Arbitrary<Transformer<ServiceModelState>> moveDeal(ServiceModelState state) {
        return Combinators.combine(position(state.sales().dealCount()), versionOffsets(), stageTargets())
                .as((deal, offset, target) -> mutate("moveDeal deal#" + deal + " " + version(offset) + " to " + target,
                        s -> s.sales().moveDeal(deal, offset, target)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> close(ServiceModelState state, String call) {
        return Combinators.combine(openDealPositions(state), versionOffsets())
                .as((deal, offset) -> mutate(call + " deal#" + deal + " " + version(offset), call.equals("winDeal")
                        ? s -> s.sales().winDeal(deal, offset)
                        : s -> s.sales().winAndRecordPurchase(deal, offset)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> loseDeal(ServiceModelState state) {
        int deals = state.sales().dealCount();
        return Combinators.combine(openDealPositions(state), versionOffsets(), Arbitraries.of(LOST_REASONS))
                // A blank reason only where nothing else is wrong, so the model need not guess which check comes first.
                .filter((deal, offset, reason) -> !reason.isBlank() || deal < deals && offset == 0)
                .as((deal, offset, reason) -> mutate("loseDeal deal#" + deal + " " + version(offset) + " because '" + reason + "'",
                        s -> s.sales().loseDeal(deal, offset, reason)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> reopenDeal(ServiceModelState state) {
        int deals = state.sales().dealCount();
        List<Integer> closed = java.util.stream.IntStream.range(0, deals)
                .filter(i -> state.sales().dealStatus(i).filter(st -> st != OpportunityStatus.OPEN).isPresent()).boxed().toList();
        Arbitrary<Integer> deal = closed.isEmpty() ? position(deals)
                : Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.of(closed)), Tuple.of(1, position(deals))));
        return Combinators.combine(deal, versionOffsets(), stageTargets())
                .as((d, offset, target) -> mutate("reopenDeal deal#" + d + " " + version(offset) + " into " + target,
                        s -> s.sales().reopenDeal(d, offset, target)));
    }

    /** Mostly deals open when the chain was generated, so that closing them can succeed; else any deal. */
    private static Arbitrary<Integer> openDealPositions(ServiceModelState state) {
        int deals = state.sales().dealCount();
        List<Integer> open = java.util.stream.IntStream.range(0, deals)
                .filter(i -> state.sales().dealStatus(i).filter(st -> st == OpportunityStatus.OPEN).isPresent()).boxed().toList();
        return open.isEmpty() ? position(deals) : Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.of(open)), Tuple.of(2, position(deals))));
    }

    private static Arbitrary<Transformer<ServiceModelState>> dealsByCustomer(ServiceModelState state) {
        return Combinators.combine(position(state.customerCount()), pageSizes())
                .as((customer, size) -> mutate("dealsByCustomer customer#" + customer + " pageSize=" + size,
                        s -> s.sales().dealsByCustomer(customer, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> inStage() {
        // Mostly the first stage of the default pipeline, where most deals are, so that pages have ties to break.
        Arbitrary<Integer> indexes = Arbitraries.frequencyOf(List.of(Tuple.of(4, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 5))));
        Arbitrary<SalesCalls.StageRef> stages = Combinators.combine(
                        Arbitraries.frequencyOf(List.of(Tuple.of(5, Arbitraries.just(Optional.<Integer>empty())),
                                Tuple.of(1, Arbitraries.of(0, 1).map(Optional::of)))),
                        indexes)
                .as(SalesCalls.StageRef::new);
        return Combinators.combine(Arbitraries.frequency(List.of(Tuple.of(3, 0), Tuple.of(1, 1))), stages, pageSizes())
                .as((pipeline, stage, size) -> {
                    SalesCalls.StageRef ref = new SalesCalls.StageRef(stage.pipeline().or(() -> Optional.of(pipeline)), stage.index());
                    return mutate("inStage pipeline#" + pipeline + " " + ref + " pageSize=" + size,
                            s -> s.sales().inStage(pipeline, ref, size));
                });
    }

    // ---------------------------------------------------------------- lead conversion

    private static Arbitrary<Transformer<ServiceModelState>> convertLead(ServiceModelState state) {
        int customers = state.customerCount();
        Arbitrary<LifecycleStage> targets = Arbitraries.of(LifecycleStage.OPPORTUNITY, LifecycleStage.CUSTOMER);
        // 0: no organization, 1: a new one, 2: an existing customer (maybe a person, the lead itself, or unknown).
        Arbitrary<Integer> organizationKind = Arbitraries.frequency(List.of(Tuple.of(1, 0), Tuple.of(3, 1), Tuple.of(1, 2)));
        Arbitrary<CustomerProfile> newOrganizations = Combinators.combine(Arbitraries.of(ServiceModelActions.ORGANIZATIONS),
                        ServiceModelActions.externalIds().optional(0.5))
                .as((name, ext) -> {
                    CustomerProfile.Builder b = CustomerProfile.organization(name).stage(LifecycleStage.CUSTOMER);
                    ext.ifPresent(b::externalId);
                    return b.build();
                });
        Arbitrary<Optional<Money>> deal = amounts("EUR").optional(0.7);
        Arbitrary<Optional<TaskDetails>> followUp = ServiceModelActions.taskDetails().optional(0.7);
        // Mostly customers who were leads when the chain was generated, so that conversions can succeed.
        Arbitrary<Integer> leads = ServiceModelActions.ownOrAny(state.sales().leadPositions(), customers);
        return Combinators.combine(leads, targets, organizationKind, newOrganizations, position(customers), deal, followUp)
                .as((lead, target, orgKind, newOrg, existing, amount, task) -> {
                    Optional<Integer> existingOrg = orgKind == 2 ? Optional.of(existing) : Optional.empty();
                    String text = "convertLead customer#" + lead + " to " + target
                            + (orgKind == 1 ? " with new organization " + ServiceModelActions.describe(newOrg) : "")
                            + existingOrg.map(o -> " at organization customer#" + o).orElse("")
                            + amount.map(a -> " with a deal of " + a).orElse("")
                            + task.map(t -> " and follow-up " + ServiceModelActions.describe(t)).orElse("");
                    BiFunction<CustomerId, Optional<CustomerId>, LeadConversion> conversion = (leadId, orgId) -> {
                        LeadConversion c = LeadConversion.toStage(target);
                        if (orgKind == 1) {
                            c = c.withNewOrganization(newOrg, "Buyer");
                        }
                        if (orgId.isPresent()) {
                            c = c.withOrganization(orgId.get(), "CTO");
                        }
                        if (amount.isPresent()) {
                            c = c.withDeal("First order", amount.get(), CLOSE_DATES.get(0));
                        }
                        return task.map(c::withFollowUp).orElse(c);
                    };
                    return mutate(text, s -> s.sales().convertLead(lead, conversion, existingOrg));
                });
    }
}
