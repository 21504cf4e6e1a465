package dev.cms.examples;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityService;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.WonDeal;
import dev.cms.core.support.AssignmentStrategy;
import dev.cms.core.support.BusinessHours;
import dev.cms.core.support.RoutingRule;
import dev.cms.core.support.SlaClock;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.SupportQueue;
import dev.cms.core.support.SupportSettings;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketService;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.persistence.memory.MemoryPersistence;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A second tour, of sales and support on the in-memory adapter: converts a lead (with a new organization, a deal and
 * a follow-up task), moves the deal through the default pipeline printing its probability and weighted value, wins
 * it together with its purchase, then routes support tickets, follows one ticket's SLA in business hours from a
 * Friday afternoon to its resolution, records an NPS answer and prints the customer's 360 view.
 *
 * <p>Time comes from a clock the program moves by hand, so every run prints exactly the same text; times are shown
 * in Europe/Berlin, the zone of the support team's business hours. Run it with
 * {@code mvn -B -q install -DskipTests && mvn -B -q -pl cms-examples exec:java -Dexec.mainClass=dev.cms.examples.SalesAndSupportTour}.
 */
public final class SalesAndSupportTour {
    /** The zone of the business hours, and of every time printed. */
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(BERLIN);

    private SalesAndSupportTour() {
    }

