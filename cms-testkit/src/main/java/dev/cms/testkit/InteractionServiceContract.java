package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLinks;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.interaction.InteractionService;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What {@link InteractionService} promises: logging and reading back, the timeline order (newest first, ties in time
 * by id descending), keyset pages that inserts do not shift, and rejected logs that leave nothing behind.
 */
public abstract class InteractionServiceContract extends CmsContractSupport {
    /** Newest first; equal times by id descending in unsigned UUID order ({@link dev.cms.core.TypedId}). */
    private static final Comparator<Interaction> TIMELINE_ORDER =
            Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id).reversed();

    private Customer ada;

    /** For subclasses. */
    protected InteractionServiceContract() {
    }

    @BeforeEach
    void createCustomer() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        events.clear();
    }

    private InteractionService interactions() {
        return alice.interactions();
    }

    private Interaction note(CustomerId customer, Instant occurredAt) {
        return interactions().log(customer, InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, occurredAt));
    }

    @Test
    void log_withEveryField_isStoredAsGiven_loggedByThePrincipalAtClockTime() {
        Task task = alice.tasks().create(TaskDetails.titled("Call Ada").about(ada.id()));
        Opportunity deal = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Renewal", Money.of("1000.00", "EUR")));
        Ticket ticket = alice.tickets().open(TicketDetails.of(ada.id(), "Cannot log in"));
        events.clear();
        InteractionDetails details = InteractionDetails.of(Channel.CALL, Direction.INBOUND, START.minus(Duration.ofHours(1)))
                .withSubject("Renewal")
                .withBody("Talked about the renewal.\nShe wants a quote by Friday.")
                .withDuration(Duration.ofMinutes(12))
                .withOutcome("quote requested")
                .about(task.id())
                .about(deal.id())
                .about(ticket.id());

        Interaction logged = interactions().log(ada.id(), details);

        assertThat(logged.customer()).isEqualTo(ada.id());
        assertThat(logged.details()).isEqualTo(details);
        assertThat(logged.loggedBy()).isEqualTo(alice.principal().userId());
        assertThat(logged.loggedAt()).isEqualTo(START);
        assertThat(logged.occurredAt()).isEqualTo(START.minus(Duration.ofHours(1)));
        assertThat(interactions().get(logged.id())).isEqualTo(logged);
        assertThat(interactions().find(logged.id())).contains(logged);
        assertThat(events.eventsOf(InteractionLogged.class))
                .containsExactly(new InteractionLogged(logged, alice.principal().userId(), START));
    }

    @Test
    void log_linkedToUnknownOrOtherCustomersObjects_reportsEveryBadLink_andStoresNothing() {
        Customer bob = alice.customers().create(alice.customers().person("Bob", "Byte").build());
        Opportunity bobsDeal = alice.opportunities().create(OpportunityDetails.of(bob.id(), "Bob's deal", Money.of("5.00", "EUR")));
        Ticket bobsTicket = alice.tickets().open(TicketDetails.of(bob.id(), "Bob's problem"));
        events.clear();

        assertViolations(() -> interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.INBOUND, START)
                        .about(TaskId.of(TestData.ID_MAX)).about(bobsDeal.id()).about(bobsTicket.id())),
                "links.task", "links.opportunity", "links.ticket");
        assertViolations(() -> interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.INBOUND, START)
                        .about(OpportunityId.of(TestData.ID_1)).about(TicketId.of(TestData.ID_1))),
                "links.opportunity", "links.ticket");

        assertThat(interactions().timeline(ada.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void get_unknownInteraction_failsWithNotFound_andFindIsEmpty() {
        note(ada.id(), START);
        InteractionId unknown = InteractionId.of(TestData.ID_1);

        assertFails(NotFoundException.class, () -> interactions().get(unknown));
        assertThat(interactions().find(unknown)).isEmpty();
    }

    @Test
    void timeline_isNewestFirst_withTiesInTimeBrokenByIdDescending() {
        Instant t1 = START.minus(Duration.ofHours(3));
        Instant t2 = START.minus(Duration.ofHours(2));
        Instant t3 = START.minus(Duration.ofHours(1));
        List<Interaction> logged = new ArrayList<>();
        for (Instant at : List.of(t1, t3, t2, t3, t1, t3, t2, t1)) {
            logged.add(note(ada.id(), at));
        }

        Page<Interaction> page = interactions().timeline(ada.id(), PageRequest.first(100));

        assertThat(page.items()).containsExactlyElementsOf(logged.stream().sorted(TIMELINE_ORDER).toList());
        assertThat(page.items()).extracting(Interaction::occurredAt).containsExactly(t3, t3, t3, t2, t2, t1, t1, t1);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void timeline_holdsOnlyThatCustomersInteractions() {
        Customer bob = alice.customers().create(alice.customers().person("Bob", "Byte").build());
        Interaction forAda = note(ada.id(), START);
        note(bob.id(), START);
        note(bob.id(), START.minusSeconds(1));

        assertThat(interactions().timeline(ada.id(), PageRequest.first(10)).items()).containsExactly(forAda);
        assertThat(interactions().timeline(bob.id(), PageRequest.first(10)).items()).hasSize(2);
    }

    @Test
    void timeline_of25InPagesOf10_gives10Then10Then5_eachInteractionOnce() {
        List<Interaction> logged = IntStream.range(0, 25)
                .mapToObj(i -> note(ada.id(), START.minus(Duration.ofMinutes(i / 3)))).toList();
        List<Interaction> expected = logged.stream().sorted(TIMELINE_ORDER).toList();

        List<Page<Interaction>> pages = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(10));
        while (request.isPresent() && pages.size() < 10) {
            Page<Interaction> page = interactions().timeline(ada.id(), request.get());
            pages.add(page);
            request = page.nextRequest(10);
        }

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(10, 10, 5);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void timeline_anInteractionLoggedWhilePaging_newerThanTheFirstPage_doesNotShiftLaterPages() {
        List<Interaction> logged = IntStream.range(0, 25)
                .mapToObj(i -> note(ada.id(), START.minus(Duration.ofMinutes(10 + i / 2)))).toList();
        List<Interaction> expected = logged.stream().sorted(TIMELINE_ORDER).toList();

        Page<Interaction> first = interactions().timeline(ada.id(), PageRequest.first(10));
        Interaction newest = note(ada.id(), START);
        Page<Interaction> second = interactions().timeline(ada.id(), first.nextRequest(10).orElseThrow());
        Page<Interaction> third = interactions().timeline(ada.id(), second.nextRequest(10).orElseThrow());

        assertThat(first.items()).containsExactlyElementsOf(expected.subList(0, 10));
        assertThat(second.items()).containsExactlyElementsOf(expected.subList(10, 20));
        assertThat(third.items()).containsExactlyElementsOf(expected.subList(20, 25));
        assertThat(third.hasNext()).isFalse();
        assertThat(interactions().timeline(ada.id(), PageRequest.first(1)).items()).containsExactly(newest);
    }

    @Test
    void timeline_ofUnknownCustomer_failsWithNotFound() {
        assertFails(NotFoundException.class, () -> interactions().timeline(CustomerId.of(TestData.ID_1), PageRequest.first(10)));
    }

    @Test
    void log_forUnknownCustomer_failsWithNotFound_andPublishesNothing() {
        CustomerId unknown = CustomerId.of(TestData.ID_1);

        NotFoundException e = assertFails(NotFoundException.class,
                () -> interactions().log(unknown, InteractionDetails.of(Channel.CALL, Direction.INBOUND, START)));

        assertThat(e.id()).isEqualTo(unknown.toString());
        assertThat(events.events()).isEmpty();
    }

    @Test
    void log_linkedToANonExistentTask_isRejectedAtLinksTask_andStoresNothing() {
        InteractionDetails details = InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, START).about(TaskId.of(TestData.ID_MAX));

        assertViolations(() -> interactions().log(ada.id(), details), "links.task");

        assertThat(interactions().timeline(ada.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void details_withInvalidParts_reportEveryViolation() {
        assertViolations(() -> new InteractionDetails(null, null, START, Optional.of("line one\nline two"),
                        Optional.of("\u0000"), Optional.of(Duration.ofDays(8)), Optional.of(" "), InteractionLinks.none()),
                "channel", "direction", "subject", "body", "duration", "outcome");
    }
}
