package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cms.core.NotFoundException;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.StageId;
import dev.cms.core.support.SlaClock;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.SupportSettings;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@code CustomerService.view} promises: in one call the profile, the latest interactions, exactly the open deals
 * with their probability and weighted value, exactly the open tasks, exactly the open tickets with their SLA state at
 * the clock's now, the purchase summary and the latest NPS and CSAT answers.
 */
public abstract class CustomerViewContract extends CmsContractSupport {
    /** For subclasses. */
    protected CustomerViewContract() {
    }

    /** Normal tickets must get a first response within 4 hours and be resolved within 24, around the clock. */
    @Override
    protected SupportSettings supportSettings() {
        return SupportSettings.defaults()
                .withPolicy(SlaPolicy.of(TicketPriority.NORMAL, Duration.ofHours(4), Duration.ofHours(24)))
                .withAtRiskShare(0.25);
    }

    private static SlaStatus sla(Instant firstDue, SlaState first, Instant resolutionDue, SlaState resolution) {
        return new SlaStatus(Optional.of(new SlaClock(firstDue, first)), Optional.of(new SlaClock(resolutionDue, resolution)));
    }

    private static StageId stage(Pipeline pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Instant at(Duration sinceStart) {
        clock.set(START.plus(sinceStart));
        return clock.instant();
    }

    @Test
    void view_showsExactlyTheOpenItems_withWeightedValues_slaStatesNow_purchaseSummary_andLatestNpsAndCsat() {
        Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").email("ada@example.com").build());
        Customer grace = alice.customers().create(alice.customers().person("Grace", "Hopper").build());
        Pipeline sales = alice.pipelines().defaultPipeline();

        // Deals: two open (newest last), one won, one lost, one of grace's.
        at(Duration.ZERO);
        Opportunity qualification = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Seats", Money.of("1000.00", "EUR")));
        Opportunity won = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Won", Money.of("50.00", "EUR")));
        alice.opportunities().win(won.id(), 0);
        Opportunity lost = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Lost", Money.of("70.00", "EUR")));
        alice.opportunities().lose(lost.id(), 0, "no budget");
        alice.opportunities().create(OpportunityDetails.of(grace.id(), "Grace's", Money.of("5.00", "EUR")));
        at(Duration.ofMinutes(10));
        Opportunity proposal = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Add-on", Money.of("10.01", "EUR"))
                .withProbability(33), sales.id(), stage(sales, "Proposal"));

        // Tasks: open and in progress (newest last) are shown; done and cancelled are not.
        Task open = alice.tasks().create(TaskDetails.titled("Call back").about(ada.id()));
        alice.tasks().complete(alice.tasks().create(TaskDetails.titled("Done").about(ada.id())));
        alice.tasks().cancel(alice.tasks().create(TaskDetails.titled("Cancelled").about(ada.id())));
        alice.tasks().create(TaskDetails.titled("Grace's").about(grace.id()));
        at(Duration.ofMinutes(20));
        Task inProgress = alice.tasks().start(alice.tasks().create(TaskDetails.titled("Prepare quote").about(ada.id())));

        // Tickets opened at START, +1:30 and +4:30 stay open; a resolved and a closed one do not show.
        at(Duration.ZERO);
        Ticket first = alice.tickets().open(TicketDetails.of(ada.id(), "First"));
        alice.tickets().moveTo(alice.tickets().open(TicketDetails.of(ada.id(), "Resolved")).id(), 0, TicketStatus.RESOLVED);
        alice.tickets().moveTo(alice.tickets().open(TicketDetails.of(ada.id(), "Closed")).id(), 0, TicketStatus.CLOSED);
        alice.tickets().open(TicketDetails.of(grace.id(), "Grace's"));
        at(Duration.ofMinutes(90));
        Ticket second = alice.tickets().moveTo(alice.tickets().open(TicketDetails.of(ada.id(), "Second")).id(), 0, TicketStatus.OPEN);
        at(Duration.ofMinutes(270));
        Ticket third = alice.tickets().moveTo(alice.tickets().open(TicketDetails.of(ada.id(), "Third")).id(), 0, TicketStatus.PENDING);

        // Purchases: 100.00 and 50.00 − 20.00 count, a fully refunded one does not.
        alice.purchases().record(PurchaseDetails.of(ada.id(), Instant.parse("2025-11-01T10:00:00Z"), Money.of("100.00", "EUR")));
        var partly = alice.purchases().record(PurchaseDetails.of(ada.id(), Instant.parse("2025-12-01T10:00:00Z"), Money.of("50.00", "EUR")));
        alice.purchases().refund(partly.id(), 0, Money.of("20.00", "EUR"));
        var refunded = alice.purchases().record(PurchaseDetails.of(ada.id(), Instant.parse("2026-01-01T10:00:00Z"), Money.of("9.00", "EUR")));
        alice.purchases().refund(refunded.id(), 0, Money.of("9.00", "EUR"));

        // Feedback: the NPS answered last is recorded first; the CES is not part of the view.
        SurveyResponse nps = alice.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.NPS, 6, START.minus(Duration.ofDays(1))));
        alice.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.NPS, 9, START.minus(Duration.ofDays(3))));
        SurveyResponse csat = alice.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.CSAT, 4, START.minus(Duration.ofDays(2))));
        alice.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.CES, 7, START));
        alice.feedback().record(SurveyAnswer.of(grace.id(), SurveyType.NPS, 10, START));

        // Interactions, logged out of order.
        Interaction middle = alice.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.INBOUND,
                START.minus(Duration.ofDays(2))));
        Interaction newest = alice.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND,
                START.minus(Duration.ofDays(1))));
        Interaction oldest = alice.interactions().log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL,
                START.minus(Duration.ofDays(3))));
        alice.interactions().log(grace.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START));

        at(Duration.ofHours(5));
        CustomerView view = alice.customers().view(ada.id());

        assertThat(view.customer()).isEqualTo(alice.customers().get(ada.id()));
        assertThat(view.latestInteractions()).containsExactly(newest, middle, oldest);
        // 10.01 × 33% = 3.3033 → 3.30; 1000.00 × 10% (Qualification) = 100.00.
        assertThat(view.openOpportunities())
                .extracting(l -> l.opportunity(), l -> l.probability(), l -> l.weighted())
                .containsExactly(tuple(proposal, 33, Money.of("3.30", "EUR")), tuple(qualification, 10, Money.of("100.00", "EUR")));
        assertThat(view.openTasks()).containsExactly(inProgress, open);
        // Now is START + 5 h. First response: 4 h allowed, at risk with 1 h left; resolution: 24 h, at risk with 6 h.
        assertThat(view.openTickets()).extracting(CustomerView.TicketLine::ticket).containsExactly(third, second, first);
        assertThat(view.openTickets()).extracting(CustomerView.TicketLine::sla).containsExactly(
                // opened +4:30: due +8:30 (3:30 left) and +28:30
                sla(START.plus(Duration.ofMinutes(510)), SlaState.ON_TRACK, START.plus(Duration.ofMinutes(1710)), SlaState.ON_TRACK),
                // opened +1:30: due +5:30, 30 minutes left
                sla(START.plus(Duration.ofMinutes(330)), SlaState.AT_RISK, START.plus(Duration.ofMinutes(1530)), SlaState.ON_TRACK),
                // opened at START: first response due +4:00, an hour ago
                sla(START.plus(Duration.ofHours(4)), SlaState.BREACHED, START.plus(Duration.ofHours(24)), SlaState.ON_TRACK));
        assertThat(view.purchases()).isEqualTo(new PurchaseSummary(2, List.of(Money.of("130.00", "EUR")),
                Optional.of(Instant.parse("2025-11-01T10:00:00Z")), Optional.of(Instant.parse("2025-12-01T10:00:00Z"))));
        assertThat(view.latestNps()).contains(nps);
        assertThat(view.latestCsat()).contains(csat);
    }

    @Test
    void view_slaStatesFollowTheClock() {
        Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        Ticket ticket = alice.tickets().open(TicketDetails.of(ada.id(), "Broken"));

        at(Duration.ofHours(3).minusSeconds(1));
        SlaStatus before = alice.customers().view(ada.id()).openTickets().get(0).sla();
        at(Duration.ofHours(3));
        SlaStatus after = alice.customers().view(ada.id()).openTickets().get(0).sla();

        assertThat(before.firstResponse().orElseThrow().state()).isEqualTo(SlaState.ON_TRACK);
        assertThat(after.firstResponse().orElseThrow().state()).isEqualTo(SlaState.AT_RISK);
        assertThat(alice.customers().view(ada.id()).openTickets()).extracting(CustomerView.TicketLine::ticket).containsExactly(ticket);
    }

    @Test
    void view_ofACustomerWithNothingElse_hasEmptySections() {
        Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());

        CustomerView view = alice.customers().view(ada.id());

        assertThat(view).isEqualTo(new CustomerView(ada, List.of(), List.of(), List.of(), List.of(), PurchaseSummary.none(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void view_ofAnUnknownCustomer_isNotFound() {
        assertFails(NotFoundException.class, () -> alice.customers().view(CustomerId.of(TestData.ID_1)));
    }
}