    /**
     * Runs the tour and prints it to standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    private static void run(PrintStream out) {
        ManualClock clock = new ManualClock(at("2026-03-02T09:00"));
        UserId carol = UserId.of("carol");
        UserId dave = UserId.of("dave");
        BusinessHours office = BusinessHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));
        SlaPolicy high = SlaPolicy.of(TicketPriority.HIGH, Duration.ofHours(4), Duration.ofHours(16)).inBusinessHours(office);
        SupportSettings support = SupportSettings.defaults()
                // Rules are tried in order; a ticket no rule matches goes to the default queue, "support".
                .withRule(RoutingRule.to("billing").whenCategory("billing"))
                .withRule(RoutingRule.to("platform").whenPriority(TicketPriority.HIGH, TicketPriority.URGENT)
                        .whenMentioning("error", "down", "outage"))
                // "billing" has no queue configured, so its tickets stay unassigned.
                .withQueue(SupportQueue.of("platform", AssignmentStrategy.roundRobin(), carol, dave))
                .withPolicy(high);
        Cms cms = Cms.builder()
                .persistence(new MemoryPersistence())
                .clock(clock)
                .support(support)
                .build();
        CmsScope alice = cms.as(Principal.of("alice", "sales"));
        CmsScope bob = cms.as(Principal.of("bob", "sales", "manager"));
        CmsScope desk = cms.as(Principal.of("carol", "support"));

        out.println("CMS sales and support tour: in-memory store, times in Europe/Berlin");
        Customer grace = sell(out, clock, alice, bob);
        out.println();
        Ticket dashboard = supportAndFollowSla(out, clock, desk, grace, high);
        out.println();

        clock.set(at("2026-03-10T11:30"));
        SurveyResponse nps = desk.feedback().record(SurveyAnswer.of(grace.id(), SurveyType.NPS, 9, clock.instant())
                .withComment("Quick fix, thanks!")
                .about(dashboard.id()));
        out.println("NPS answer " + TIME.format(nps.answer().answeredAt()) + ": " + nps.answer().score() + " from "
                + grace.displayName() + " about \"" + dashboard.details().subject() + "\"");
        out.println();

        clock.set(at("2026-03-10T16:00"));
        printView(out, alice, alice.customers().view(grace.id()), clock.instant());
    }

    /** Converts the lead, walks the deal through the pipeline and wins it; returns the customer. */
    private static Customer sell(PrintStream out, ManualClock clock, CmsScope alice, CmsScope bob) {
        OpportunityService deals = alice.opportunities();
        Customer lead = alice.customers().create(alice.customers().person("Grace", "Hopper")
                .email("grace@hopper-analytics.example")
                .stage(LifecycleStage.LEAD)
                .leadSource("conference")
                .build());

        // One call, one transaction: the organization, the lead's new stage and affiliation, the deal and the task.
        clock.set(at("2026-03-02T09:05"));
        ConvertedLead converted = deals.convertLead(lead.id(), LeadConversion.toStage(LifecycleStage.OPPORTUNITY)
                .withNewOrganization(alice.customers().organization("Hopper Analytics GmbH").build(), "CEO")
                .withDeal("Analytics platform", Money.of("48000.00", "EUR"), LocalDate.of(2026, 3, 31))
                .withFollowUp(TaskDetails.titled("Send the proposal")
                        .assignedTo(alice.principal().userId())
                        .dueAt(at("2026-03-04T12:00"))));
        Opportunity deal = converted.opportunity().orElseThrow();
        Task followUp = converted.followUp().orElseThrow();
        Pipeline pipeline = alice.pipelines().get(deal.pipeline());
        out.println("Lead conversion " + TIME.format(clock.instant()));
        out.println("  " + converted.customer().displayName() + ": " + lead.profile().lifecycleStage() + " -> "
                + converted.customer().profile().lifecycleStage() + ", CEO at "
                + converted.organization().orElseThrow().displayName() + " (new organization)");
        out.println("  deal \"" + deal.details().name() + "\": " + deal.details().amount() + ", expected to close "
                + deal.details().expectedClose().orElseThrow());
        out.println("  follow-up task \"" + followUp.details().title() + "\": due "
                + TIME.format(followUp.details().due().orElseThrow()) + ", assigned to "
                + followUp.details().assignee().orElseThrow().value());
        out.println();

        // Line items replace the lump sum; their total must equal the amount.
        clock.set(at("2026-03-02T09:30"));
        deal = deals.update(deal.id(), deal.version(), deal.details().withLineItems(List.of(
                LineItem.of("PLAT-1Y", "Platform licence, 1 year", 40, Money.of("1000.00", "EUR")),
                LineItem.of("ONB-WS", "Onboarding workshop", 2, Money.of("5000.00", "EUR"))
                        .withDiscount(new BigDecimal("20")))));

        out.println("Deal \"" + deal.details().name() + "\" through pipeline \"" + pipeline.name() + "\"");
        printStep(out, pipeline, deal, deal.createdAt(), "");

        clock.set(at("2026-03-03T10:00"));
        alice.interactions().log(deal.details().customer(), InteractionDetails.of(Channel.MEETING, Direction.OUTBOUND,
                        clock.instant())
                .withSubject("Needs analysis workshop")
                .withDuration(Duration.ofHours(1))
                .about(deal.id()));
        clock.set(at("2026-03-03T11:00"));
        deal = deals.moveToStage(deal.id(), deal.version(), stageNamed(pipeline, "Needs analysis"));
        printStep(out, pipeline, deal, clock.instant(), "");

        clock.set(at("2026-03-04T11:00"));
        deal = deals.moveToStage(deal.id(), deal.version(), stageNamed(pipeline, "Proposal"));
        printStep(out, pipeline, deal, clock.instant(), "");
        clock.set(at("2026-03-04T11:30"));
        alice.tasks().complete(followUp);

        clock.set(at("2026-03-05T09:00"));
        deal = deals.moveToStage(deal.id(), deal.version(), stageNamed(pipeline, "Negotiation"));
        printStep(out, pipeline, deal, clock.instant(), "");

        // A probability set on the deal overrides its stage's default.
        clock.set(at("2026-03-05T14:00"));
        deal = deals.update(deal.id(), deal.version(), deal.details().withProbability(90));
        printStep(out, pipeline, deal, clock.instant(), "  (probability set on the deal)");

        // Bob wins it; the purchase of its line items is recorded in the same transaction.
        clock.set(at("2026-03-05T16:00"));
        WonDeal won = bob.opportunities().winAndRecordPurchase(deal.id(), deal.version());
        printStep(out, pipeline, won.opportunity(), clock.instant(), "");
        out.println();
        printHistory(out, pipeline, won.opportunity());
        out.println();
        printPurchase(out, won.purchase());
        Customer grace = alice.customers().get(won.opportunity().details().customer());
        out.println("Purchase summary of " + grace.displayName() + ": "
                + summaryText(alice.purchases().summary(grace.id())));

        // After the win: the lead is a customer now, with an upsell deal and a kick-off call ahead.
        clock.set(at("2026-03-05T16:30"));
        grace = alice.customers().update(grace, profile -> profile.stage(LifecycleStage.CUSTOMER));
        deals.create(OpportunityDetails.of(grace.id(), "Premium support add-on",
                Money.of("6000.00", "EUR")).closingOn(LocalDate.of(2026, 6, 30)));
        alice.tasks().create(TaskDetails.titled("Kick-off call")
                .about(grace.id())
                .about(won.opportunity().id())
                .assignedTo(alice.principal().userId())
                .dueAt(at("2026-03-13T10:00")));
        return grace;
    }

