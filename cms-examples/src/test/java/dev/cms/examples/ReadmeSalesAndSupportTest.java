package dev.cms.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityService;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.WonDeal;
import dev.cms.core.support.AssignmentStrategy;
import dev.cms.core.support.BusinessHours;
import dev.cms.core.support.RoutingRule;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.SupportQueue;
import dev.cms.core.support.SupportSettings;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.task.TaskDetails;
import dev.cms.persistence.memory.MemoryPersistence;
import dev.cms.testkit.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the code samples of the README's section on sales, purchases, support, feedback and the 360 view, and fails if
 * a README block and the code between the same-named markers below ever differ. Expected values are worked out by
 * hand in the comments.
 */
class ReadmeSalesAndSupportTest {
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "cms", "examples",
            "ReadmeSalesAndSupportTest.java");

    /** Monday 2026-03-02 10:00 in Berlin (UTC+1 until the end of March). */
    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

    @Test
    void deals_moveThroughTheDefaultPipeline_andWinningRecordsThePurchase() {
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).build();
        CmsScope scope = cms.as(Principal.of("alice", "sales"));
        Customer acme = scope.customers().create(scope.customers().organization("Acme GmbH").build());

        // readme:deals:begin
        OpportunityService deals = scope.opportunities();
        Pipeline sales = scope.pipelines().defaultPipeline();  // created on first use: Qualification 10% ... Closed lost
        Opportunity deal = deals.create(OpportunityDetails.of(acme.id(), "50 seats", Money.of("12000.00", "EUR"))
                .closingOn(LocalDate.of(2026, 6, 30)));      // opens in the first open stage
        deal = deals.moveToStage(deal.id(), deal.version(), sales.openStages().get(2).id());  // Proposal, 50%
        Money weighted = deal.weightedAmountIn(sales);       // 6000.00 EUR
        WonDeal won = deals.winAndRecordPurchase(deal.id(), deal.version());  // both or neither
        // readme:deals:end

        // 12,000.00 x 50% = 6,000.00; the purchase carries the amount, sold directly, linked to the deal.
        assertThat(weighted).isEqualTo(Money.of("6000.00", "EUR"));
        assertThat(sales.stages()).extracting(s -> s.name() + " " + s.probability()).containsExactly(
                "Qualification 10", "Needs analysis 20", "Proposal 50", "Negotiation 80", "Closed won 100", "Closed lost 0");
        assertThat(won.opportunity().status()).isEqualTo(OpportunityStatus.WON);
        assertThat(won.opportunity().history()).hasSize(3);
        assertThat(won.purchase().details().total()).isEqualTo(Money.of("12000.00", "EUR"));
        assertThat(won.purchase().details().channel()).isEqualTo(SalesChannel.DIRECT_SALES);
        assertThat(won.purchase().details().opportunity()).contains(deal.id());
    }

    @Test
    void convertLead_createsOrganizationDealAndTaskTogether() {
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).build();
        CmsScope scope = cms.as(Principal.of("alice", "sales"));
        Customer lead = scope.customers().create(scope.customers().person("Grace", "Hopper")
                .stage(LifecycleStage.LEAD).build());
        Instant nextWeek = clock.instant().plus(Duration.ofDays(7));

        // readme:leads:begin
        ConvertedLead converted = scope.opportunities().convertLead(lead.id(),
                LeadConversion.toStage(LifecycleStage.OPPORTUNITY)
                        .withNewOrganization(scope.customers().organization("Hopper Analytics GmbH").build(), "CEO")
                        .withDeal("Analytics platform", Money.of("48000.00", "EUR"), LocalDate.of(2026, 3, 31))
                        .withFollowUp(TaskDetails.titled("Send the proposal").dueAt(nextWeek)));
        // readme:leads:end

        Customer org = converted.organization().orElseThrow();
        assertThat(converted.customer().profile().lifecycleStage()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(converted.customer().profile().affiliation()).hasValueSatisfying(a -> {
            assertThat(a.organization()).isEqualTo(org.id());
            assertThat(a.jobTitle()).contains("CEO");
        });
        Opportunity deal = converted.opportunity().orElseThrow();
        assertThat(deal.details().customer()).isEqualTo(lead.id());
        assertThat(deal.stage()).isEqualTo(scope.pipelines().defaultPipeline().openStages().get(0).id());
        assertThat(converted.followUp().orElseThrow().details().links().opportunity()).contains(deal.id());
    }

    @Test
    void purchases_recordOnceRefundAndSummarise() {
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).build();
        CmsScope scope = cms.as(Principal.of("alice"));
        Customer ada = scope.customers().create(scope.customers().person("Ada", "Lovelace").build());
        Instant orderedAt = clock.instant();

        // readme:purchases:begin
        PurchaseDetails sale = PurchaseDetails.ofLines(ada.id(), orderedAt, List.of(
                        LineItem.of("NB-A5", "Notebook", 2, Money.of("4.50", "EUR")),
                        LineItem.of("PEN-1", "Fountain pen", 1, Money.of("30.00", "EUR"))
                                .withDiscount(new BigDecimal("10"))))  // total 9.00 + 27.00 = 36.00 EUR
                .via(SalesChannel.STORE)
                .withExternalOrderId("POS-1001");
        Purchase order = scope.purchases().recordOnce(sale);  // again with POS-1001: returns the stored one
        order = scope.purchases().refund(order.id(), order.version(), Money.of("4.50", "EUR"));  // partly refunded
        PurchaseSummary summary = scope.purchases().summary(ada.id());  // 1 purchase, net 31.50 EUR
        // readme:purchases:end

        assertThat(scope.purchases().recordOnce(sale)).isEqualTo(order);
        assertThat(order.status()).isEqualTo(PurchaseStatus.PARTIALLY_REFUNDED);
        assertThat(summary.count()).isEqualTo(1);
        assertThat(summary.totals()).containsExactly(Money.of("31.50", "EUR"));
        assertThat(summary.first()).contains(orderedAt);
    }

    @Test
    void tickets_areRoutedAssignedAndMeasuredInBusinessHours() {
        // readme:support:begin
        BusinessHours office = BusinessHours.weekdays(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0));
        SupportSettings support = SupportSettings.defaults()  // default queue "support", at risk at 25% left
                .withRule(RoutingRule.to("billing").whenCategory("billing"))
                .withRule(RoutingRule.to("platform").whenPriority(TicketPriority.HIGH, TicketPriority.URGENT))
                .withQueue(SupportQueue.of("platform", AssignmentStrategy.roundRobin(), UserId.of("carol"), UserId.of("dave")))
                .withPolicy(SlaPolicy.of(TicketPriority.HIGH, Duration.ofHours(4), Duration.ofHours(16))
                        .inBusinessHours(office));
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).support(support).build();
        CmsScope desk = cms.as(Principal.of("carol", "support"));
        Customer ada = desk.customers().create(desk.customers().person("Ada", "Lovelace").build());

        Ticket ticket = desk.tickets().open(TicketDetails.of(ada.id(), "Dashboard shows an error")
                .withPriority(TicketPriority.HIGH));          // queue "platform", assigned to carol
        SlaStatus sla = desk.tickets().sla(ticket.id());      // due times and states at the clock's now
        desk.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, clock.instant())
                .withSubject("Re: Dashboard shows an error")
                .about(ticket.id()));                         // an outbound reply is the first response
        // readme:support:end

        // Opened Monday 10:00 Berlin: first response due 14:00; resolution 16h = Monday 7h + Tuesday 8h + Wednesday
        // 1h -> Wednesday 10:00 Berlin, 09:00 UTC.
        assertThat(ticket.queue()).contains("platform");
        assertThat(ticket.assignee()).contains(UserId.of("carol"));
        assertThat(sla.firstResponse().orElseThrow().due()).isEqualTo(Instant.parse("2026-03-02T13:00:00Z"));
        assertThat(sla.resolution().orElseThrow().due()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
        assertThat(sla.overall()).contains(SlaState.ON_TRACK);
        assertThat(desk.tickets().sla(ticket.id()).firstResponse().orElseThrow().state()).isEqualTo(SlaState.MET);
        assertThat(desk.tickets().open(TicketDetails.of(ada.id(), "Invoice").inCategory("Billing")).queue())
                .contains("billing");
    }

    @Test
    void feedbackAndTheView_showTheLatestAnswerAndTheOpenWork() {
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(clock).build();
        CmsScope scope = cms.as(Principal.of("alice"));
        Customer ada = scope.customers().create(scope.customers().person("Ada", "Lovelace").build());
        Ticket ticket = scope.tickets().open(TicketDetails.of(ada.id(), "Login fails"));
        scope.opportunities().create(OpportunityDetails.of(ada.id(), "Renewal", Money.of("1000.00", "EUR")));

        // readme:feedback:begin
        scope.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.NPS, 9, clock.instant())
                .withComment("Quick fix, thanks!")
                .about(ticket.id()));                         // a score outside 0-10 is a ValidationException
        Optional<SurveyResponse> nps = scope.feedback().latest(ada.id(), SurveyType.NPS);
        // readme:feedback:end

        // readme:view:begin
        CustomerView view = scope.customers().view(ada.id());  // one store query per section
        view.openOpportunities().forEach(line -> System.out.println(
                line.opportunity().details().name() + ": " + line.probability() + "%, weighted " + line.weighted()));
        view.openTickets().forEach(line -> System.out.println(
                line.ticket().details().subject() + ": " + line.sla().overall().map(SlaState::name).orElse("no SLA")));
        // readme:view:end

        // 1,000.00 x Qualification's 10% = 100.00; NORMAL tickets have no SLA policy by default.
        assertThat(nps.orElseThrow().answer().score()).isEqualTo(9);
        assertThat(view.latestNps()).isEqualTo(nps);
        assertThat(view.latestCsat()).isEmpty();
        assertThat(view.openOpportunities()).singleElement().satisfies(line -> {
            assertThat(line.opportunity().details().name()).isEqualTo("Renewal");
            assertThat(line.probability()).isEqualTo(10);
            assertThat(line.weighted()).isEqualTo(Money.of("100.00", "EUR"));
        });
        assertThat(view.openTickets()).singleElement().satisfies(line -> {
            assertThat(line.ticket().id()).isEqualTo(ticket.id());
            assertThat(line.sla()).isEqualTo(SlaStatus.none());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"deals", "leads", "purchases", "support", "feedback", "view"})
    void readme_showsExactlyTheCodeThisTestRuns(String block) throws IOException {
        ReadmeBlocks.assertReadmeShows(block, THIS_SOURCE);
    }
}
