package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.FeedbackRecorded;
import dev.cms.core.feedback.FeedbackService;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What {@link FeedbackService} promises: scores within each survey's scale (checked at both boundaries), answers
 * linked only to the customer's own tickets and interactions, the latest answer per survey by answer time, and the
 * customer's answers newest first in pages.
 */
public abstract class FeedbackServiceContract extends CmsContractSupport {
    private Customer ada;
    private Customer grace;

    /** For subclasses. */
    protected FeedbackServiceContract() {
    }

    @BeforeEach
    void createCustomers() {
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        grace = alice.customers().create(alice.customers().person("Grace", "Hopper").build());
        events.clear();
    }

    private FeedbackService feedback() {
        return alice.feedback();
    }

    private SurveyResponse answer(Customer customer, SurveyType type, int score, Instant answeredAt) {
        return feedback().record(SurveyAnswer.of(customer.id(), type, score, answeredAt));
    }

    /** A survey, a score and whether the survey's scale (from {@link SurveyType}'s Javadoc) allows it. */
    private record Score(SurveyType type, int score, boolean valid) {
    }

    @TestFactory
    Stream<DynamicTest> scores_areCheckedAgainstEachSurveysScale_atBothBoundaries() {
        List<Score> scores = List.of(
                new Score(SurveyType.NPS, -1, false), new Score(SurveyType.NPS, 0, true),
                new Score(SurveyType.NPS, 10, true), new Score(SurveyType.NPS, 11, false),
                new Score(SurveyType.CSAT, 0, false), new Score(SurveyType.CSAT, 1, true),
                new Score(SurveyType.CSAT, 5, true), new Score(SurveyType.CSAT, 6, false),
                new Score(SurveyType.CES, 0, false), new Score(SurveyType.CES, 1, true),
                new Score(SurveyType.CES, 7, true), new Score(SurveyType.CES, 8, false));
        return scores.stream().map(s -> dynamicTest(s.type() + " " + s.score() + (s.valid() ? " is recorded" : " is rejected"), () -> {
            if (s.valid()) {
                SurveyResponse recorded = answer(ada, s.type(), s.score(), START);
                assertThat(feedback().get(recorded.id()).answer().score()).isEqualTo(s.score());
            } else {
                assertViolations(() -> SurveyAnswer.of(ada.id(), s.type(), s.score(), START), "score");
            }
        }));
    }

    @Test
    void record_storesTheAnswerWithItsRecordingTime_andPublishesFeedbackRecorded() {
        Ticket ticket = alice.tickets().open(TicketDetails.of(ada.id(), "Broken"));
        Interaction call = alice.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.OUTBOUND, START));
        SurveyAnswer answer = SurveyAnswer.of(ada.id(), SurveyType.CSAT, 4, START.minus(Duration.ofHours(2)))
                .withComment("Fast, but I had to call twice.").about(ticket.id()).about(call.id());
        Instant at = clock.advance(Duration.ofMinutes(3));
        events.clear();

        SurveyResponse recorded = feedback().record(answer);

        assertThat(recorded.answer()).isEqualTo(answer);
        assertThat(recorded.recordedAt()).isEqualTo(at);
        assertThat(feedback().get(recorded.id())).isEqualTo(recorded);
        assertThat(events.events()).containsExactly(new FeedbackRecorded(recorded, alice.principal().userId(), at));
    }

    @Test
    void record_forAnUnknownCustomer_isNotFound_andGetOfAnUnknownResponseToo() {
        assertFails(NotFoundException.class, () -> feedback().record(SurveyAnswer.of(CustomerId.of(TestData.ID_1), SurveyType.NPS, 9, START)));
        assertFails(NotFoundException.class, () -> feedback().get(SurveyResponseId.of(TestData.ID_1)));
        assertThat(events.events()).isEmpty();
    }

    @Test
    void record_linkedToAnotherCustomersTicketOrInteraction_orToNoneThatExists_isRejected_andStoresNothing() {
        Ticket gracesTicket = alice.tickets().open(TicketDetails.of(grace.id(), "Grace's"));
        Interaction gracesCall = alice.interactions().log(grace.id(), InteractionDetails.of(Channel.CALL, Direction.INBOUND, START));
        events.clear();
        SurveyAnswer base = SurveyAnswer.of(ada.id(), SurveyType.CSAT, 2, START);

        assertViolations(() -> feedback().record(base.about(gracesTicket.id())), "ticket");
        assertViolations(() -> feedback().record(base.about(gracesCall.id())), "interaction");
        assertViolations(() -> feedback().record(base.about(gracesTicket.id()).about(gracesCall.id())), "ticket", "interaction");
        assertViolations(() -> feedback().record(base.about(TicketId.of(TestData.ID_MAX))), "ticket");
        assertViolations(() -> feedback().record(base.about(InteractionId.of(TestData.ID_MAX))), "interaction");

        assertThat(feedback().byCustomer(ada.id(), PageRequest.first(10)).items()).isEmpty();
        assertThat(feedback().latest(ada.id(), SurveyType.CSAT)).isEmpty();
        assertThat(events.events()).isEmpty();
        // The same links are fine for the customer they belong to.
        assertThat(feedback().record(SurveyAnswer.of(grace.id(), SurveyType.CSAT, 5, START).about(gracesTicket.id())
                .about(gracesCall.id())).answer().ticket()).contains(gracesTicket.id());
    }

    @Test
    void latest_isTheMostRecentlyAnsweredResponseOfEachSurvey_notTheLastRecorded() {
        SurveyResponse newerNps = answer(ada, SurveyType.NPS, 6, START.minus(Duration.ofDays(1)));
        clock.advance(Duration.ofHours(1));
        answer(ada, SurveyType.NPS, 9, START.minus(Duration.ofDays(3)));
        SurveyResponse csat = answer(ada, SurveyType.CSAT, 4, START.minus(Duration.ofDays(5)));
        answer(grace, SurveyType.NPS, 10, START);

        assertThat(feedback().latest(ada.id(), SurveyType.NPS)).contains(newerNps);
        assertThat(feedback().latest(ada.id(), SurveyType.CSAT)).contains(csat);
        assertThat(feedback().latest(ada.id(), SurveyType.CES)).isEmpty();
    }

    @Test
    void byCustomer_holdsTheCustomersAnswers_mostRecentlyAnsweredFirst_inPages() {
        List<SurveyResponse> recorded = new ArrayList<>();
        // Recorded in an order that differs from the answer times: days ago 2, 4, 1, 5, 3.
        for (int daysAgo : new int[] {2, 4, 1, 5, 3}) {
            recorded.add(answer(ada, SurveyType.NPS, daysAgo, START.minus(Duration.ofDays(daysAgo))));
            clock.advance(Duration.ofMinutes(1));
        }
        answer(grace, SurveyType.NPS, 0, START);

        Page<SurveyResponse> first = feedback().byCustomer(ada.id(), PageRequest.first(2));
        Page<SurveyResponse> second = feedback().byCustomer(ada.id(), first.nextRequest(2).orElseThrow());
        Page<SurveyResponse> third = feedback().byCustomer(ada.id(), second.nextRequest(2).orElseThrow());

        assertThat(first.items()).extracting(r -> r.answer().score()).containsExactly(1, 2);
        assertThat(second.items()).extracting(r -> r.answer().score()).containsExactly(3, 4);
        assertThat(third.items()).containsExactly(recorded.get(3));
        assertThat(third.hasNext()).isFalse();
    }
}