    /** Opens tickets and follows the SLA of the first one; returns it as it ends. */
    private static Ticket supportAndFollowSla(PrintStream out, ManualClock clock, CmsScope desk, Customer grace,
                                              SlaPolicy policy) {
        TicketService tickets = desk.tickets();
        BusinessHours office = policy.hours().orElseThrow();

        // Friday afternoon, two business hours before the weekend.
        clock.set(at("2026-03-06T15:00"));
        Ticket dashboard = tickets.open(TicketDetails.of(grace.id(), "Dashboard shows an error")
                .withDescription("The revenue dashboard fails with error 500 since this morning.")
                .withPriority(TicketPriority.HIGH));
        printOpened(out, dashboard);
        SlaStatus first = tickets.sla(dashboard.id());
        out.println("SLA of \"" + dashboard.details().subject() + "\" (" + lower(policy.priority().name())
                + ": first response " + durationText(policy.firstResponse()).strip() + ", resolution "
                + durationText(policy.resolution()).strip() + " of business time, " + office.opens() + "-" + office.closes()
                + " " + daysText(office.days()) + " in " + office.zone() + ")");
        out.println("  due: first response " + TIME.format(first.firstResponse().orElseThrow().due())
                + ", resolution " + TIME.format(first.resolution().orElseThrow().due()));
        printSla(out, tickets, office, dashboard, clock.instant(), "");

        clock.set(at("2026-03-06T16:30"));
        printSla(out, tickets, office, dashboard, clock.instant(), "");
        clock.set(at("2026-03-07T12:00"));
        printSla(out, tickets, office, dashboard, clock.instant(), "  (weekend: the clocks stand still)");
        clock.set(at("2026-03-09T10:15"));
        printSla(out, tickets, office, dashboard, clock.instant(), "");

        // An outbound interaction linked to the ticket is its first response.
        clock.set(at("2026-03-09T10:30"));
        desk.interactions().log(grace.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, clock.instant())
                .withSubject("Re: Dashboard shows an error")
                .withBody("We found the cause and are deploying a fix.")
                .about(dashboard.id()));
        Ticket responded = tickets.get(dashboard.id());
        tickets.moveTo(responded.id(), responded.version(), TicketStatus.OPEN);
        printSla(out, tickets, office, dashboard, clock.instant(), "  (carol answered by e-mail)");

        clock.set(at("2026-03-10T11:00"));
        Ticket open = tickets.get(dashboard.id());
        Ticket resolved = tickets.moveTo(open.id(), open.version(), TicketStatus.RESOLVED);
        printSla(out, tickets, office, dashboard, clock.instant(), "  (resolved)");
        out.println();

