package dev.cms.analytics.kpi;

import dev.cms.analytics.clv.CustomerSummary;
import dev.cms.analytics.clv.TransactionModel;
import dev.cms.core.customer.Customer;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Computes {@link HealthReport}. One pass over the population. Per customer it reads the purchases before the window's
 * end newest first and stops once it is past the previous window (without a model; with one it reads them all, to
 * count the purchase days P(alive) needs), the survey answers newest first until the latest NPS answer before the
 * previous window's end, and all tickets (a ticket opened long ago may still be open). Memory: ten band counters and
 * the list of at most {@code listLimit} customers at risk, kept in a bounded heap.
 */
final class HealthKpi {
    private static final Comparator<AtRiskCustomer> LOWEST_FIRST =
            Comparator.comparingDouble(AtRiskCustomer::health).thenComparing(AtRiskCustomer::customer);

    private HealthKpi() {
    }

    static HealthReport compute(StoreReader store, Population population, Window window, HealthModel model, AtRiskRule rule,
                                Optional<TransactionModel> alive, ZoneId zone) {
        Window previous = window.previous();
        long[] bands = new long[10];
        long[] counts = {0, 0}; // customers, at risk
        double[] sum = {0};
        PriorityQueue<AtRiskCustomer> listed = new PriorityQueue<>(LOWEST_FIRST.reversed());
        store.forEachCustomer(population, customer -> {
            counts[0]++;
            Facts facts = Facts.read(store, customer, window, previous, alive.isPresent(), zone);
            HealthComponents now = facts.components(model, window, zone, true);
            double health = now.score(model.weights());
            sum[0] += health;
            bands[Math.min(9, (int) (health / 10))]++;
            Optional<Double> before = customer.createdAt().isBefore(window.from())
                    ? Optional.of(facts.components(model, previous, zone, false).score(model.weights())) : Optional.empty();
            Optional<Double> pAlive = alive.flatMap(m -> facts.summary(window, zone).map(m::probabilityAlive));
            Set<RiskReason> reasons = EnumSet.noneOf(RiskReason.class);
            if (health < rule.healthBelow()) {
                reasons.add(RiskReason.LOW_HEALTH);
            }
            if (before.isPresent() && before.get() - health >= rule.fallingBy()) {
                reasons.add(RiskReason.FALLING_HEALTH);
            }
            if (pAlive.isPresent() && pAlive.get() < rule.aliveBelow()) {
                reasons.add(RiskReason.LOW_PROBABILITY_ALIVE);
            }
            if (reasons.isEmpty()) {
                return;
            }
            counts[1]++;
            if (rule.listLimit() > 0) {
                listed.add(new AtRiskCustomer(customer.id(), health, before, pAlive, now, List.copyOf(reasons)));
                if (listed.size() > rule.listLimit()) {
                    listed.poll();
                }
            }
        });
        List<AtRiskCustomer> atRisk = new ArrayList<>(listed);
        atRisk.sort(LOWEST_FIRST);
        List<Long> distribution = new ArrayList<>();
        for (long b : bands) {
            distribution.add(b);
        }
        Optional<Double> mean = counts[0] == 0 ? Optional.empty() : Optional.of(sum[0] / counts[0]);
        return new HealthReport(window, model, rule, counts[0], mean, distribution, counts[1], atRisk);
    }

    /** What one customer's health needs, at the end of the window and of the previous one. */
    private static final class Facts {
        // "...BeforePrevious" fields hold the state at the previous window's end, which is this window's start.
        private Optional<Instant> lastPurchase = Optional.empty();
        private Optional<Instant> lastPurchaseBeforePrevious = Optional.empty();
        private long purchasesInWindow;
        private long purchasesInPrevious;
        private Optional<Integer> nps = Optional.empty();
        private Optional<Integer> npsBeforePrevious = Optional.empty();
        private long openTickets;
        private long openTicketsBeforePrevious;
        private int purchaseDays;
        private LocalDate firstPurchaseDay;
        private LocalDate lastPurchaseDay;

