package dev.cms.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.segment.Rule;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SupportSettings;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ticket KPIs over January 2026 (UTC). SLA: high priority 1 h to answer, 8 h to resolve; normal 4 h and 24 h; low has
 * no policy.
 * <pre>
 *   T1 high   opened 01-05 09:00, answered 09:30 (met),      resolved 13:00 (4 h, met)
 *   T2 high   opened 01-06 09:00, answered 11:00 (breached), resolved 19:00 (10 h, breached)
 *   T3 normal opened 01-07 09:00, answered 12:00 (met),      unresolved: due 01-08 09:00, breached at the end
 *   T4 normal opened 01-31 22:00, unanswered, unresolved: due 02-01 02:00 and 22:00, both still running at 02-01 00:00
 *   T5 low    opened 01-10 09:00, answered 10:00,            resolved 01-11 09:00 (24 h); no policy
 *   plus a ticket opened 2025-12-31 and one opened 2026-02-02, outside the window
 * </pre>
 * First response: 30, 60, 120, 180 min -> mean 97.5 min; median (h = 1.5) 90 min; p90 (h = 2.7) 120 + 0.7·60 = 162 min.
 * Resolution: 4, 10, 24 h -> mean 12 h 40 min; median 10 h; p90 (h = 1.8) 10 + 0.8·14 = 21.2 h = 21 h 12 min.
 * SLA first response: met T1, T3; breached T2; running T4 -> 2 / 3. Resolution: met T1; breached T2, T3; running T4 -> 1 / 3.
 */
class TicketsTest {
    private final KpiFixture store = KpiFixture.withSupport(SupportSettings.defaults()
                    .withPolicy(SlaPolicy.of(TicketPriority.HIGH, Duration.ofHours(1), Duration.ofHours(8)))
                    .withPolicy(SlaPolicy.of(TicketPriority.NORMAL, Duration.ofHours(4), Duration.ofHours(24))),
            "2026-01-01T00:00:00Z");
    @BeforeEach
    void fill() {
        CustomerId ann = store.person("Ann");
        CustomerId bob = store.person("Bob");
        Ticket t1 = open(ann, TicketPriority.HIGH, "2026-01-05T09:00:00Z");
        answer(t1, "2026-01-05T09:30:00Z");
        resolve(t1, "2026-01-05T13:00:00Z");
        Ticket t2 = open(bob, TicketPriority.HIGH, "2026-01-06T09:00:00Z");
        answer(t2, "2026-01-06T11:00:00Z");
        resolve(t2, "2026-01-06T19:00:00Z");
        Ticket t3 = open(ann, TicketPriority.NORMAL, "2026-01-07T09:00:00Z");
        answer(t3, "2026-01-07T12:00:00Z");
        open(bob, TicketPriority.NORMAL, "2026-01-31T22:00:00Z");
        Ticket t5 = open(ann, TicketPriority.LOW, "2026-01-10T09:00:00Z");
        answer(t5, "2026-01-10T10:00:00Z");
        resolve(t5, "2026-01-11T09:00:00Z");
        open(ann, TicketPriority.HIGH, "2025-12-31T09:00:00Z");
        open(bob, TicketPriority.HIGH, "2026-02-02T09:00:00Z");
        store.at("2026-06-01T00:00:00Z");
    }

    @Test
    void responseAndResolutionTimes_haveMeanMedianAndP90() {
        TicketReport report = store.analytics.tickets(Population.everyone(), store.months("2026-01", "2026-01"));

        assertThat(report.customers()).isEqualTo(2);
        assertThat(report.opened()).isEqualTo(5);
        assertThat(report.responded()).isEqualTo(4);
        assertThat(report.resolved()).isEqualTo(3);
        assertThat(report.withoutPolicy()).isEqualTo(1);
        assertThat(report.firstResponse()).isEqualTo(new DurationStats(4, Optional.of(Duration.ofSeconds(5850)),
                Optional.of(Duration.ofMinutes(90)), Optional.of(Duration.ofMinutes(162))));
        assertThat(report.resolution()).isEqualTo(new DurationStats(3, Optional.of(Duration.ofMinutes(12 * 60 + 40)),
                Optional.of(Duration.ofHours(10)), Optional.of(Duration.ofMinutes(21 * 60 + 12))));
    }

    @Test
    void slaCompliance_countsMetBreachedAndRunningTargets() {
        TicketReport report = store.analytics.tickets(Population.everyone(), store.months("2026-01", "2026-01"));

        assertThat(report.firstResponseSla()).isEqualTo(new SlaCompliance(2, 1, 1, Optional.of(2.0 / 3)));
        assertThat(report.resolutionSla()).isEqualTo(new SlaCompliance(1, 2, 1, Optional.of(1.0 / 3)));
    }

    @Test
    void aWindowEndingInTheFuture_judgesRunningClocksNow_notAtItsEnd() {
        store.at("2026-01-07T14:00:00Z");

        TicketReport report = store.analytics.tickets(Population.matching(Rule.field("givenName").eq("Ann")),
                store.months("2026-01", "2026-02"));

        // Ann's tickets: T1 (met, met), T3 (answered in time; resolution due 01-08 09:00), T5 (no policy). Now, at
        // 01-07 14:00, T3's resolution clock still runs; judged at the window's end (03-01) it would be breached.
        assertThat(report.opened()).isEqualTo(3);
        assertThat(report.firstResponseSla()).isEqualTo(new SlaCompliance(2, 0, 0, Optional.of(1.0)));
        assertThat(report.resolutionSla()).isEqualTo(new SlaCompliance(1, 0, 1, Optional.of(1.0)));
    }

    @Test
    void noTickets_leaveEveryStatisticEmpty() {
        TicketReport report = store.analytics.tickets(Population.everyone(), store.months("2025-06", "2025-06"));

        assertThat(report.opened()).isZero();
        assertThat(report.firstResponse()).isEqualTo(new DurationStats(0, Optional.empty(), Optional.empty(), Optional.empty()));
        assertThat(report.firstResponseSla().complianceRate()).isEmpty();
    }

    private Ticket open(CustomerId customer, TicketPriority priority, String at) {
        store.at(at);
        return store.scope.tickets().open(TicketDetails.of(customer, "help").withPriority(priority));
    }

    private void answer(Ticket ticket, String at) {
        store.at(at);
        store.scope.interactions().log(ticket.customer(),
                InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, Instant.parse(at)).about(ticket.id()));
    }

    private void resolve(Ticket ticket, String at) {
        store.at(at);
        Ticket current = store.scope.tickets().get(ticket.id());
        store.scope.tickets().moveTo(current.id(), current.version(), TicketStatus.RESOLVED);
    }
}
