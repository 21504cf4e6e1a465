package dev.cms.testkit;

import static dev.cms.core.support.TicketStatus.CLOSED;
import static dev.cms.core.support.TicketStatus.NEW;
import static dev.cms.core.support.TicketStatus.OPEN;
import static dev.cms.core.support.TicketStatus.PENDING;
import static dev.cms.core.support.TicketStatus.RESOLVED;
import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException.Reason;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
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
import dev.cms.core.support.TicketChanged;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketOpened;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketService;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@link TicketService} promises: routing (first matching rule, else the default queue), round-robin and
 * least-loaded assignment, the status machine of {@link TicketStatus} for every pair of statuses, reopening with a
 * reason, SLA states over a moving clock (around the clock and in business hours, daylight-saving changes included),
 * the first response recorded by an outbound interaction, and the ticket queries with their order and paging.
 */
public abstract class TicketServiceContract extends CmsContractSupport {
    /** The legal ordinary moves, copied by hand from the table in {@link TicketStatus}'s Javadoc. */
    private static final Map<TicketStatus, Set<TicketStatus>> LEGAL_MOVES = Map.of(
            NEW, EnumSet.of(OPEN, PENDING, RESOLVED, CLOSED),
            OPEN, EnumSet.of(PENDING, RESOLVED, CLOSED),
            PENDING, EnumSet.of(OPEN, RESOLVED, CLOSED),
            RESOLVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(TicketStatus.class));

    private static final UserId AGENT_A = UserId.of("agent-a");
    private static final UserId AGENT_B = UserId.of("agent-b");
    private static final UserId AGENT_C = UserId.of("agent-c");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Customer ada;
    private Customer grace;

    /** For subclasses. */
    protected TicketServiceContract() {
    }