        static Facts read(StoreReader store, Customer customer, Window window, Window previous, boolean allDays, ZoneId zone) {
            Facts f = new Facts();
            store.purchasesBefore(customer.id(), window.to(), p -> {
                Instant at = p.occurredAt();
                if (f.lastPurchase.isEmpty()) {
                    f.lastPurchase = Optional.of(at);
                }
                if (window.contains(at)) {
                    f.purchasesInWindow++;
                } else if (previous.contains(at)) {
                    f.purchasesInPrevious++;
                }
                if (f.lastPurchaseBeforePrevious.isEmpty() && at.isBefore(previous.to())) {
                    f.lastPurchaseBeforePrevious = Optional.of(at);
                }
                LocalDate day = LocalDate.ofInstant(at, zone);
                if (!day.equals(f.firstPurchaseDay)) {
                    f.purchaseDays++;
                    if (f.lastPurchaseDay == null) {
                        f.lastPurchaseDay = day;
                    }
                    f.firstPurchaseDay = day;
                }
                return allDays || !at.isBefore(previous.from());
            });
            store.answers(customer.id(), r -> {
                if (r.answer().type() != SurveyType.NPS || !r.answer().answeredAt().isBefore(window.to())) {
                    return true;
                }
                if (f.nps.isEmpty()) {
                    f.nps = Optional.of(r.answer().score());
                }
                if (r.answer().answeredAt().isBefore(previous.to())) {
                    f.npsBeforePrevious = Optional.of(r.answer().score());
                    return false;
                }
                return true;
            });
            store.tickets(customer.id(), t -> {
                if (openAt(t, window.to())) {
                    f.openTickets++;
                }
                if (openAt(t, previous.to())) {
                    f.openTicketsBeforePrevious++;
                }
                return true;
            });
            return f;
        }

        /** Whether the ticket existed and was open (new, open or pending) just before {@code t}, by its history. */
        private static boolean openAt(Ticket ticket, Instant t) {
            if (!ticket.createdAt().isBefore(t)) {
                return false;
            }
            TicketStatus status = TicketStatus.NEW;
            for (TicketStatusChange change : ticket.history()) {
                if (!change.at().isBefore(t)) {
                    break;
                }
                status = change.to();
            }
            return status.isOpen();
        }

        HealthComponents components(HealthModel model, Window at, ZoneId zone, boolean current) {
            Optional<Instant> last = current ? lastPurchase : lastPurchaseBeforePrevious;
            double recency = last.map(i -> {
                long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(i, zone), at.lastDay(zone));
                return 1 - (double) Math.min(days, model.recencyHorizonDays()) / model.recencyHorizonDays();
            }).orElse(0.0);
            long purchases = current ? purchasesInWindow : purchasesInPrevious;
            double frequency = (double) Math.min(purchases, model.frequencyTarget()) / model.frequencyTarget();
            Optional<Double> promoter = (current ? nps : npsBeforePrevious).map(s -> s / 10.0);
            long open = current ? openTickets : openTicketsBeforePrevious;
            double tickets = 1 - (double) Math.min(open, model.openTicketLimit()) / model.openTicketLimit();
            return new HealthComponents(recency, frequency, promoter, tickets);
        }

        /** The BG/NBD summary at the window's last day (inclusive), in days; empty for a customer who never bought. */
        Optional<CustomerSummary> summary(Window window, ZoneId zone) {
            if (purchaseDays == 0) {
                return Optional.empty();
            }
            LocalDate end = window.lastDay(zone);
            return Optional.of(CustomerSummary.of(purchaseDays - 1, ChronoUnit.DAYS.between(firstPurchaseDay, lastPurchaseDay),
                    ChronoUnit.DAYS.between(firstPurchaseDay, end), ChronoUnit.DAYS));
        }
    }
}
