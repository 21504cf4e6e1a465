package dev.cms.analytics.kpi;

import dev.cms.core.support.SlaClock;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Computes {@link TicketReport}. One pass over the population; each customer's tickets are read newest first and the
 * reading stops at the first ticket opened before the window. Memory: one long per ticket opened in the window for each
 * of the two times (for the exact median and percentile), 16 bytes per ticket, plus a few counters.
 */
final class TicketKpi {
    private TicketKpi() {
    }

    static TicketReport compute(StoreReader store, Population population, Window window, Instant now) {
        Instant judgedAt = window.to().isAfter(now) ? now : window.to();
        LongList response = new LongList();
        LongList resolution = new LongList();
        long[] c = new long[9]; // customers, opened, withoutPolicy, then met/breached/running for response, resolution
        store.forEachCustomer(population, customer -> {
            c[0]++;
            store.tickets(customer.id(), ticket -> {
                if (ticket.createdAt().isBefore(window.from())) {
                    return false;
                }
                if (!window.contains(ticket.createdAt())) {
                    return true;
                }
                c[1]++;
                ticket.firstResponseAt().ifPresent(at -> response.add(micros(ticket, at)));
                ticket.resolvedAt().ifPresent(at -> resolution.add(micros(ticket, at)));
                SlaStatus sla = store.scope().tickets().slaAt(ticket, judgedAt);
                if (sla.firstResponse().isEmpty()) {
                    c[2]++;
                }
                count(sla.firstResponse(), c, 3);
                count(sla.resolution(), c, 6);
                return true;
            });
        });
        return new TicketReport(window, c[0], c[1], response.size(), resolution.size(), c[2],
                DurationStats.ofMicros(response), DurationStats.ofMicros(resolution),
                SlaCompliance.of(c[3], c[4], c[5]), SlaCompliance.of(c[6], c[7], c[8]));
    }

    private static long micros(Ticket ticket, Instant at) {
        Duration d = Duration.between(ticket.createdAt(), at);
        return Math.multiplyExact(d.getSeconds(), 1_000_000L) + d.getNano() / 1000;
    }

    private static void count(Optional<SlaClock> clock, long[] c, int offset) {
        if (clock.isEmpty()) {
            return;
        }
        SlaState state = clock.get().state();
        int i = switch (state) {
            case MET -> 0;
            case BREACHED -> 1;
            case ON_TRACK, AT_RISK -> 2;
        };
        c[offset + i]++;
    }
}
