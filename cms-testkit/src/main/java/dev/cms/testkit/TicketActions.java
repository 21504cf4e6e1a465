package dev.cms.testkit;

import static dev.cms.testkit.ServiceModelActions.dependent;
import static dev.cms.testkit.ServiceModelActions.independent;
import static dev.cms.testkit.ServiceModelActions.mutate;
import static dev.cms.testkit.ServiceModelActions.pageSizes;
import static dev.cms.testkit.ServiceModelActions.position;
import static dev.cms.testkit.ServiceModelActions.signed;
import static dev.cms.testkit.ServiceModelActions.version;
import static dev.cms.testkit.ServiceModelActions.versionOffsets;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;

/**
 * The ticket actions of {@link ServiceModelProperties}. Subjects, descriptions and categories are chosen to hit
 * each routing rule, to miss them narrowly (a keyword in the wrong priority, "Billing" in another case), and to
 * fall through to the default queue; SLA checks look at now and at instants before and after it.
 */
final class TicketActions {
    private static final List<String> SUBJECTS = List.of("Invoice is wrong", "Site outage since 9:00", "App CRASHes on start",
            "How do I export?");
    private static final List<String> DESCRIPTIONS = List.of("It crashed again.", "Nothing else to add.");
    private static final List<String> CATEGORIES = List.of("billing", "Billing", "shipping");
    private static final List<String> QUEUES = List.of(ReferenceTickets.BILLING, ReferenceTickets.TECH, ReferenceTickets.GENERAL,
            "nowhere");
    private static final List<String> REOPEN_REASONS = List.of("Customer says it still fails", " ");
    private static final List<Duration> SLA_OFFSETS = List.of(Duration.ZERO, Duration.ofMinutes(-90), Duration.ofMinutes(45),
            Duration.ofHours(3), Duration.ofDays(1));

    private TicketActions() {
    }

    static ActionChainArbitrary<ServiceModelState> addTo(ActionChainArbitrary<ServiceModelState> chains) {
        return chains
                .withAction(4, dependent(s -> true, TicketActions::open))
                .withAction(4, dependent(s -> s.tickets().ticketCount() > 0, TicketActions::move))
                .withAction(1, dependent(s -> s.tickets().ticketCount() > 0, TicketActions::reopen))
                .withAction(2, dependent(s -> s.tickets().ticketCount() > 0, TicketActions::assign))
                .withAction(3, dependent(s -> s.tickets().ticketCount() > 0, TicketActions::sla))
                .withAction(2, dependent(s -> s.tickets().ticketCount() > 0, TicketActions::answer))
                .withAction(1, dependent(s -> true, TicketActions::byCustomer))
                .withAction(1, independent(openInQueue()))
                .withAction(1, independent(openByAssignee()));
    }

    private static Arbitrary<Transformer<ServiceModelState>> open(ServiceModelState state) {
        Arbitrary<TicketPriority> priorities = Arbitraries.frequency(List.of(Tuple.of(1, TicketPriority.LOW),
                Tuple.of(3, TicketPriority.NORMAL), Tuple.of(3, TicketPriority.HIGH), Tuple.of(1, TicketPriority.URGENT)));
        return Combinators.combine(position(state.customerCount()), Arbitraries.of(SUBJECTS), Arbitraries.of(DESCRIPTIONS).optional(0.3),
                        Arbitraries.of(CATEGORIES).optional(0.4), priorities)
                .as((customer, subject, description, category, priority) -> {
                    String text = "openTicket customer#" + customer + " '" + subject + "'" + description.map(d -> " '" + d + "'").orElse("")
                            + category.map(c -> " in " + c).orElse("") + " " + priority;
                    Function<CustomerId, TicketDetails> details = id -> {
                        TicketDetails d = TicketDetails.of(id, subject).withPriority(priority);
                        d = description.map(d::withDescription).orElse(d);
                        return category.map(d::inCategory).orElse(d);
                    };
                    return mutate(text, s -> s.tickets().open(details, customer));
                });
    }

