package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException.Reason;
import dev.cms.core.DomainEvent;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityLost;
import dev.cms.core.sales.OpportunityService;
import dev.cms.core.sales.OpportunityStageChanged;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.OpportunityUpdated;
import dev.cms.core.sales.OpportunityWon;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.WonDeal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@link OpportunityService} promises: deals open in the default pipeline's first stage, every stage move is
 * appended to the history (from, to, when by the clock, by whom) and published, probabilities and weighted values,
 * line items whose total is the amount, winning (optionally with its purchase, all or nothing), losing with a reason,
 * reopening, the by-customer and in-stage queries, and optimistic versions.
 */
public abstract class OpportunityServiceContract extends CmsContractSupport {
    private static final UserId BOB = UserId.of("bob");

    private Customer ada;
    private Customer grace;
    private Pipeline sales;
    private Pipeline renewals;

    /** For subclasses. */
    protected OpportunityServiceContract() {
    }

    @BeforeEach
    void createCustomersAndPipelines() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        grace = alice.customers().create(alice.customers().person("Grace", "Hopper").build());
        sales = alice.pipelines().defaultPipeline();
        renewals = alice.pipelines().create("Renewals", List.of(StageDraft.open("Contact", 30), StageDraft.won("Renewed"),
                StageDraft.lost("Cancelled")));
        events.clear();
    }

    private OpportunityService deals() {
        return alice.opportunities();
    }

    private UserId aliceId() {
        return alice.principal().userId();
    }

    private StageId stage(String name) {
        return stageOf(sales, name);
    }

    private static StageId stageOf(Pipeline pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static OpportunityDetails deal(Customer customer, String name, String amount) {
        return OpportunityDetails.of(customer.id(), name, Money.of(amount, "EUR"));
    }

    private Opportunity open(Customer customer, String name) {
        return deals().create(deal(customer, name, "1000.00"));
    }

    private Purchase onlyPurchaseOf(Customer customer) {
        List<Purchase> purchases = alice.purchases().byCustomer(customer.id(), PageRequest.first(10)).items();
        assertThat(purchases).hasSize(1);
        return purchases.get(0);
    }

    // ---- create, get ---------------------------------------------------------------------------------------------

    @Test
    void create_opensTheDealInTheDefaultPipelinesFirstOpenStage_withItsCreationAsFirstHistoryEntry() {
        OpportunityDetails details = deal(ada, "ACME – 50 seats", "5000.00").closingOn(LocalDate.of(2026, 3, 31))
                .ownedBy(BOB).fromSource("webinar");

        Opportunity created = deals().create(details);

        assertThat(created.details()).isEqualTo(details);
        assertThat(created.pipeline()).isEqualTo(sales.id());
        assertThat(created.stage()).isEqualTo(stage("Qualification"));
        assertThat(created.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(created.lostReason()).isEmpty();
        assertThat(created.closedAt()).isEmpty();
        assertThat(created.history()).containsExactly(new StageChange(Optional.empty(), stage("Qualification"), START, aliceId()));
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.version()).isZero();
        assertThat(deals().get(created.id())).isEqualTo(created);
        assertThat(deals().find(created.id())).contains(created);
        assertThat(events.events()).containsExactly(new OpportunityCreated(created, aliceId(), START));
    }

    @Test
    void create_inAGivenOpenStageOfAGivenPipeline_startsThere() {
        Opportunity created = deals().create(deal(ada, "Renewal", "100.00"), renewals.id(), stageOf(renewals, "Contact"));

        assertThat(created.pipeline()).isEqualTo(renewals.id());
        assertThat(created.stage()).isEqualTo(stageOf(renewals, "Contact"));
        assertThat(created.history()).containsExactly(new StageChange(Optional.empty(), stageOf(renewals, "Contact"), START, aliceId()));
    }

    @TestFactory
    Stream<DynamicTest> create_inAStageThatIsNotAnOpenStageOfThePipeline_isRejected_andStoresNothing() {
        Map<String, StageId> stages = new LinkedHashMap<>();
        stages.put("the closed-won stage", stage("Closed won"));
        stages.put("the closed-lost stage", stage("Closed lost"));
        stages.put("an open stage of another pipeline", stageOf(renewals, "Contact"));
        stages.put("an unknown stage", StageId.of(TestData.ID_1));
        return stages.entrySet().stream().map(s -> dynamicTest(s.getKey(), () -> {
            assertFails(ValidationException.class, () -> deals().create(deal(ada, "Deal", "1.00"), sales.id(), s.getValue()));
            assertThat(deals().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void create_forAnUnknownCustomer_isRejectedAtCustomer_andStoresNothing() {
        CustomerId unknown = CustomerId.of(TestData.ID_MAX);

        assertViolations(() -> deals().create(OpportunityDetails.of(unknown, "Ghost", Money.of("1.00", "EUR"))), "customer");

        assertThat(deals().byCustomer(unknown, PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void get_ofAnUnknownDeal_isNotFound_andFindIsEmpty() {
        OpportunityId unknown = OpportunityId.of(TestData.ID_1);

        assertFails(NotFoundException.class, () -> deals().get(unknown));
        assertThat(deals().find(unknown)).isEmpty();
    }

    @Test
    void update_replacesTheDetails_keepsStageAndHistory_andPublishesOpportunityUpdated() {
        Opportunity v0 = open(ada, "Deal");
        Instant later = clock.advance(Duration.ofMinutes(3));
        events.clear();

        Opportunity v1 = deals().update(v0.id(), 0, v0.details().closingOn(LocalDate.of(2026, 6, 30)).withProbability(25));

        assertThat(v1.details().expectedClose()).contains(LocalDate.of(2026, 6, 30));
        assertThat(v1.details().probability()).contains(25);
        assertThat(v1.stage()).isEqualTo(v0.stage());
        assertThat(v1.history()).isEqualTo(v0.history());
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.updatedAt()).isEqualTo(later);
        assertThat(deals().get(v0.id())).isEqualTo(v1);
        assertThat(events.events()).containsExactly(new OpportunityUpdated(v0, v1, aliceId(), later));
    }

    // ---- stage moves ---------------------------------------------------------------------------------------------

    @Test
    void moveToStage_appendsFromToWhenAndWhoToTheHistory_andPublishesOpportunityStageChanged() {
        Opportunity v0 = open(ada, "Deal");
        CmsScope bob = cms.as(Principal.of("bob"));
        Instant first = clock.advance(Duration.ofHours(1));
        Opportunity v1 = bob.opportunities().moveToStage(v0.id(), 0, stage("Proposal"));
        Instant second = clock.advance(Duration.ofHours(1));
        Opportunity v2 = deals().moveToStage(v0.id(), 1, stage("Needs analysis"));

        assertThat(v2.stage()).isEqualTo(stage("Needs analysis"));
        assertThat(v2.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.updatedAt()).isEqualTo(second);
        assertThat(v2.history()).containsExactly(
                new StageChange(Optional.empty(), stage("Qualification"), START, aliceId()),
                new StageChange(Optional.of(stage("Qualification")), stage("Proposal"), first, BOB),
                new StageChange(Optional.of(stage("Proposal")), stage("Needs analysis"), second, aliceId()));
        assertThat(deals().get(v0.id())).isEqualTo(v2);
        assertThat(events.eventsOf(OpportunityStageChanged.class)).containsExactly(
                new OpportunityStageChanged(v1, stage("Qualification"), stage("Proposal"), BOB, first),
                new OpportunityStageChanged(v2, stage("Proposal"), stage("Needs analysis"), aliceId(), second));
    }

    @TestFactory
    Stream<DynamicTest> moveToStage_toTheCurrentStage_aClosedStage_orAnotherPipelinesStage_isRejected() {
        Map<String, StageId> targets = new LinkedHashMap<>();
        targets.put("the current stage", stage("Qualification"));
        targets.put("the closed-won stage", stage("Closed won"));
        targets.put("the closed-lost stage", stage("Closed lost"));
        targets.put("an open stage of another pipeline", stageOf(renewals, "Contact"));
        targets.put("an unknown stage", StageId.of(TestData.ID_1));
        return targets.entrySet().stream().map(t -> dynamicTest(t.getKey(), () -> {
            Opportunity deal = open(ada, "Deal");
            events.clear();

            assertFails(ValidationException.class, () -> deals().moveToStage(deal.id(), 0, t.getValue()));

            assertThat(deals().get(deal.id())).isEqualTo(deal);
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void moveToStage_ofAWonOrLostDeal_isRejected() {
        Opportunity won = deals().win(open(ada, "Won").id(), 0);
        Opportunity lost = deals().lose(open(ada, "Lost").id(), 0, "no budget");
        events.clear();

        assertFails(ValidationException.class, () -> deals().moveToStage(won.id(), 1, stage("Proposal")));
        assertFails(ValidationException.class, () -> deals().moveToStage(lost.id(), 1, stage("Proposal")));

        assertThat(deals().get(won.id())).isEqualTo(won);
        assertThat(deals().get(lost.id())).isEqualTo(lost);
        assertThat(events.events()).isEmpty();
    }

    // ---- probability and weighted value --------------------------------------------------------------------------

    /** One row of the weighted-value table: a deal and the probability and weighted value computed by hand. */
    private record Weighted(String name, String amount, String currency, String stage, Optional<Integer> override,
                            int probability, String weighted) {
    }

    @Test
    void probability_isTheOverrideElseTheStageDefault_andWeightedValueIsAmountTimesProbabilityRoundedHalfEven() {
        List<Weighted> table = List.of(
                new Weighted("stage default 10%", "1000.00", "EUR", "Qualification", Optional.empty(), 10, "100.00"),
                new Weighted("33% of 10.01 = 3.3033", "10.01", "EUR", "Qualification", Optional.of(33), 33, "3.30"),
                new Weighted("5% of 10.50 = 0.525, half-even down", "10.50", "EUR", "Proposal", Optional.of(5), 5, "0.52"),
                new Weighted("5% of 10.70 = 0.535, half-even up", "10.70", "EUR", "Proposal", Optional.of(5), 5, "0.54"),
                new Weighted("50% of 1005 JPY = 502.5, half-even down", "1005", "JPY", "Proposal", Optional.empty(), 50, "502"),
                new Weighted("80% of 0.01 = 0.008", "0.01", "EUR", "Negotiation", Optional.empty(), 80, "0.01"),
                new Weighted("override 0 beats the stage's 80%", "99.99", "EUR", "Negotiation", Optional.of(0), 0, "0.00"),
                new Weighted("override 100", "99.99", "EUR", "Qualification", Optional.of(100), 100, "99.99"));
        Map<OpportunityId, Weighted> byId = new LinkedHashMap<>();
        for (Weighted row : table) {
            OpportunityDetails details = OpportunityDetails.of(ada.id(), row.name(), Money.of(row.amount(), row.currency()));
            details = row.override().map(details::withProbability).orElse(details);
            byId.put(deals().create(details, sales.id(), stage(row.stage())).id(), row);
        }
        Pipeline pipeline = alice.pipelines().get(sales.id());

        for (Map.Entry<OpportunityId, Weighted> e : byId.entrySet()) {
            Opportunity stored = deals().get(e.getKey());
            Weighted row = e.getValue();
            assertThat(stored.probabilityIn(pipeline)).as(row.name()).isEqualTo(row.probability());
            assertThat(stored.weightedAmountIn(pipeline)).as(row.name()).isEqualTo(Money.of(row.weighted(), row.currency()));
        }
        List<CustomerView.OpportunityLine> lines = alice.customers().view(ada.id()).openOpportunities();
        assertThat(lines).hasSize(table.size()).allSatisfy(line -> {
            Weighted row = byId.get(line.opportunity().id());
            assertThat(line.probability()).as(row.name()).isEqualTo(row.probability());
            assertThat(line.weighted()).as(row.name()).isEqualTo(Money.of(row.weighted(), row.currency()));
        });
    }

    @Test
    void probability_ofAWonDealIs100_andOfALostDeal0() {
        Opportunity won = deals().win(deals().create(deal(ada, "Won", "10.00").withProbability(20)).id(), 0);
        Opportunity lost = deals().lose(deals().create(deal(ada, "Lost", "10.00").withProbability(90)).id(), 0, "gone");

        assertThat(won.probabilityIn(sales)).isEqualTo(100);
        assertThat(won.weightedAmountIn(sales)).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(lost.probabilityIn(sales)).isZero();
        assertThat(lost.weightedAmountIn(sales)).isEqualTo(Money.of("0.00", "EUR"));
    }

    // ---- line items ----------------------------------------------------------------------------------------------

    @Test
    void lineItems_makeTheAmount_theSumOfTheirTotalsAfterDiscount() {
        List<LineItem> lines = List.of(
                LineItem.of("SEAT", "Seat licence", 3, Money.of("19.99", "EUR")).withDiscount(new BigDecimal("10")),
                new LineItem("HOUR", "Consulting", new BigDecimal("2.5"), Money.of("80.00", "EUR"), BigDecimal.ZERO),
                LineItem.of("STICKER", "Sticker", 1, Money.of("0.05", "EUR")).withDiscount(new BigDecimal("50")),
                LineItem.of("MUG", "Mug", 7, Money.of("3.33", "EUR")).withDiscount(new BigDecimal("33.3")));

        Opportunity created = deals().create(deal(ada, "Bundle", "0.00").withLineItems(lines));

        // 3 × 19.99 × 0.9 = 53.973 → 53.97; 2.5 × 80.00 = 200.00; 0.05 × 0.5 = 0.025 → 0.02 (half-even);
        // 7 × 3.33 × 0.667 = 15.54777 → 15.55; together 269.54.
        assertThat(lines).extracting(LineItem::total).containsExactly(Money.of("53.97", "EUR"), Money.of("200.00", "EUR"),
                Money.of("0.02", "EUR"), Money.of("15.55", "EUR"));
        assertThat(created.details().amount()).isEqualTo(Money.of("269.54", "EUR"));
        assertThat(created.details().lineItems()).isEqualTo(lines);
        assertThat(deals().get(created.id()).details().amount()).isEqualTo(Money.of("269.54", "EUR"));
    }

    @Test
    void lineItems_whoseTotalDiffersFromTheAmount_areRejectedAtAmount() {
        List<LineItem> lines = List.of(LineItem.of("SEAT", "Seat", 3, Money.of("19.99", "EUR")));

        assertViolations(() -> new OpportunityDetails(ada.id(), "Deal", Money.of("59.98", "EUR"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), lines), "amount");
        assertThat(new OpportunityDetails(ada.id(), "Deal", Money.of("59.97", "EUR"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), lines).amount()).isEqualTo(Money.of("59.97", "EUR"));
    }

    @Test
    void lineItems_inMixedCurrencies_areRejected() {
        List<LineItem> mixed = List.of(LineItem.of("A", "A", 1, Money.of("1.00", "EUR")),
                LineItem.of("B", "B", 1, Money.of("1.00", "USD")));

        assertFails(ValidationException.class, () -> deal(ada, "Deal", "0.00").withLineItems(mixed));
        assertViolations(() -> new OpportunityDetails(ada.id(), "Deal", Money.of("2.00", "EUR"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), mixed), "lineItems[1].unitPrice");
        assertViolations(() -> new OpportunityDetails(ada.id(), "Deal", Money.of("1.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(mixed.get(0))), "lineItems[0].unitPrice");
    }

    // ---- win, lose, reopen ---------------------------------------------------------------------------------------

    @Test
    void win_movesTheDealToTheClosedWonStage_closesIt_andPublishesStageChangedThenWon() {
        Opportunity v0 = open(ada, "Deal");
        Instant at = clock.advance(Duration.ofDays(3));
        events.clear();

        Opportunity won = deals().win(v0.id(), 0);

        assertThat(won.stage()).isEqualTo(stage("Closed won"));
        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.closedAt()).contains(at);
        assertThat(won.lostReason()).isEmpty();
        assertThat(won.version()).isEqualTo(1);
        assertThat(won.history()).last().isEqualTo(new StageChange(Optional.of(stage("Qualification")), stage("Closed won"), at, aliceId()));
        assertThat(deals().get(v0.id())).isEqualTo(won);
        assertThat(events.events()).containsExactly(
                new OpportunityStageChanged(won, stage("Qualification"), stage("Closed won"), aliceId(), at),
                new OpportunityWon(won, Optional.empty(), aliceId(), at));
    }

    @Test
    void winAndRecordPurchase_recordsThePurchaseOfTheLineItems_linkedToTheDeal_andPublishesWonWithIt() {
        List<LineItem> lines = List.of(LineItem.of("SEAT", "Seat licence", 50, Money.of("19.99", "EUR")),
                LineItem.of("SETUP", "Setup", 1, Money.of("500.00", "EUR")).withDiscount(new BigDecimal("20")));
        Opportunity v0 = deals().create(deal(ada, "ACME", "0.00").withLineItems(lines));
        Instant at = clock.advance(Duration.ofDays(3));
        events.clear();

        WonDeal result = deals().winAndRecordPurchase(v0.id(), 0);

        Opportunity won = result.opportunity();
        Purchase purchase = result.purchase();
        assertThat(won.status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.closedAt()).contains(at);
        assertThat(deals().get(v0.id())).isEqualTo(won);
        // 50 × 19.99 = 999.50; 500.00 × 0.8 = 400.00; together 1399.50.
        assertThat(purchase.details().total()).isEqualTo(Money.of("1399.50", "EUR"));
        assertThat(purchase.details().lines()).isEqualTo(lines);
        assertThat(purchase.customer()).isEqualTo(ada.id());
        assertThat(purchase.occurredAt()).isEqualTo(at);
        assertThat(purchase.details().channel()).isEqualTo(SalesChannel.DIRECT_SALES);
        assertThat(purchase.details().opportunity()).contains(v0.id());
        assertThat(purchase.status()).isEqualTo(PurchaseStatus.COMPLETED);
        assertThat(onlyPurchaseOf(ada)).isEqualTo(purchase);
        assertThat(alice.purchases().get(purchase.id())).isEqualTo(purchase);
        assertThat(events.eventsOf(PurchaseRecorded.class)).containsExactly(new PurchaseRecorded(purchase, aliceId(), at));
        List<DomainEvent> dealEvents = events.events().stream()
                .filter(e -> e instanceof OpportunityStageChanged || e instanceof OpportunityWon).toList();
        assertThat(dealEvents).containsExactly(
                new OpportunityStageChanged(won, stage("Qualification"), stage("Closed won"), aliceId(), at),
                new OpportunityWon(won, Optional.of(purchase.id()), aliceId(), at));
    }

    @Test
    void winAndRecordPurchase_ofADealWithoutLineItems_recordsItsAmount() {
        Opportunity v0 = deals().create(deal(ada, "Flat fee", "1234.56"));

        Purchase purchase = deals().winAndRecordPurchase(v0.id(), 0).purchase();

        assertThat(purchase.details().total()).isEqualTo(Money.of("1234.56", "EUR"));
        assertThat(purchase.details().lines()).isEmpty();
        assertThat(purchase.details().opportunity()).contains(v0.id());
    }

    @TestFactory
    Stream<DynamicTest> winAndRecordPurchase_whenThePurchaseCannotBeRecorded_leavesTheDealOpen_andPublishesNothing() {
        Map<String, AccessPolicy> policies = new LinkedHashMap<>();
        policies.put("a policy denying every purchase write", r -> !(r.resource() == ResourceType.PURCHASE && r.action().isWrite()));
        // This one lets the general question pass and refuses only once the purchase's customer is known, that is
        // while the deal has already been moved inside the transaction.
        policies.put("a policy denying purchase writes for any one customer",
                r -> !(r.resource() == ResourceType.PURCHASE && r.action().isWrite() && r.customer().isPresent()));
        return policies.entrySet().stream().map(p -> dynamicTest(p.getKey(), () -> {
            Opportunity deal = open(ada, "Deal " + p.getKey());
            CmsScope restricted = cmsWith(p.getValue()).as(Principal.of("alice"));
            events.clear();

            assertFails(AccessDeniedException.class, () -> restricted.opportunities().winAndRecordPurchase(deal.id(), 0));

            assertThat(deals().get(deal.id())).isEqualTo(deal);
            assertThat(alice.purchases().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void lose_requiresAReason_thenMovesToTheClosedLostStage_andPublishesStageChangedThenLost() {
        Opportunity v0 = open(ada, "Deal");
        Instant at = clock.advance(Duration.ofDays(1));
        events.clear();

        assertFails(ValidationException.class, () -> deals().lose(v0.id(), 0, " "));
        assertFails(ValidationException.class, () -> deals().lose(v0.id(), 0, ""));
        assertThat(deals().get(v0.id())).isEqualTo(v0);
        assertThat(events.events()).isEmpty();

        Opportunity lost = deals().lose(v0.id(), 0, "chose a competitor");

        assertThat(lost.stage()).isEqualTo(stage("Closed lost"));
        assertThat(lost.status()).isEqualTo(OpportunityStatus.LOST);
        assertThat(lost.lostReason()).contains("chose a competitor");
        assertThat(lost.closedAt()).contains(at);
        assertThat(lost.history()).last().isEqualTo(new StageChange(Optional.of(stage("Qualification")), stage("Closed lost"), at, aliceId()));
        assertThat(deals().get(v0.id())).isEqualTo(lost);
        assertThat(events.events()).containsExactly(
                new OpportunityStageChanged(lost, stage("Qualification"), stage("Closed lost"), aliceId(), at),
                new OpportunityLost(lost, aliceId(), at));
    }

    @Test
    void winOrLose_ofAClosedDeal_isRejected() {
        Opportunity won = deals().win(open(ada, "Won").id(), 0);
        Opportunity lost = deals().lose(open(ada, "Lost").id(), 0, "no budget");
        events.clear();

        assertFails(ValidationException.class, () -> deals().win(won.id(), 1));
        assertFails(ValidationException.class, () -> deals().lose(won.id(), 1, "changed our mind"));
        assertFails(ValidationException.class, () -> deals().win(lost.id(), 1));
        assertFails(ValidationException.class, () -> deals().winAndRecordPurchase(lost.id(), 1));

        assertThat(deals().get(won.id())).isEqualTo(won);
        assertThat(deals().get(lost.id())).isEqualTo(lost);
        assertThat(alice.purchases().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void reopen_putsAWonOrLostDealBackIntoAnOpenStage_clearingCloseTimeAndReason() {
        Opportunity won = deals().win(open(ada, "Won").id(), 0);
        Opportunity lost = deals().lose(open(ada, "Lost").id(), 0, "no budget");
        Instant at = clock.advance(Duration.ofDays(7));
        events.clear();

        Opportunity reopenedWon = deals().reopen(won.id(), 1, stage("Negotiation"));
        Opportunity reopenedLost = deals().reopen(lost.id(), 1, stage("Qualification"));

        assertThat(reopenedWon.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopenedWon.stage()).isEqualTo(stage("Negotiation"));
        assertThat(reopenedWon.closedAt()).isEmpty();
        assertThat(reopenedWon.history()).hasSize(3).last()
                .isEqualTo(new StageChange(Optional.of(stage("Closed won")), stage("Negotiation"), at, aliceId()));
        assertThat(reopenedLost.status()).isEqualTo(OpportunityStatus.OPEN);
        assertThat(reopenedLost.lostReason()).isEmpty();
        assertThat(reopenedLost.closedAt()).isEmpty();
        assertThat(reopenedLost.stage()).isEqualTo(stage("Qualification"));
        assertThat(reopenedLost.history()).last()
                .isEqualTo(new StageChange(Optional.of(stage("Closed lost")), stage("Qualification"), at, aliceId()));
        assertThat(events.events()).containsExactly(
                new OpportunityStageChanged(reopenedWon, stage("Closed won"), stage("Negotiation"), aliceId(), at),
                new OpportunityStageChanged(reopenedLost, stage("Closed lost"), stage("Qualification"), aliceId(), at));
    }

    @Test
    void reopen_ofAnOpenDeal_orIntoAStageThatIsNotOpenInItsPipeline_isRejected() {
        Opportunity open = open(ada, "Open");
        Opportunity won = deals().win(open(ada, "Won").id(), 0);
        events.clear();

        assertFails(ValidationException.class, () -> deals().reopen(open.id(), 0, stage("Proposal")));
        assertFails(ValidationException.class, () -> deals().reopen(won.id(), 1, stage("Closed won")));
        assertFails(ValidationException.class, () -> deals().reopen(won.id(), 1, stage("Closed lost")));
        assertFails(ValidationException.class, () -> deals().reopen(won.id(), 1, stageOf(renewals, "Contact")));

        assertThat(deals().get(open.id())).isEqualTo(open);
        assertThat(deals().get(won.id())).isEqualTo(won);
        assertThat(events.events()).isEmpty();
    }

    // ---- versions ------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> everyChange_withAStaleVersion_isAConflict_changesNothing_andPublishesNothing() {
        Map<String, Function<Opportunity, ThrowingCallable>> changes = new LinkedHashMap<>();
        changes.put("update", d -> () -> deals().update(d.id(), 0, d.details().withProbability(1)));
        changes.put("moveToStage", d -> () -> deals().moveToStage(d.id(), 0, stage("Negotiation")));
        changes.put("win", d -> () -> deals().win(d.id(), 0));
        changes.put("winAndRecordPurchase", d -> () -> deals().winAndRecordPurchase(d.id(), 0));
        changes.put("lose", d -> () -> deals().lose(d.id(), 0, "stale"));
        changes.put("update with a version from the future", d -> () -> deals().update(d.id(), 2, d.details().withProbability(1)));
        return changes.entrySet().stream().map(c -> dynamicTest(c.getKey(), () -> {
            Opportunity v1 = deals().moveToStage(open(ada, "Deal").id(), 0, stage("Proposal"));
            events.clear();

            assertConflict(Reason.STALE_VERSION, c.getValue().apply(v1));

            assertThat(deals().get(v1.id())).isEqualTo(v1);
            assertThat(alice.purchases().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void reopen_withAStaleVersion_isAConflict() {
        Opportunity won = deals().win(open(ada, "Won").id(), 0);

        assertConflict(Reason.STALE_VERSION, () -> deals().reopen(won.id(), 0, stage("Proposal")));

        assertThat(deals().get(won.id())).isEqualTo(won);
    }

    // ---- queries -------------------------------------------------------------------------------------------------

    @Test
    void byCustomer_holdsTheCustomersDealsOfEveryStatus_newestFirst_inPages() {
        List<Opportunity> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(open(ada, "Deal " + i));
            clock.advance(Duration.ofMinutes(1));
        }
        open(grace, "Grace's deal");
        Opportunity won = deals().win(created.get(1).id(), 0);
        Opportunity lost = deals().lose(created.get(3).id(), 0, "no budget");

        Page<Opportunity> first = deals().byCustomer(ada.id(), PageRequest.first(2));
        Page<Opportunity> second = deals().byCustomer(ada.id(), first.nextRequest(2).orElseThrow());
        Page<Opportunity> third = deals().byCustomer(ada.id(), second.nextRequest(2).orElseThrow());

        assertThat(first.items()).containsExactly(created.get(4), lost);
        assertThat(second.items()).containsExactly(created.get(2), won);
        assertThat(third.items()).containsExactly(created.get(0));
        assertThat(third.hasNext()).isFalse();
        assertThat(deals().byCustomer(grace.id(), PageRequest.first(10)).items()).extracting(o -> o.details().name())
                .containsExactly("Grace's deal");
    }

    @Test
    void inStage_holdsTheDealsNowInTheStage_newestFirst_inPages() {
        List<Opportunity> inProposal = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inProposal.add(deals().create(deal(i % 2 == 0 ? ada : grace, "Proposal " + i, "1.00"), sales.id(), stage("Proposal")));
            clock.advance(Duration.ofMinutes(1));
        }
        Opportunity movedAway = deals().create(deal(ada, "Moved away", "1.00"), sales.id(), stage("Proposal"));
        clock.advance(Duration.ofMinutes(1));
        Opportunity movedIn = deals().moveToStage(open(ada, "Moved in").id(), 0, stage("Proposal"));
        deals().moveToStage(movedAway.id(), 0, stage("Negotiation"));
        deals().win(inProposal.get(1).id(), 0);

        Page<Opportunity> first = deals().inStage(sales.id(), stage("Proposal"), PageRequest.first(2));
        Page<Opportunity> second = deals().inStage(sales.id(), stage("Proposal"), first.nextRequest(2).orElseThrow());

        assertThat(first.items()).containsExactly(movedIn, inProposal.get(2));
        assertThat(second.items()).containsExactly(inProposal.get(0));
        assertThat(second.hasNext()).isFalse();
        assertThat(deals().inStage(sales.id(), stage("Closed won"), PageRequest.first(10)).items())
                .extracting(Opportunity::id).containsExactly(inProposal.get(1).id());
        assertThat(deals().inStage(sales.id(), stage("Negotiation"), PageRequest.first(10)).items())
                .extracting(Opportunity::id).containsExactly(movedAway.id());
    }
}