        clock.set(at("2026-03-10T11:10"));
        printOpened(out, tickets.open(TicketDetails.of(grace.id(), "Invoice address")
                .withDescription("Please send invoices to accounts@hopper-analytics.example.")
                .inCategory("billing")));
        clock.set(at("2026-03-10T11:20"));
        printOpened(out, tickets.open(TicketDetails.of(grace.id(), "CSV export is down")
                .withPriority(TicketPriority.HIGH)));
        return resolved;
    }

    private static void printStep(PrintStream out, Pipeline pipeline, Opportunity deal, Instant at, String note) {
        out.printf(Locale.ROOT, "  %s  %-15s %3d%%  weighted %12s%s%n", TIME.format(at), stageName(pipeline, deal.stage()),
                deal.probabilityIn(pipeline), deal.weightedAmountIn(pipeline), note);
    }

    private static void printHistory(PrintStream out, Pipeline pipeline, Opportunity deal) {
        out.println("Stage history of \"" + deal.details().name() + "\"");
        for (StageChange change : deal.history()) {
            String from = change.from().map(id -> stageName(pipeline, id) + " -> ").orElse("created in ");
            out.println("  " + TIME.format(change.at()) + "  " + from + stageName(pipeline, change.to()) + ", by "
                    + change.by().value());
        }
    }

    private static void printPurchase(PrintStream out, Purchase purchase) {
        out.println("Purchase recorded with the win, " + TIME.format(purchase.occurredAt()) + ", "
                + lower(purchase.details().channel().name()) + ", " + lower(purchase.status().name()));
        for (LineItem line : purchase.details().lines()) {
            String discount = line.discountPercent().signum() == 0 ? "" : " less " + line.discountPercent().toPlainString() + "%";
            out.printf(Locale.ROOT, "  %-8s %-26s %4s x %-20s %12s%n", line.productCode(), line.name(),
                    line.quantity().toPlainString(), line.unitPrice() + discount, line.total());
        }
        out.printf(Locale.ROOT, "  %-63s %12s%n", "total", purchase.details().total());
    }

    private static void printOpened(PrintStream out, Ticket ticket) {
        out.println("Ticket opened " + TIME.format(ticket.createdAt()) + ": \"" + ticket.details().subject() + "\" ("
                + lower(ticket.details().priority().name()) + ") -> queue " + ticket.queue().orElse("none") + ", "
                + ticket.assignee().map(a -> "assigned to " + a.value()).orElse("unassigned"));
    }

    private static void printSla(PrintStream out, TicketService tickets, BusinessHours office, Ticket ticket, Instant now,
                                 String note) {
        SlaStatus sla = tickets.sla(ticket.id());
        out.printf(Locale.ROOT, "  %s  business time %s  first response %-8s  resolution %-8s%s%n", TIME.format(now),
                durationText(office.between(ticket.createdAt(), now)), stateText(sla.firstResponse()),
                stateText(sla.resolution()), note);
    }

    private static void printView(PrintStream out, CmsScope scope, CustomerView view, Instant now) {
        Customer customer = view.customer();
        out.println("Customer 360 of " + customer.displayName() + ", " + TIME.format(now));
        List<String> profile = new ArrayList<>();
        profile.add(lower(customer.kind().name()));
        profile.add("stage " + customer.profile().lifecycleStage());
        customer.profile().affiliation().ifPresent(a -> profile.add(a.jobTitle().map(t -> t + " at ").orElse("works at ")
                + scope.customers().get(a.organization()).displayName()));
        customer.profile().primaryEmail().ifPresent(e -> profile.add(e.value()));
        section(out, "profile", List.of(String.join(", ", profile)));

        List<String> interactions = new ArrayList<>();
        for (Interaction i : view.latestInteractions()) {
            interactions.add(TIME.format(i.occurredAt()) + "  " + lower(i.channel().name()) + " "
                    + lower(i.direction().name()) + ": " + i.details().subject().orElse("(no subject)"));
        }
        section(out, "interactions", interactions);

        List<String> deals = new ArrayList<>();
        for (CustomerView.OpportunityLine line : view.openOpportunities()) {
            Opportunity deal = line.opportunity();
            Pipeline pipeline = scope.pipelines().get(deal.pipeline());
            deals.add("\"" + deal.details().name() + "\" " + deal.details().amount() + ", "
                    + stageName(pipeline, deal.stage()) + " " + line.probability() + "%, weighted " + line.weighted());
        }
        section(out, "open deals", deals);

        List<String> tasks = new ArrayList<>();
        for (Task task : view.openTasks()) {
            tasks.add("\"" + task.details().title() + "\"" + task.details().due().map(d -> " due " + TIME.format(d)).orElse("")
                    + task.details().assignee().map(a -> ", " + a.value()).orElse(""));
        }
        section(out, "open tasks", tasks);

        List<String> tickets = new ArrayList<>();
        for (CustomerView.TicketLine line : view.openTickets()) {
            Ticket t = line.ticket();
            String head = "\"" + t.details().subject() + "\" (" + lower(t.details().priority().name()) + ", "
                    + t.queue().orElse("no queue") + ", " + t.assignee().map(UserId::value).orElse("unassigned") + ")";
            tickets.add(head + ": " + (line.sla().firstResponse().isEmpty() ? "no SLA policy"
                    : "first response " + clockText(line.sla().firstResponse().orElseThrow())
                    + ", resolution " + clockText(line.sla().resolution().orElseThrow())));
        }
        section(out, "open tickets", tickets);

        section(out, "purchases", List.of(summaryText(view.purchases())));
        section(out, "latest NPS", List.of(view.latestNps().map(SalesAndSupportTour::surveyText).orElse("none")));
        section(out, "latest CSAT", List.of(view.latestCsat().map(SalesAndSupportTour::surveyText).orElse("none")));
    }

    private static void section(PrintStream out, String label, List<String> items) {
        List<String> shown = items.isEmpty() ? List.of("none") : items;
        for (int i = 0; i < shown.size(); i++) {
            out.printf(Locale.ROOT, "  %-13s %s%n", i == 0 ? label : "", shown.get(i));
        }
    }

    private static String summaryText(PurchaseSummary summary) {
        if (summary.count() == 0) {
            return "none";
        }
        return summary.count() + (summary.count() == 1 ? " purchase, " : " purchases, ")
                + summary.totals().stream().map(Money::toString).collect(Collectors.joining(" + "))
                + ", first " + TIME.format(summary.first().orElseThrow()) + ", last " + TIME.format(summary.last().orElseThrow());
    }

    private static String surveyText(SurveyResponse response) {
        return response.answer().score() + " on " + TIME.format(response.answer().answeredAt())
                + response.answer().comment().map(c -> ": \"" + c + "\"").orElse("");
    }

    private static String clockText(SlaClock clock) {
        return stateText(clock.state()) + " (due " + TIME.format(clock.due()) + ")";
    }

    private static String stateText(Optional<SlaClock> clock) {
        return clock.map(c -> stateText(c.state())).orElse("none");
    }

    private static String stateText(SlaState state) {
        return lower(state.name()).replace('_', ' ');
    }

    private static StageId stageNamed(Pipeline pipeline, String name) {
        return pipeline.stages().stream().filter(s -> s.name().equals(name)).map(Stage::id).findFirst().orElseThrow();
    }

    private static String stageName(Pipeline pipeline, StageId stage) {
        return pipeline.stage(stage).map(Stage::name).orElse("?");
    }

    private static String durationText(Duration duration) {
        return String.format(Locale.ROOT, "%2dh %02dm", duration.toHours(), duration.toMinutesPart());
    }

    private static String daysText(Set<DayOfWeek> days) {
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        DayOfWeek first = sorted.get(0);
        DayOfWeek last = sorted.get(sorted.size() - 1);
        if (sorted.size() > 2 && last.getValue() - first.getValue() == sorted.size() - 1) {
            return shortName(first) + "-" + shortName(last);
        }
        return sorted.stream().map(SalesAndSupportTour::shortName).collect(Collectors.joining(","));
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ROOT);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Instant at(String berlinLocalTime) {
        return LocalDateTime.parse(berlinLocalTime).atZone(BERLIN).toInstant();
    }
}
