package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The calls of {@link ServiceModelState} to the ticket service; tickets are named by the order they were opened in. */
final class TicketCalls {
    private static final TicketId NEVER_ISSUED_TICKET = TicketId.of(new UUID(0L, 5L));

    private final ServiceModelState state;

    TicketCalls(ServiceModelState state) {
        this.state = state;
    }

    int ticketCount() {
        return state.model().tickets().ticketIds().size();
    }

    TicketId ticketAt(int position) {
        List<TicketId> ids = state.model().tickets().ticketIds();
        return position < ids.size() ? ids.get(position) : NEVER_ISSUED_TICKET;
    }

    /** @return the ticket's status now, if it exists */
    Optional<TicketStatus> ticketStatus(int position) {
        return state.model().tickets().ticket(ticketAt(position)).map(Ticket::status);
    }

    /** @return the position of ticket#{@code position}'s customer */
    int customerPositionOf(int position) {
        CustomerId customer = state.model().tickets().ticket(ticketAt(position)).orElseThrow().customer();
        return state.model().customerIds().indexOf(customer);
    }

    /** @return the positions of the customer's tickets */
    List<Integer> ticketPositionsOf(int customerPosition) {
        CustomerId customer = state.customerAt(customerPosition);
        List<TicketId> ids = state.model().tickets().ticketIds();
        return IntStream.range(0, ids.size()).filter(i -> state.model().tickets().belongsTo(ids.get(i), customer)).boxed().toList();
    }

    /** @param details the ticket, given its customer's id */
    void open(Function<CustomerId, TicketDetails> details, int customerPosition) {
        TicketDetails d = details.apply(state.customerAt(customerPosition));
        ReferenceTickets model = state.model().tickets();
        state.expect("openTicket", model.openFailure(d), () -> state.scope().tickets().open(d)).ifPresent(opened -> {
            state.assertFreshId(opened.id().value());
            assertThat(opened).as("opened ticket").isEqualTo(model.opened(opened.id(), d));
            state.outcome("openTicket routed to " + opened.queue().orElse("-") + opened.assignee().map(a -> ", assigned").orElse(""));
        });
    }

    void move(int position, int versionOffset, TicketStatus next) {
        TicketId id = ticketAt(position);
        long version = version(id, versionOffset);
        Optional<ReferenceModel.Failure> failure = state.model().tickets().moveFailure(id, version, next);
        state.expect("moveTicket", failure, () -> state.scope().tickets().moveTo(id, version, next))
                .ifPresent(moved -> assertThat(moved).as("moved ticket").isEqualTo(state.model().tickets().moved(id, next)));
    }

    void reopen(int position, int versionOffset, String reason) {
        TicketId id = ticketAt(position);
        long version = version(id, versionOffset);
        Optional<ReferenceModel.Failure> failure = state.model().tickets().reopenFailure(id, version, reason);
        state.expect("reopenTicket", failure, () -> state.scope().tickets().reopen(id, version, reason))
                .ifPresent(reopened -> assertThat(reopened).as("reopened ticket").isEqualTo(state.model().tickets().reopened(id, reason)));
    }

    void assign(int position, int versionOffset, Optional<UserId> agent) {
        TicketId id = ticketAt(position);
        long version = version(id, versionOffset);
        Optional<ReferenceModel.Failure> failure = state.model().tickets().assignFailure(id, version);
        state.expect("assignTicket", failure, () -> state.scope().tickets().assign(id, version, agent))
                .ifPresent(assigned -> assertThat(assigned).as("assigned ticket").isEqualTo(state.model().tickets().assigned(id, agent)));
    }

    private long version(TicketId id, int offset) {
        return state.model().tickets().ticket(id).map(Ticket::version).orElse(0L) + offset;
    }

    /**
     * Reads the ticket's SLA now ({@code sla(id)}) and, through {@code slaAt}, at an instant {@code fromNow} away from
     * now; both must be what the model computes from its copy of the ticket.
     */
    void sla(int position, Duration fromNow) {
        TicketId id = ticketAt(position);
        Optional<Ticket> ticket = state.model().tickets().ticket(id);
        Optional<ReferenceModel.Failure> failure = ticket.isPresent() ? Optional.empty() : ReferenceModel.Failure.notFound();
        state.expect("sla", failure, () -> state.scope().tickets().sla(id)).ifPresent(now -> {
            assertThat(now).as("tickets().sla(ticket#%d) at %s", position, state.model().now())
                    .isEqualTo(ReferenceTickets.sla(ticket.get(), state.model().now()));
            Instant at = state.clockInstant().plus(fromNow);
            SlaStatus then = state.scope().tickets().slaAt(state.scope().tickets().get(id), at);
            SlaStatus expected = ReferenceTickets.sla(ticket.get(), at.truncatedTo(ChronoUnit.MICROS));
            assertThat(then).as("tickets().slaAt(ticket#%d, %s)", position, at).isEqualTo(expected);
            java.util.stream.Stream.of(now, then)
                    .flatMap(status -> java.util.stream.Stream.of(status.firstResponse(), status.resolution()))
                    .flatMap(Optional::stream).map(clock -> "sla " + clock.state()).distinct().forEach(state::outcome);
        });
    }

    void byCustomer(int customerPosition, int pageSize) {
        state.record("ticketsByCustomer");
        CustomerId customer = state.customerAt(customerPosition);
        List<Ticket> expected = state.model().tickets().byCustomer(customer);
        state.noteTies("ticketsByCustomer", expected, Ticket::createdAt);
        state.assertPages("tickets().byCustomer(customer#" + customerPosition + ")", pageSize,
                request -> state.scope().tickets().byCustomer(customer, request), expected);
    }

    void openInQueue(String queue, int pageSize) {
        state.record("openInQueue");
        List<Ticket> expected = state.model().tickets().openInQueue(queue);
        state.noteTies("openInQueue", expected, Ticket::createdAt);
        state.assertPages("tickets().openInQueue(" + queue + ")", pageSize,
                request -> state.scope().tickets().openInQueue(queue, request), expected);
    }

    void openByAssignee(UserId agent, int pageSize) {
        state.record("openByAssignee");
        List<Ticket> expected = state.model().tickets().openByAssignee(agent);
        state.noteTies("openByAssignee", expected, Ticket::createdAt);
        state.assertPages("tickets().openByAssignee(" + agent + ")", pageSize,
                request -> state.scope().tickets().openByAssignee(agent, request), expected);
    }

    /** Every ticket reads back as the model holds it; one never opened is not found. */
    void assertStoreAgreesWithModel() {
        for (TicketId id : state.model().tickets().ticketIds()) {
            assertThat(state.scope().tickets().find(id)).as("tickets().find(%s)", id).isEqualTo(state.model().tickets().ticket(id));
        }
        assertThat(state.scope().tickets().find(NEVER_ISSUED_TICKET)).as("ticket never opened").isEmpty();
    }
}
