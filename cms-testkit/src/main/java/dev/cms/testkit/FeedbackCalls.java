package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.InteractionId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** The calls of {@link ServiceModelState} to the feedback service. */
final class FeedbackCalls {
    private final ServiceModelState state;

    FeedbackCalls(ServiceModelState state) {
        this.state = state;
    }

    /** @return the positions of the interactions on the customer's timeline, in logging order */
    List<Integer> interactionPositionsOf(int customerPosition) {
        CustomerId customer = state.customerAt(customerPosition);
        List<InteractionId> ids = state.model().interactionIds();
        return IntStream.range(0, ids.size())
                .filter(i -> state.model().interaction(ids.get(i)).orElseThrow().customer().equals(customer)).boxed().toList();
    }

    /** @return each customer position and survey the customer has answered, once */
    List<Map.Entry<Integer, SurveyType>> answeredSurveys() {
        List<CustomerId> customers = state.model().customerIds();
        return state.model().feedback().responseIds().stream()
                .map(id -> state.model().feedback().response(id).orElseThrow().answer())
                .map(a -> Map.entry(customers.indexOf(a.customer()), a.type()))
                .distinct().toList();
    }

    int interactionCount() {
        return state.model().interactionIds().size();
    }

    /**
     * Records an answer. The answer is made inside the call, so a score outside the survey's scale fails as the
     * call's outcome, with a {@link dev.cms.core.ValidationException}, whatever else is wrong.
     *
     * @param ticketPosition      the ticket it rates, if any
     * @param interactionPosition the interaction it rates, if any
     */
    void record(int customerPosition, SurveyType type, int score, Instant answeredAt, Optional<String> comment,
                Optional<Integer> ticketPosition, Optional<Integer> interactionPosition) {
        CustomerId customer = state.customerAt(customerPosition);
        List<InteractionId> interactions = state.model().interactionIds();
        Optional<InteractionId> interaction = interactionPosition.map(p -> p < interactions.size() ? interactions.get(p)
                : InteractionId.of(new java.util.UUID(0L, 7L)));
        boolean inRange = score >= type.min() && score <= type.max();
        Optional<ReferenceModel.Failure> failure = !inRange ? ReferenceModel.Failure.invalid()
                : state.model().feedback().recordFailure(answer(customer, type, score, answeredAt, comment,
                        ticketPosition, interaction));
        state.expect("recordFeedback", failure, () -> state.scope().feedback().record(answer(customer, type, score, answeredAt,
                comment, ticketPosition, interaction))).ifPresent(recorded -> {
                    state.assertFreshId(recorded.id().value());
                    assertThat(recorded).as("recorded answer").isEqualTo(state.model().feedback().recorded(recorded.id(),
                            answer(customer, type, score, answeredAt, comment, ticketPosition, interaction)));
                });
        if (!inRange) {
            state.outcome("recordFeedback out of range refused");
        }
    }

    private SurveyAnswer answer(CustomerId customer, SurveyType type, int score, Instant answeredAt, Optional<String> comment,
                                Optional<Integer> ticketPosition, Optional<InteractionId> interaction) {
        SurveyAnswer answer = SurveyAnswer.of(customer, type, score, answeredAt);
        answer = comment.map(answer::withComment).orElse(answer);
        if (ticketPosition.isPresent()) {
            answer = answer.about(state.tickets().ticketAt(ticketPosition.get()));
        }
        return interaction.map(answer::about).orElse(answer);
    }

    void latest(int customerPosition, SurveyType type) {
        state.record("latestFeedback");
        CustomerId customer = state.customerAt(customerPosition);
        Optional<SurveyResponse> expected = state.model().feedback().latest(customer, type);
        assertThat(state.scope().feedback().latest(customer, type)).as("feedback().latest(customer#%d, %s)", customerPosition, type)
                .isEqualTo(expected);
        long answers = state.model().feedback().byCustomer(customer).stream().filter(r -> r.answer().type() == type).count();
        if (answers > 1) {
            state.outcome("latestFeedback among several");
        }
    }

    void byCustomer(int customerPosition, int pageSize) {
        state.record("feedbackByCustomer");
        CustomerId customer = state.customerAt(customerPosition);
        List<SurveyResponse> expected = state.model().feedback().byCustomer(customer);
        state.noteTies("feedbackByCustomer", expected, r -> r.answer().answeredAt());
        state.assertPages("feedback().byCustomer(customer#" + customerPosition + ")", pageSize,
                request -> state.scope().feedback().byCustomer(customer, request), expected);
    }

    /** Every survey response reads back as the model holds it. */
    void assertStoreAgreesWithModel() {
        for (SurveyResponseId id : state.model().feedback().responseIds()) {
            assertThat(state.scope().feedback().get(id)).as("feedback().get(%s)", id)
                    .isEqualTo(state.model().feedback().response(id).orElseThrow());
        }
    }
}