    @BeforeEach
    void createCustomers() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        grace = alice.customers().create(alice.customers().person("Grace", "Hopper").build());
        events.clear();
    }

    private TicketService tickets() {
        return alice.tickets();
    }

    private UserId aliceId() {
        return alice.principal().userId();
    }

    /** Alice's services in a {@link dev.cms.core.Cms} with other support settings over the same store and clock. */
    private CmsScope with(SupportSettings settings) {
        return cmsWith(AccessPolicy.allowAll(), settings).as(Principal.of("alice"));
    }

    private Ticket open(String subject) {
        return tickets().open(TicketDetails.of(ada.id(), subject));
    }

    /** A ticket brought into {@code status} by one legal move from NEW. */
    private Ticket ticketIn(TicketStatus status) {
        Ticket ticket = open("in " + status);
        return status == NEW ? ticket : tickets().moveTo(ticket.id(), 0, status);
    }

    private static SlaStatus sla(Instant firstDue, SlaState first, Instant resolutionDue, SlaState resolution) {
        return new SlaStatus(Optional.of(new SlaClock(firstDue, first)), Optional.of(new SlaClock(resolutionDue, resolution)));
    }

    // ---- open ----------------------------------------------------------------------------------------------------

    @Test
    void open_storesANewTicketInTheDefaultQueue_andPublishesTicketOpened() {
        TicketDetails details = TicketDetails.of(ada.id(), "Cannot log in").withDescription("Since this morning.")
                .inCategory("access").withPriority(TicketPriority.HIGH);
        Instant at = clock.advance(Duration.ofMinutes(7));

        Ticket opened = tickets().open(details);

        assertThat(opened.details()).isEqualTo(details);
        assertThat(opened.status()).isEqualTo(NEW);
        assertThat(opened.queue()).contains("support");
        assertThat(opened.assignee()).isEmpty();
        assertThat(opened.createdAt()).isEqualTo(at);
        assertThat(opened.firstResponseAt()).isEmpty();
        assertThat(opened.resolvedAt()).isEmpty();
        assertThat(opened.history()).isEmpty();
        assertThat(opened.version()).isZero();
        assertThat(tickets().get(opened.id())).isEqualTo(opened);
        assertThat(tickets().find(opened.id())).contains(opened);
        assertThat(events.events()).containsExactly(new TicketOpened(opened, aliceId(), at));
    }

    @Test
    void open_forAnUnknownCustomer_isRejected_andUnknownIdsAreNotFound() {
        assertFails(ValidationException.class, () -> tickets().open(TicketDetails.of(CustomerId.of(TestData.ID_1), "Ghost")));
        assertFails(NotFoundException.class, () -> tickets().get(TicketId.of(TestData.ID_1)));
        assertThat(tickets().find(TicketId.of(TestData.ID_1))).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    // ---- routing -------------------------------------------------------------------------------------------------

    /** A new ticket and the queue routing must pick for it, worked out by hand from {@link RoutingRule}'s Javadoc. */
    private record Routed(String why, TicketDetails details, String queue) {
    }

    @TestFactory
    Stream<DynamicTest> open_routesToTheQueueOfTheFirstMatchingRule_elseToTheDefaultQueue() {
        SupportSettings settings = SupportSettings.defaults()
                .withRule(RoutingRule.to("billing-urgent").whenCategory("billing").whenPriority(TicketPriority.URGENT))
                .withRule(RoutingRule.to("billing").whenCategory("Billing"))
                .withRule(RoutingRule.to("finance").whenMentioning("invoice", "refund"))
                .withRule(RoutingRule.to("escalations").whenPriority(TicketPriority.HIGH, TicketPriority.URGENT))
                .withDefaultQueue("frontline");
        CmsScope scope = with(settings);
        CustomerId c = ada.id();
        List<Routed> cases = List.of(
                new Routed("category and priority match the first rule (later rules match too)",
                        TicketDetails.of(c, "Card declined").inCategory("BILLING").withPriority(TicketPriority.URGENT), "billing-urgent"),
                new Routed("category matches case-insensitively, priority fails the first rule",
                        TicketDetails.of(c, "Card declined").inCategory("billing"), "billing"),
                new Routed("the category rule comes before the keyword and priority rules",
                        TicketDetails.of(c, "Where is my invoice?").inCategory("billing").withPriority(TicketPriority.HIGH), "billing"),
                new Routed("a keyword in the subject, case-insensitively",
                        TicketDetails.of(c, "Where is my INVOICE?"), "finance"),
                new Routed("a keyword in the description",
                        TicketDetails.of(c, "Question").withDescription("I would like a Refund, please.").withPriority(TicketPriority.LOW),
                        "finance"),
                new Routed("the keyword rule comes before the priority rule",
                        TicketDetails.of(c, "Invoice missing").withPriority(TicketPriority.HIGH), "finance"),
                new Routed("priority only", TicketDetails.of(c, "Server down").withPriority(TicketPriority.URGENT), "escalations"),
                new Routed("a category is compared whole, not as a prefix",
                        TicketDetails.of(c, "Hello").inCategory("billing-extra"), "frontline"),
                new Routed("nothing matches", TicketDetails.of(c, "Hello").inCategory("shipping").withPriority(TicketPriority.LOW),
                        "frontline"));
        return cases.stream().map(r -> dynamicTest(r.why(), () -> {
            Ticket opened = scope.tickets().open(r.details());
            assertThat(opened.queue()).contains(r.queue());
            assertThat(scope.tickets().openInQueue(r.queue(), PageRequest.first(100)).items()).contains(opened);
        }));
    }

    // ---- assignment ----------------------------------------------------------------------------------------------

    @Test
    void roundRobin_assignsTheQueuesAgentsInTurn() {
        CmsScope scope = with(SupportSettings.defaults()
                .withQueue(SupportQueue.of("support", AssignmentStrategy.roundRobin(), AGENT_A, AGENT_B, AGENT_C)));

        List<Optional<UserId>> assignees = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            assignees.add(scope.tickets().open(TicketDetails.of(ada.id(), "Ticket " + i)).assignee());
        }

        assertThat(assignees).containsExactly(Optional.of(AGENT_A), Optional.of(AGENT_B), Optional.of(AGENT_C), Optional.of(AGENT_A));
    }

    @Test
    void leastLoaded_picksTheAgentWithFewestOpenTickets_earlierAgentsWinningTies_andCountsDropWhenTicketsResolve() {
        CmsScope scope = with(SupportSettings.defaults()
                .withQueue(SupportQueue.of("support", AssignmentStrategy.leastLoaded(), AGENT_A, AGENT_B, AGENT_C)));
        TicketService service = scope.tickets();

        Ticket t1 = openLater(service, "1");
        Ticket t2 = openLater(service, "2");
        Ticket t3 = openLater(service, "3");
        Ticket t4 = openLater(service, "4");
        // Open counts now: a 2, b 1, c 1. Resolving b's ticket leaves b with none.
        service.moveTo(t2.id(), 0, RESOLVED);
        Ticket t5 = openLater(service, "5");
        // a 2, b 1, c 1: b wins the tie with c. A pending ticket still counts.
        service.moveTo(t1.id(), 0, PENDING);
        Ticket t6 = openLater(service, "6");
        // a 2, b 2, c 1 until both of a's tickets are closed, which leaves a with none.
        service.moveTo(t1.id(), 1, CLOSED);
        service.moveTo(t4.id(), 0, CLOSED);
        Ticket t7 = openLater(service, "7");

        assertThat(List.of(t1, t2, t3, t4, t5, t6, t7)).extracting(Ticket::assignee).containsExactly(
                Optional.of(AGENT_A), Optional.of(AGENT_B), Optional.of(AGENT_C), Optional.of(AGENT_A),
                Optional.of(AGENT_B), Optional.of(AGENT_B), Optional.of(AGENT_A));
        assertThat(service.openByAssignee(AGENT_A, PageRequest.first(10)).items()).containsExactly(t7);
        assertThat(service.openByAssignee(AGENT_B, PageRequest.first(10)).items()).containsExactly(t5, t6);
        assertThat(service.openByAssignee(AGENT_C, PageRequest.first(10)).items()).containsExactly(t3);
    }

    private Ticket openLater(TicketService service, String subject) {
        clock.advance(Duration.ofMinutes(1));
        return service.open(TicketDetails.of(ada.id(), subject));
    }

    @Test
    void aQueueWithoutConfiguration_orWithTheUnassignedStrategy_leavesTicketsUnassigned() {
        CmsScope scope = with(SupportSettings.defaults()
                .withRule(RoutingRule.to("vip").whenCategory("vip"))
                .withQueue(SupportQueue.of("support", AssignmentStrategy.unassigned(), AGENT_A)));

        assertThat(scope.tickets().open(TicketDetails.of(ada.id(), "Hi").inCategory("vip")).queue()).contains("vip");
        assertThat(scope.tickets().open(TicketDetails.of(ada.id(), "Hi").inCategory("vip")).assignee()).isEmpty();
        assertThat(scope.tickets().open(TicketDetails.of(ada.id(), "Hi")).assignee()).isEmpty();
    }

    @Test
    void assign_setsOrClearsTheAgent_andRejectsAStaleVersion() {
        Ticket v0 = open("Printer on fire");
        Instant at = clock.advance(Duration.ofMinutes(1));
        events.clear();

        Ticket v1 = tickets().assign(v0.id(), 0, Optional.of(AGENT_B));
        Ticket v2 = tickets().assign(v0.id(), 1, Optional.empty());

        assertThat(v1.assignee()).contains(AGENT_B);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v2.assignee()).isEmpty();
        assertThat(events.events()).containsExactly(new TicketChanged(v0, v1, aliceId(), at), new TicketChanged(v1, v2, aliceId(), at));
        assertConflict(Reason.STALE_VERSION, () -> tickets().assign(v0.id(), 1, Optional.of(AGENT_C)));
        assertThat(tickets().get(v0.id())).isEqualTo(v2);
    }

    // ---- status machine ------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> moveTo_followsTheTransitionTable_forEveryPairOfStatuses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TicketStatus from : TicketStatus.values()) {
            for (TicketStatus to : TicketStatus.values()) {
                boolean legal = LEGAL_MOVES.get(from).contains(to);
                tests.add(dynamicTest(from + " → " + to + (legal ? " is allowed" : " is refused"), () -> {
                    clock.set(START);
                    Ticket before = ticketIn(from);
                    Instant at = clock.advance(Duration.ofHours(1));
                    if (legal) {
                        Ticket after = tickets().moveTo(before.id(), before.version(), to);
                        assertThat(after.status()).isEqualTo(to);
                        assertThat(after.version()).isEqualTo(before.version() + 1);
                        assertThat(after.history()).last().isEqualTo(new TicketStatusChange(from, to, at, aliceId(), Optional.empty()));
                        // A resolved ticket that is closed keeps the time it was resolved.
                        Optional<Instant> resolvedAt = to.isOpen() ? Optional.empty()
                                : from == RESOLVED ? before.resolvedAt() : Optional.of(at);
                        assertThat(after.resolvedAt()).isEqualTo(resolvedAt);
                        assertThat(tickets().get(before.id())).isEqualTo(after);
                    } else {
                        assertFails(ValidationException.class, () -> tickets().moveTo(before.id(), before.version(), to));
                        assertThat(tickets().get(before.id())).isEqualTo(before);
                    }
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void moveTo_recordsEveryChangeInTheHistory_andPublishesTicketChanged() {
        Ticket v0 = open("Slow");
        Instant first = clock.advance(Duration.ofMinutes(10));
        Ticket v1 = tickets().moveTo(v0.id(), 0, OPEN);
        Instant second = clock.advance(Duration.ofMinutes(10));
        Ticket v2 = cms.as(Principal.of("bob")).tickets().moveTo(v0.id(), 1, PENDING);

        assertThat(v2.history()).containsExactly(
                new TicketStatusChange(NEW, OPEN, first, aliceId(), Optional.empty()),
                new TicketStatusChange(OPEN, PENDING, second, UserId.of("bob"), Optional.empty()));
        assertThat(events.eventsOf(TicketChanged.class)).containsExactly(
                new TicketChanged(v0, v1, aliceId(), first), new TicketChanged(v1, v2, UserId.of("bob"), second));
    }

    @TestFactory
    Stream<DynamicTest> reopen_ofAResolvedOrClosedTicket_needsAReason_andClearsTheResolutionTime() {
        return Stream.of(RESOLVED, CLOSED).map(status -> dynamicTest("from " + status, () -> {
            Ticket done = ticketIn(status);
            assertThat(done.resolvedAt()).isPresent();
            Instant at = clock.advance(Duration.ofDays(1));

            assertFails(ValidationException.class, () -> tickets().reopen(done.id(), done.version(), " "));
            assertThat(tickets().get(done.id())).isEqualTo(done);

            Ticket reopened = tickets().reopen(done.id(), done.version(), "still broken");

            assertThat(reopened.status()).isEqualTo(OPEN);
            assertThat(reopened.resolvedAt()).isEmpty();
            assertThat(reopened.history()).last()
                    .isEqualTo(new TicketStatusChange(status, OPEN, at, aliceId(), Optional.of("still broken")));
            assertThat(tickets().get(done.id())).isEqualTo(reopened);
        }));
    }

    @Test
    void reopen_ofATicketThatIsStillOpen_isRejected_andAStaleVersionIsAConflict() {
        for (TicketStatus status : List.of(NEW, OPEN, PENDING)) {
            Ticket ticket = ticketIn(status);
            assertFails(ValidationException.class, () -> tickets().reopen(ticket.id(), ticket.version(), "why not"));
            assertThat(tickets().get(ticket.id())).isEqualTo(ticket);
        }
        Ticket resolved = ticketIn(RESOLVED);
        assertConflict(Reason.STALE_VERSION, () -> tickets().reopen(resolved.id(), 0, "stale"));
        assertConflict(Reason.STALE_VERSION, () -> tickets().moveTo(resolved.id(), 0, CLOSED));
        assertThat(tickets().get(resolved.id())).isEqualTo(resolved);
    }

    @Test
    void update_changesTheDetailsButNotTheCustomer_andRejectsAStaleVersion() {
        Ticket v0 = open("Typo");
        TicketDetails better = v0.details().withDescription("On page 3").withPriority(TicketPriority.HIGH).inCategory("docs");

        Ticket v1 = tickets().update(v0.id(), 0, better);

        assertThat(v1.details()).isEqualTo(better);
        assertThat(v1.queue()).isEqualTo(v0.queue());
        assertThat(v1.version()).isEqualTo(1);
        assertFails(ValidationException.class, () -> tickets().update(v0.id(), 1, TicketDetails.of(grace.id(), "Typo")));
        assertConflict(Reason.STALE_VERSION, () -> tickets().update(v0.id(), 0, better.withDescription("stale")));
        assertThat(tickets().get(v0.id())).isEqualTo(v1);
    }

    // ---- SLA around the clock ------------------------------------------------------------------------------------

    private CmsScope withNormalPolicy() {
        return with(SupportSettings.defaults()
                .withPolicy(SlaPolicy.of(TicketPriority.NORMAL, Duration.ofHours(4), Duration.ofHours(24)))
                .withAtRiskShare(0.25));
    }

    @Test
    void sla_goesFromOnTrackToAtRiskToBreached_forBothClocks_asTheClockMoves() {
        TicketService service = withNormalPolicy().tickets();
        Ticket ticket = service.open(TicketDetails.of(ada.id(), "Broken"));
        Instant firstDue = START.plus(Duration.ofHours(4));
        Instant resolutionDue = START.plus(Duration.ofHours(24));
        Duration micro = Duration.ofNanos(1000);

        // At-risk share 0.25: the first response is at risk with 1 h of 4 h left, the resolution with 6 h of 24 h.
        Map<Duration, SlaStatus> expected = new LinkedHashMap<>();
        expected.put(Duration.ZERO, sla(firstDue, SlaState.ON_TRACK, resolutionDue, SlaState.ON_TRACK));
        expected.put(Duration.ofHours(3).minus(micro), sla(firstDue, SlaState.ON_TRACK, resolutionDue, SlaState.ON_TRACK));
        expected.put(Duration.ofHours(3), sla(firstDue, SlaState.AT_RISK, resolutionDue, SlaState.ON_TRACK));
        expected.put(Duration.ofHours(4), sla(firstDue, SlaState.AT_RISK, resolutionDue, SlaState.ON_TRACK));
        expected.put(Duration.ofHours(4).plus(micro), sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.ON_TRACK));
        expected.put(Duration.ofHours(18).minus(micro), sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.ON_TRACK));
        expected.put(Duration.ofHours(18), sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.AT_RISK));
        expected.put(Duration.ofHours(24), sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.AT_RISK));
        expected.put(Duration.ofHours(24).plus(micro), sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.BREACHED));
        for (Map.Entry<Duration, SlaStatus> e : expected.entrySet()) {
            clock.set(START.plus(e.getKey()));
            assertThat(service.sla(ticket.id())).as("after %s", e.getKey()).isEqualTo(e.getValue());
            assertThat(service.slaAt(ticket, START.plus(e.getKey()))).as("at +%s", e.getKey()).isEqualTo(e.getValue());
        }
        clock.set(START.plus(Duration.ofHours(3)));
        assertThat(service.sla(ticket.id()).overall()).contains(SlaState.AT_RISK);
        clock.set(START.plus(Duration.ofHours(5)));
        assertThat(service.sla(ticket.id()).overall()).contains(SlaState.BREACHED);
    }

    @Test
    void sla_isMet_whenTheFirstResponseAndTheResolutionCameInTime() {
        CmsScope scope = withNormalPolicy();
        Ticket ticket = scope.tickets().open(TicketDetails.of(ada.id(), "Broken"));
        clock.set(START.plus(Duration.ofHours(1)));
        scope.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, clock.instant()).about(ticket.id()));
        clock.set(START.plus(Duration.ofHours(10)));
        Ticket resolved = scope.tickets().moveTo(ticket.id(), 1, RESOLVED);
        clock.set(START.plus(Duration.ofDays(3)));

        assertThat(scope.tickets().sla(ticket.id())).isEqualTo(sla(START.plus(Duration.ofHours(4)), SlaState.MET,
                START.plus(Duration.ofHours(24)), SlaState.MET));
        assertThat(scope.tickets().sla(ticket.id()).overall()).contains(SlaState.MET);
        assertThat(resolved.resolvedAt()).contains(START.plus(Duration.ofHours(10)));
    }

    @Test
    void sla_isBreached_whenTheFirstResponseOrTheResolutionCameLate_evenOnceDone() {
        CmsScope scope = withNormalPolicy();
        Ticket ticket = scope.tickets().open(TicketDetails.of(ada.id(), "Broken"));
        clock.set(START.plus(Duration.ofHours(5)));
        scope.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, clock.instant()).about(ticket.id()));
        clock.set(START.plus(Duration.ofHours(10)));

        assertThat(scope.tickets().sla(ticket.id())).isEqualTo(sla(START.plus(Duration.ofHours(4)), SlaState.BREACHED,
                START.plus(Duration.ofHours(24)), SlaState.ON_TRACK));

        clock.set(START.plus(Duration.ofHours(25)));
        scope.tickets().moveTo(ticket.id(), 1, CLOSED);
        clock.set(START.plus(Duration.ofDays(5)));

        assertThat(scope.tickets().sla(ticket.id())).isEqualTo(sla(START.plus(Duration.ofHours(4)), SlaState.BREACHED,
                START.plus(Duration.ofHours(24)), SlaState.BREACHED));
    }

    @Test
    void sla_followsThePriority_andIsEmptyWhenNoPolicyCoversIt() {
        CmsScope scope = with(SupportSettings.defaults()
                .withPolicy(SlaPolicy.of(TicketPriority.HIGH, Duration.ofHours(1), Duration.ofHours(8))));
        Ticket normal = scope.tickets().open(TicketDetails.of(ada.id(), "Question"));

        assertThat(scope.tickets().sla(normal.id())).isEqualTo(SlaStatus.none());
        assertThat(SlaStatus.none().overall()).isEmpty();

        clock.advance(Duration.ofMinutes(30));
        Ticket high = scope.tickets().update(normal.id(), 0, normal.details().withPriority(TicketPriority.HIGH));

        // The clocks still start when the ticket was opened: 09:00 + 1 h and 09:00 + 8 h; 30 of 60 minutes are left.
        assertThat(scope.tickets().sla(high.id())).isEqualTo(sla(START.plus(Duration.ofHours(1)), SlaState.ON_TRACK,
                START.plus(Duration.ofHours(8)), SlaState.ON_TRACK));
    }

    // ---- SLA in business hours -----------------------------------------------------------------------------------

    private CmsScope withBerlinOfficeHours(Duration firstResponse, Duration resolution) {
        BusinessHours office = BusinessHours.weekdays(BERLIN, LocalTime.of(9, 0), LocalTime.of(17, 0));
        return with(SupportSettings.defaults()
                .withPolicy(SlaPolicy.of(TicketPriority.NORMAL, firstResponse, resolution).inBusinessHours(office)));
    }

    @Test
    void businessHours_aTicketOpenedFriday1630_withOneHourToRespond_isDueMonday0930() {
        TicketService service = withBerlinOfficeHours(Duration.ofHours(1), Duration.ofHours(8)).tickets();
        // Friday 16 January 2026, 16:30 in Berlin (CET, UTC+1) = 15:30 UTC.
        clock.set(Instant.parse("2026-01-16T15:30:00Z"));
        Ticket ticket = service.open(TicketDetails.of(ada.id(), "Friday afternoon"));
        // 30 minutes on Friday until 17:00, the other 30 on Monday from 09:00: Monday 19 January 09:30 CET.
        Instant firstDue = Instant.parse("2026-01-19T08:30:00Z");
        // 8 hours: 0.5 on Friday, 7.5 on Monday from 09:00: Monday 16:30 CET.
        Instant resolutionDue = Instant.parse("2026-01-19T15:30:00Z");

        // Saturday noon: only Friday's 30 minutes have counted, 30 of 60 are left.
        clock.set(Instant.parse("2026-01-17T11:00:00Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.ON_TRACK, resolutionDue, SlaState.ON_TRACK));
        // Monday 09:14 CET: 16 minutes left; 09:15: 15 minutes, a quarter of the hour, at risk.
        clock.set(Instant.parse("2026-01-19T08:14:00Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.ON_TRACK, resolutionDue, SlaState.ON_TRACK));
        clock.set(Instant.parse("2026-01-19T08:15:00Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.AT_RISK, resolutionDue, SlaState.ON_TRACK));
        clock.set(Instant.parse("2026-01-19T08:30:00.000001Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.ON_TRACK));
        // Monday 14:30 CET: 6 of 8 working hours used, 2 left (a quarter): the resolution is at risk.
        clock.set(Instant.parse("2026-01-19T13:29:00Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.ON_TRACK));
        clock.set(Instant.parse("2026-01-19T13:30:00Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.AT_RISK));
        clock.set(Instant.parse("2026-01-19T15:30:00.000001Z"));
        assertThat(service.sla(ticket.id())).isEqualTo(sla(firstDue, SlaState.BREACHED, resolutionDue, SlaState.BREACHED));
    }

    /**
     * A ticket opened at 16:30 on the Friday before a daylight-saving change is due at 09:30 Berlin time on Monday,
     * whose UTC offset differs from Friday's: adding the weekend's length at Friday's offset would be an hour off.
     */
    @TestFactory
    Stream<DynamicTest> businessHours_acrossADaylightSavingChange_dueAt0930LocalTimeOnMonday() {
        record Case(String name, Instant friday1630, Instant monday0930, Duration weekend) {
        }
        return Stream.of(
                // Clocks go forward on Sunday 29 March 2026: Friday is UTC+1, Monday UTC+2.
                new Case("spring forward, 27 → 30 March 2026", Instant.parse("2026-03-27T15:30:00Z"),
                        Instant.parse("2026-03-30T07:30:00Z"), Duration.ofHours(64)),
                // Clocks go back on Sunday 25 October 2026: Friday is UTC+2, Monday UTC+1.
                new Case("fall back, 23 → 26 October 2026", Instant.parse("2026-10-23T14:30:00Z"),
                        Instant.parse("2026-10-26T08:30:00Z"), Duration.ofHours(66)))
                .map(c -> dynamicTest(c.name(), () -> {
                    TicketService service = withBerlinOfficeHours(Duration.ofHours(1), Duration.ofHours(1)).tickets();
                    // The hand-converted instants are the local times they claim to be, 64 or 66 hours apart instead
                    // of the 65 of an ordinary weekend.
                    assertThat(c.friday1630().atZone(BERLIN).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
                    assertThat(c.friday1630().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(16, 30));
                    assertThat(c.monday0930().atZone(BERLIN).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
                    assertThat(c.monday0930().atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 30));
                    assertThat(Duration.between(c.friday1630(), c.monday0930())).isEqualTo(c.weekend());
                    clock.set(c.friday1630());

                    Ticket ticket = service.open(TicketDetails.of(ada.id(), c.name()));

                    assertThat(service.sla(ticket.id()).firstResponse().orElseThrow().due()).isEqualTo(c.monday0930());
                    clock.set(c.monday0930().minus(Duration.ofMinutes(16)));
                    assertThat(service.sla(ticket.id()).firstResponse().orElseThrow().state()).isEqualTo(SlaState.ON_TRACK);
                    clock.set(c.monday0930().minus(Duration.ofMinutes(15)));
                    assertThat(service.sla(ticket.id()).firstResponse().orElseThrow().state()).isEqualTo(SlaState.AT_RISK);
                }));
    }

    @Test
    void businessHours_onTheDayTheClocksJump_holdOneWorkingHourLess() {
        // Sundays 01:00–04:00 Berlin time. On 29 March 2026 03:00 does not exist: 01:00 CET (00:00 UTC) to 04:00 CEST
        // (02:00 UTC) are two working hours, not three.
        BusinessHours sundayNights = new BusinessHours(BERLIN, LocalTime.of(1, 0), LocalTime.of(4, 0), Set.of(DayOfWeek.SUNDAY));
        TicketService service = with(SupportSettings.defaults().withPolicy(SlaPolicy.of(TicketPriority.NORMAL,
                Duration.ofMinutes(150), Duration.ofMinutes(150)).inBusinessHours(sundayNights))).tickets();
        clock.set(Instant.parse("2026-03-29T00:00:00Z"));

        Ticket ticket = service.open(TicketDetails.of(ada.id(), "Night shift"));

        // Two hours on 29 March, the remaining 30 minutes from 01:00 CEST on 5 April (23:00 UTC on 4 April).
        assertThat(service.sla(ticket.id()).firstResponse().orElseThrow().due()).isEqualTo(Instant.parse("2026-04-04T23:30:00Z"));
    }

    // ---- first response by interaction ---------------------------------------------------------------------------

    @Test
    void anOutboundInteractionLinkedToTheTicket_recordsTheFirstResponse_onlyTheFirstOne() {
        Ticket v0 = open("Where is my parcel?");
        Instant inboundAt = clock.advance(Duration.ofMinutes(5));
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.INBOUND, inboundAt).about(v0.id()));
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, inboundAt).about(v0.id()));
        // An answer sent before the ticket was opened cannot be its first response.
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, START.minusSeconds(1)).about(v0.id()));
        assertThat(tickets().get(v0.id())).isEqualTo(v0);

        Instant answeredAt = clock.advance(Duration.ofMinutes(20)).minus(Duration.ofMinutes(2));
        events.clear();
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, answeredAt).about(v0.id()));
        Ticket v1 = tickets().get(v0.id());

        assertThat(v1.firstResponseAt()).contains(answeredAt);
        assertThat(v1.version()).isEqualTo(1);
        assertThat(v1.status()).isEqualTo(NEW);
        assertThat(events.eventsOf(TicketChanged.class)).singleElement().satisfies(e -> {
            assertThat(e.before()).isEqualTo(v0);
            assertThat(e.after()).isEqualTo(v1);
        });

        clock.advance(Duration.ofHours(1));
        alice.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, clock.instant()).about(v0.id()));

        assertThat(tickets().get(v0.id())).isEqualTo(v1);
    }

    @Test
    void anInteractionLinkedToAnotherCustomersTicket_isRejected_andRecordsNothing() {
        Ticket gracesTicket = tickets().open(TicketDetails.of(grace.id(), "Grace's problem"));
        events.clear();

        assertViolations(() -> alice.interactions().log(ada.id(),
                InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, START).about(gracesTicket.id())), "links.ticket");

        assertThat(tickets().get(gracesTicket.id())).isEqualTo(gracesTicket);
        assertThat(alice.interactions().timeline(ada.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    // ---- queries -------------------------------------------------------------------------------------------------

    @Test
    void byCustomer_holdsTheCustomersTicketsOfEveryStatus_newestFirst_inPages() {
        List<Ticket> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(open("Ticket " + i));
            clock.advance(Duration.ofMinutes(1));
        }
        tickets().open(TicketDetails.of(grace.id(), "Grace's"));
        Ticket closed = tickets().moveTo(created.get(1).id(), 0, CLOSED);
        Ticket resolved = tickets().moveTo(created.get(3).id(), 0, RESOLVED);

        Page<Ticket> first = tickets().byCustomer(ada.id(), PageRequest.first(2));
        Page<Ticket> second = tickets().byCustomer(ada.id(), first.nextRequest(2).orElseThrow());
        Page<Ticket> third = tickets().byCustomer(ada.id(), second.nextRequest(2).orElseThrow());

        assertThat(first.items()).containsExactly(created.get(4), resolved);
        assertThat(second.items()).containsExactly(created.get(2), closed);
        assertThat(third.items()).containsExactly(created.get(0));
        assertThat(third.hasNext()).isFalse();
    }

    @Test
    void openInQueue_andOpenByAssignee_holdOnlyOpenTickets_oldestFirst_inPages() {
        List<Ticket> created = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            created.add(open("Ticket " + i));
            clock.advance(Duration.ofMinutes(1));
        }
        tickets().moveTo(created.get(0).id(), 0, RESOLVED);
        tickets().moveTo(created.get(2).id(), 0, CLOSED);
        Ticket pending = tickets().moveTo(created.get(3).id(), 0, PENDING);
        Ticket opened = tickets().moveTo(created.get(5).id(), 0, OPEN);
        Ticket a1 = tickets().assign(created.get(1).id(), 0, Optional.of(AGENT_A));
        Ticket a4 = tickets().assign(created.get(4).id(), 0, Optional.of(AGENT_A));
        Ticket a5 = tickets().assign(opened.id(), 1, Optional.of(AGENT_A));
        tickets().assign(tickets().moveTo(pending.id(), 1, CLOSED).id(), 2, Optional.of(AGENT_A));

        Page<Ticket> queueFirst = tickets().openInQueue("support", PageRequest.first(2));
        Page<Ticket> queueSecond = tickets().openInQueue("support", queueFirst.nextRequest(2).orElseThrow());
        Page<Ticket> agentFirst = tickets().openByAssignee(AGENT_A, PageRequest.first(2));
        Page<Ticket> agentSecond = tickets().openByAssignee(AGENT_A, agentFirst.nextRequest(2).orElseThrow());

        assertThat(queueFirst.items()).containsExactly(a1, a4);
        assertThat(queueSecond.items()).containsExactly(a5);
        assertThat(queueSecond.hasNext()).isFalse();
        assertThat(agentFirst.items()).containsExactly(a1, a4);
        assertThat(agentSecond.items()).containsExactly(a5);
        assertThat(agentSecond.hasNext()).isFalse();
        assertThat(tickets().openInQueue("billing", PageRequest.first(10)).items()).isEmpty();
        assertThat(tickets().openByAssignee(AGENT_B, PageRequest.first(10)).items()).isEmpty();
    }
}
