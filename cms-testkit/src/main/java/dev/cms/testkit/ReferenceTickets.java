package dev.cms.testkit;

import dev.cms.core.ConflictException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
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
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The support part of the {@link ReferenceModel}: tickets, their routing and assignment under the fixed
 * {@link #settings() settings} of every run, their status moves and their SLA, written from the Javadoc of
 * {@link dev.cms.core.support.TicketService}, {@link TicketStatus}, {@link RoutingRule}, {@link AssignmentStrategy},
 * {@link SlaState} and {@link SupportSettings}.
 *
 * <p>The model reads those settings in its own terms (see {@link #route} and {@link #assignee}) rather than asking
 * the settings object. For the SLA it reuses only {@link BusinessHours#plus} and {@link BusinessHours#between}: pure
 * calendar arithmetic on a value, with no access to tickets or stores, specified by their Javadoc and tested on their
 * own; the due times and states built on them are the model's.
 */
final class ReferenceTickets {
    static final String BILLING = "billing";
    static final String TECH = "tech";
    static final String GENERAL = "general";
    static final UserId ALICE = UserId.of("alice");
    static final UserId BOB = UserId.of("bob");
    static final UserId CAROL = UserId.of("carol");
    /** Billing takes turns among these. */
    private static final List<UserId> BILLING_AGENTS = List.of(BOB, CAROL);
    /** Tech gives each ticket to whichever of these holds the fewest open tickets; the earlier one on a tie. */
    private static final List<UserId> TECH_AGENTS = List.of(ALICE, BOB, CAROL);
    private static final Set<TicketPriority> TECH_PRIORITIES = EnumSet.of(TicketPriority.HIGH, TicketPriority.URGENT);
    private static final List<String> TECH_KEYWORDS = List.of("outage", "crash");
    /** Working hours of the NORMAL policy: 09:00 to 17:00 Berlin time, Monday to Friday. */
    static final BusinessHours OFFICE = new BusinessHours(ZoneId.of("Europe/Berlin"), LocalTime.of(9, 0), LocalTime.of(17, 0),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    private static final Duration HIGH_FIRST_RESPONSE = Duration.ofHours(1);
    private static final Duration HIGH_RESOLUTION = Duration.ofHours(4);
    private static final Duration NORMAL_FIRST_RESPONSE = Duration.ofHours(4);
    private static final Duration NORMAL_RESOLUTION = Duration.ofHours(16);

    private final ReferenceModel model;
    private final Map<TicketId, Ticket> tickets = new LinkedHashMap<>();
    private long billingTurn;

    ReferenceTickets(ReferenceModel model) {
        this.model = model;
    }

    /**
     * The support settings every run configures, new for each run because a round-robin strategy keeps its turn:
     * tickets in category "billing" go to queue billing (round robin between bob and carol); HIGH or URGENT tickets
     * mentioning "outage" or "crash" go to queue tech (least loaded of alice, bob and carol); the rest go to queue
     * general, which has no agents. HIGH tickets must be answered within 1 h and resolved within 4 h around the
     * clock, NORMAL ones within 4 h and 16 h of Berlin office hours; LOW and URGENT ones have no SLA. A clock is at
     * risk with a quarter of its time left.
     *
     * @return the settings
     */
    static SupportSettings settings() {
        return SupportSettings.defaults()
                .withDefaultQueue(GENERAL)
                .withRule(RoutingRule.to(BILLING).whenCategory(BILLING))
                .withRule(RoutingRule.to(TECH).whenPriority(TicketPriority.HIGH, TicketPriority.URGENT).whenMentioning("outage", "crash"))
                .withQueue(new SupportQueue(BILLING, BILLING_AGENTS, AssignmentStrategy.roundRobin()))
                .withQueue(new SupportQueue(TECH, TECH_AGENTS, AssignmentStrategy.leastLoaded()))
                .withPolicy(SlaPolicy.of(TicketPriority.HIGH, HIGH_FIRST_RESPONSE, HIGH_RESOLUTION))
                .withPolicy(SlaPolicy.of(TicketPriority.NORMAL, NORMAL_FIRST_RESPONSE, NORMAL_RESOLUTION).inBusinessHours(OFFICE))
                .withAtRiskShare(0.25);
    }

    /** @return the ids of the tickets in the order they were opened */
    List<TicketId> ticketIds() {
        return List.copyOf(tickets.keySet());
    }

    Optional<Ticket> ticket(TicketId id) {
        return Optional.ofNullable(tickets.get(id));
    }

    /** @return whether the ticket exists and is the customer's (what an interaction or an answer may link to) */
    boolean belongsTo(TicketId ticket, CustomerId customer) {
        return ticket(ticket).filter(t -> t.customer().equals(customer)).isPresent();
    }

    // ---------------------------------------------------------------- opening, routing, assignment

    Optional<ReferenceModel.Failure> openFailure(TicketDetails details) {
        return model.customer(details.customer()).isPresent() ? Optional.empty() : ReferenceModel.Failure.invalid();
    }

    /** A new ticket is NEW, routed and assigned, with no history, version 0; publishes {@link TicketOpened}. */
    Ticket opened(TicketId id, TicketDetails details) {
        String queue = route(details);
        Ticket ticket = new Ticket(id, details, TicketStatus.NEW, Optional.of(queue), assignee(queue), model.now(),
                Optional.empty(), Optional.empty(), List.of(), model.now(), 0);
        tickets.put(id, ticket);
        model.publish(new TicketOpened(ticket, model.actor(), model.now()));
        return ticket;
    }

    /** @return the queue the settings' first matching rule names, else the default queue */
    static String route(TicketDetails details) {
        if (details.category().filter(c -> c.toLowerCase(Locale.ROOT).equals(BILLING)).isPresent()) {
            return BILLING;
        }
        String text = (details.subject() + "\n" + details.description().orElse("")).toLowerCase(Locale.ROOT);
        if (TECH_PRIORITIES.contains(details.priority()) && TECH_KEYWORDS.stream().anyMatch(text::contains)) {
            return TECH;
        }
        return GENERAL;
    }

    private Optional<UserId> assignee(String queue) {
        if (queue.equals(BILLING)) {
            return Optional.of(BILLING_AGENTS.get((int) (billingTurn++ % BILLING_AGENTS.size())));
        }
        if (queue.equals(TECH)) {
            Map<UserId, Long> load = new HashMap<>();
            for (Ticket t : tickets.values()) {
                if (t.status().isOpen()) {
                    t.assignee().ifPresent(agent -> load.merge(agent, 1L, Long::sum));
                }
            }
            UserId chosen = TECH_AGENTS.get(0);
            for (UserId agent : TECH_AGENTS) {
                if (load.getOrDefault(agent, 0L) < load.getOrDefault(chosen, 0L)) {
                    chosen = agent;
                }
            }
            return Optional.of(chosen);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- changes

    private Optional<ReferenceModel.Failure> loadFailure(TicketId id, long expectedVersion) {
        Ticket ticket = tickets.get(id);
        if (ticket == null) {
            return ReferenceModel.Failure.notFound();
        }
        return ticket.version() == expectedVersion ? Optional.empty()
                : ReferenceModel.Failure.conflict(ConflictException.Reason.STALE_VERSION);
    }

    /** An ordinary move must be one {@link TicketStatus} lists. */
    Optional<ReferenceModel.Failure> moveFailure(TicketId id, long expectedVersion, TicketStatus next) {
        return loadFailure(id, expectedVersion).or(() -> legalMovesFrom(tickets.get(id).status()).contains(next)
                ? Optional.empty() : ReferenceModel.Failure.invalid());
    }

    /**
     * @param status a ticket's status
     * @return the statuses an ordinary move reaches from it, as the {@link TicketStatus} Javadoc lists them
     */
    static Set<TicketStatus> legalMovesFrom(TicketStatus status) {
        Map<TicketStatus, Set<TicketStatus>> moves = new EnumMap<>(TicketStatus.class);
        moves.put(TicketStatus.NEW, EnumSet.of(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.RESOLVED, TicketStatus.CLOSED));
        moves.put(TicketStatus.OPEN, EnumSet.of(TicketStatus.PENDING, TicketStatus.RESOLVED, TicketStatus.CLOSED));
        moves.put(TicketStatus.PENDING, EnumSet.of(TicketStatus.OPEN, TicketStatus.RESOLVED, TicketStatus.CLOSED));
        moves.put(TicketStatus.RESOLVED, EnumSet.of(TicketStatus.CLOSED));
        moves.put(TicketStatus.CLOSED, EnumSet.noneOf(TicketStatus.class));
        return moves.get(status);
    }

    Ticket moved(TicketId id, TicketStatus next) {
        return changeStatus(id, next, Optional.empty());
    }

    /** Reopening needs a resolved or closed ticket at its current version, and a reason that is not blank. */
    Optional<ReferenceModel.Failure> reopenFailure(TicketId id, long expectedVersion, String reason) {
        return loadFailure(id, expectedVersion).or(() -> isOpen(tickets.get(id).status()) || reason.isBlank()
                ? ReferenceModel.Failure.invalid() : Optional.empty());
    }

    Ticket reopened(TicketId id, String reason) {
        return changeStatus(id, TicketStatus.OPEN, Optional.of(reason.strip()));
    }

    /**
     * Appends the change to the history. The resolution time is cleared when the ticket is open again, set when it
     * is first resolved or closed, and kept when a resolved ticket is closed: it is when it was last resolved (or
     * closed without being resolved).
     */
    private Ticket changeStatus(TicketId id, TicketStatus next, Optional<String> reason) {
        Ticket current = tickets.get(id);
        List<TicketStatusChange> history = new ArrayList<>(current.history());
        history.add(new TicketStatusChange(current.status(), next, model.now(), model.actor(), reason));
        Optional<Instant> resolvedAt = isOpen(next) ? Optional.empty()
                : current.resolvedAt().isPresent() ? current.resolvedAt() : Optional.of(model.now());
        return store(current, new Ticket(id, current.details(), next, current.queue(), current.assignee(), current.createdAt(),
                current.firstResponseAt(), resolvedAt, history, model.now(), current.version() + 1));
    }

    Optional<ReferenceModel.Failure> assignFailure(TicketId id, long expectedVersion) {
        return loadFailure(id, expectedVersion);
    }

    /** Assigning the agent a ticket already has changes nothing, not even the version, and publishes nothing. */
    Ticket assigned(TicketId id, Optional<UserId> agent) {
        Ticket current = tickets.get(id);
        if (current.assignee().equals(agent)) {
            return current;
        }
        return store(current, new Ticket(id, current.details(), current.status(), current.queue(), agent, current.createdAt(),
                current.firstResponseAt(), current.resolvedAt(), current.history(), model.now(), current.version() + 1));
    }

    /**
     * An outbound interaction linked to the ticket was logged: if the ticket has no first response yet and the
     * interaction is not from before the ticket was opened, the interaction's time becomes its first response; the
     * ticket changed now, so that is its new update time.
     *
     * @return whether the first response was recorded
     */
    boolean responded(TicketId id, Instant answeredAt) {
        Ticket current = tickets.get(id);
        Instant at = answeredAt.truncatedTo(ChronoUnit.MICROS);
        if (current.firstResponseAt().isPresent() || at.isBefore(current.createdAt())) {
            return false;
        }
        store(current, new Ticket(id, current.details(), current.status(), current.queue(), current.assignee(), current.createdAt(),
                Optional.of(at), current.resolvedAt(), current.history(), model.now(), current.version() + 1));
        return true;
    }

    private Ticket store(Ticket before, Ticket after) {
        tickets.put(after.id(), after);
        model.publish(new TicketChanged(before, after, model.actor(), model.now()));
        return after;
    }

    private static boolean isOpen(TicketStatus status) {
        return status == TicketStatus.NEW || status == TicketStatus.OPEN || status == TicketStatus.PENDING;
    }

    // ---------------------------------------------------------------- queries

    /** @return the customer's tickets of any status, newest first, ties by id descending */
    List<Ticket> byCustomer(CustomerId customer) {
        return tickets.values().stream().filter(t -> t.customer().equals(customer))
                .sorted(oldestFirst().reversed()).toList();
    }

    /** @return the customer's open tickets, newest first */
    List<Ticket> openByCustomer(CustomerId customer) {
        return byCustomer(customer).stream().filter(t -> isOpen(t.status())).toList();
    }

    /** @return the queue's open tickets, oldest first, ties by id ascending */
    List<Ticket> openInQueue(String queue) {
        return tickets.values().stream().filter(t -> isOpen(t.status()) && t.queue().equals(Optional.of(queue)))
                .sorted(oldestFirst()).toList();
    }

    /** @return the agent's open tickets, oldest first, ties by id ascending */
    List<Ticket> openByAssignee(UserId agent) {
        return tickets.values().stream().filter(t -> isOpen(t.status()) && t.assignee().equals(Optional.of(agent)))
                .sorted(oldestFirst()).toList();
    }

    private static Comparator<Ticket> oldestFirst() {
        return Comparator.comparing(Ticket::createdAt).thenComparing((Ticket t) -> t.id().value(), ReferenceModel.UNSIGNED);
    }

    // ---------------------------------------------------------------- SLA

    /**
     * The ticket's SLA at an instant: none for LOW and URGENT tickets; for HIGH and NORMAL ones, a first-response
     * clock and a resolution clock that start when the ticket was opened.
     */
    static SlaStatus sla(Ticket ticket, Instant at) {
        Instant start = ticket.createdAt();
        switch (ticket.details().priority()) {
            case HIGH:
                return new SlaStatus(
                        Optional.of(clock(start, HIGH_FIRST_RESPONSE, Optional.empty(), ticket.firstResponseAt(), at)),
                        Optional.of(clock(start, HIGH_RESOLUTION, Optional.empty(), ticket.resolvedAt(), at)));
            case NORMAL:
                return new SlaStatus(
                        Optional.of(clock(start, NORMAL_FIRST_RESPONSE, Optional.of(OFFICE), ticket.firstResponseAt(), at)),
                        Optional.of(clock(start, NORMAL_RESOLUTION, Optional.of(OFFICE), ticket.resolvedAt(), at)));
            default:
                return SlaStatus.none();
        }
    }

    /**
     * One SLA clock: due when the allowed time (counted in working hours, if any) has passed since the start. Done
     * after the due time is breached, else met; running past the due time is breached; running with at most a
     * quarter of the allowed time left is at risk; otherwise on track.
     */
    private static SlaClock clock(Instant start, Duration allowed, Optional<BusinessHours> hours, Optional<Instant> done, Instant at) {
        Instant due = hours.map(h -> h.plus(start, allowed)).orElseGet(() -> start.plus(allowed));
        if (done.isPresent()) {
            return new SlaClock(due, done.get().isAfter(due) ? SlaState.BREACHED : SlaState.MET);
        }
        if (at.isAfter(due)) {
            return new SlaClock(due, SlaState.BREACHED);
        }
        Duration used = !at.isAfter(start) ? Duration.ZERO
                : hours.map(h -> h.between(start, at)).orElseGet(() -> Duration.between(start, at));
        Duration left = allowed.minus(used);
        return new SlaClock(due, left.multipliedBy(4).compareTo(allowed) <= 0 ? SlaState.AT_RISK : SlaState.ON_TRACK);
    }

    @Override
    public String toString() {
        return tickets.size() + " tickets";
    }
}
