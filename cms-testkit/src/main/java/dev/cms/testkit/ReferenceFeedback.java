package dev.cms.testkit;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.FeedbackRecorded;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The feedback part of the {@link ReferenceModel}, written from the Javadoc of {@link dev.cms.core.feedback.FeedbackService}. */
final class ReferenceFeedback {
    private final ReferenceModel model;
    private final Map<SurveyResponseId, SurveyResponse> responses = new LinkedHashMap<>();

    ReferenceFeedback(ReferenceModel model) {
        this.model = model;
    }

    /** @return the ids of the responses in the order they were recorded */
    List<SurveyResponseId> responseIds() {
        return List.copyOf(responses.keySet());
    }

    Optional<SurveyResponse> response(SurveyResponseId id) {
        return Optional.ofNullable(responses.get(id));
    }

    /** An answer needs a known customer (checked first); a linked ticket or interaction must be that customer's. */
    Optional<ReferenceModel.Failure> recordFailure(SurveyAnswer answer) {
        if (model.customer(answer.customer()).isEmpty()) {
            return ReferenceModel.Failure.notFound();
        }
        boolean foreignTicket = answer.ticket().filter(t -> !model.tickets().belongsTo(t, answer.customer())).isPresent();
        boolean foreignInteraction = answer.interaction()
                .filter(i -> !model.interaction(i).filter(x -> x.customer().equals(answer.customer())).isPresent())
                .isPresent();
        return foreignTicket || foreignInteraction ? ReferenceModel.Failure.invalid() : Optional.empty();
    }

    SurveyResponse recorded(SurveyResponseId id, SurveyAnswer answer) {
        SurveyResponse response = new SurveyResponse(id, answer, model.now());
        responses.put(id, response);
        model.publish(new FeedbackRecorded(response, model.actor(), model.now()));
        return response;
    }

    /** @return the customer's responses, most recently answered first, ties by id descending */
    List<SurveyResponse> byCustomer(CustomerId customer) {
        return responses.values().stream().filter(r -> r.answer().customer().equals(customer))
                .sorted(Comparator.comparing((SurveyResponse r) -> r.answer().answeredAt())
                        .thenComparing(r -> r.id().value(), ReferenceModel.UNSIGNED).reversed())
                .toList();
    }

    /** @return the first of the customer's responses to the survey in the order of {@link #byCustomer} */
    Optional<SurveyResponse> latest(CustomerId customer, SurveyType type) {
        return byCustomer(customer).stream().filter(r -> r.answer().type() == type).findFirst();
    }

    @Override
    public String toString() {
        return responses.size() + " survey responses";
    }
}