    private static Arbitrary<Transformer<ServiceModelState>> move(ServiceModelState state) {
        return position(state.tickets().ticketCount()).flatMap(ticket -> {
            // Mostly a legal move from the ticket's status when generated; sometimes any status, legal or not.
            Arbitrary<TicketStatus> legal = state.tickets().ticketStatus(ticket)
                    .map(ReferenceTickets::legalMovesFrom).filter(moves -> !moves.isEmpty())
                    .map(Arbitraries::of)
                    .orElseGet(() -> Arbitraries.of(TicketStatus.class));
            Arbitrary<TicketStatus> next = Arbitraries.frequencyOf(List.of(Tuple.of(3, legal), Tuple.of(1, Arbitraries.of(TicketStatus.class))));
            return Combinators.combine(next, versionOffsets())
                    .as((status, offset) -> mutate("moveTicket ticket#" + ticket + " " + version(offset) + " to " + status,
                            s -> s.tickets().move(ticket, offset, status)));
        });
    }

    private static Arbitrary<Transformer<ServiceModelState>> reopen(ServiceModelState state) {
        int tickets = state.tickets().ticketCount();
        List<Integer> done = IntStream.range(0, tickets)
                .filter(i -> state.tickets().ticketStatus(i).filter(st -> st == TicketStatus.RESOLVED || st == TicketStatus.CLOSED).isPresent())
                .boxed().toList();
        Arbitrary<Integer> ticket = done.isEmpty() ? position(tickets)
                : Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.of(done)), Tuple.of(1, position(tickets))));
        return Combinators.combine(ticket, versionOffsets(), Arbitraries.of(REOPEN_REASONS))
                // A blank reason only where nothing else is wrong: the order of checks is not specified.
                .filter((t, offset, reason) -> !reason.isBlank() || t < tickets && offset == 0)
                .as((t, offset, reason) -> mutate("reopenTicket ticket#" + t + " " + version(offset) + " because '" + reason + "'",
                        s -> s.tickets().reopen(t, offset, reason)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> assign(ServiceModelState state) {
        return Combinators.combine(position(state.tickets().ticketCount()), versionOffsets(),
                        Arbitraries.of(ServiceModelActions.USERS).optional(0.8))
                .as((ticket, offset, agent) -> mutate("assignTicket ticket#" + ticket + " " + version(offset) + " to "
                                + agent.map(UserId::value).orElse("nobody"),
                        s -> s.tickets().assign(ticket, offset, agent)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> sla(ServiceModelState state) {
        return Combinators.combine(position(state.tickets().ticketCount()), Arbitraries.of(SLA_OFFSETS))
                .as((ticket, offset) -> mutate("sla ticket#" + ticket + " now and at now" + signed(offset),
                        s -> s.tickets().sla(ticket, offset)));
    }

    /**
     * Logs an interaction about a ticket on its customer's timeline: mostly an outbound answer (the ticket's first
     * response, unless it has one or the answer predates the ticket), sometimes an inbound message (never a response).
     */
    private static Arbitrary<Transformer<ServiceModelState>> answer(ServiceModelState state) {
        Arbitrary<Direction> directions = Arbitraries.frequency(List.of(Tuple.of(4, Direction.OUTBOUND), Tuple.of(1, Direction.INBOUND)));
        Arbitrary<Duration> offsets = Arbitraries.of(Duration.ZERO, Duration.ofMinutes(-5), Duration.ofMinutes(5), Duration.ofHours(-3));
        return Combinators.combine(Arbitraries.integers().between(0, state.tickets().ticketCount() - 1), directions, offsets)
                .as((ticket, direction, offset) -> {
                    int customer = state.tickets().customerPositionOf(ticket);
                    return mutate("answerTicket ticket#" + ticket + " on customer#" + customer + "'s timeline: EMAIL " + direction
                                    + " at now" + signed(offset),
                            s -> s.logInteraction(customer, now -> InteractionDetails.of(Channel.EMAIL, direction, now.plus(offset)),
                                    Optional.empty(), Optional.of(ticket), Optional.empty()));
                });
    }

    private static Arbitrary<Transformer<ServiceModelState>> byCustomer(ServiceModelState state) {
        return Combinators.combine(position(state.customerCount()), pageSizes())
                .as((customer, size) -> mutate("ticketsByCustomer customer#" + customer + " pageSize=" + size,
                        s -> s.tickets().byCustomer(customer, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> openInQueue() {
        return Combinators.combine(Arbitraries.of(QUEUES), pageSizes())
                .as((queue, size) -> mutate("openInQueue " + queue + " pageSize=" + size, s -> s.tickets().openInQueue(queue, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> openByAssignee() {
        return Combinators.combine(Arbitraries.of(ServiceModelActions.USERS), pageSizes())
                .as((agent, size) -> mutate("openByAssignee " + agent.value() + " pageSize=" + size,
                        s -> s.tickets().openByAssignee(agent, size)));
    }
}
