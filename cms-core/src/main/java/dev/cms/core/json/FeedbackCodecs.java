package dev.cms.core.json;

import static dev.cms.core.json.DomainCodecs.CUSTOMER_ID;
import static dev.cms.core.json.DomainCodecs.INTERACTION_ID;
import static dev.cms.core.json.DomainCodecs.TICKET_ID;
import static dev.cms.core.json.DomainCodecs.USER_ID;
import static dev.cms.core.json.DomainCodecs.UUID_EXAMPLE;
import static dev.cms.core.json.Scalars.INSTANT;
import static dev.cms.core.json.Scalars.INT;
import static dev.cms.core.json.Scalars.STRING;
import static dev.cms.core.json.Scalars.enumeration;
import static dev.cms.core.json.Scalars.text;

import dev.cms.core.feedback.FeedbackRecorded;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;

/** The JSON form of the feedback package: survey answers, stored responses and their event. */
final class FeedbackCodecs {
    static final Codec<SurveyResponseId> SURVEY_RESPONSE_ID = text(SurveyResponseId.class, SurveyResponseId::toString,
            SurveyResponseId::parse, UUID_EXAMPLE);
    static final Codec<SurveyType> SURVEY_TYPE = enumeration(SurveyType.class);

    static final ObjectCodec<SurveyAnswer> SURVEY_ANSWER = ObjectCodec.define(SurveyAnswer.class, s -> {
        var customer = s.required("customer", CUSTOMER_ID, SurveyAnswer::customer);
        var type = s.required("type", SURVEY_TYPE, SurveyAnswer::type);
        var score = s.required("score", INT, SurveyAnswer::score);
        var comment = s.optional("comment", STRING, SurveyAnswer::comment);
        var answeredAt = s.required("answeredAt", INSTANT, SurveyAnswer::answeredAt);
        var ticket = s.optional("ticket", TICKET_ID, SurveyAnswer::ticket);
        var interaction = s.optional("interaction", INTERACTION_ID, SurveyAnswer::interaction);
        return v -> new SurveyAnswer(v.get(customer), v.get(type), v.get(score), v.get(comment), v.get(answeredAt),
                v.get(ticket), v.get(interaction));
    });

    static final ObjectCodec<SurveyResponse> SURVEY_RESPONSE = ObjectCodec.define(SurveyResponse.class, s -> {
        var id = s.required("id", SURVEY_RESPONSE_ID, SurveyResponse::id);
        var answer = s.required("answer", SURVEY_ANSWER, SurveyResponse::answer);
        var recordedAt = s.required("recordedAt", INSTANT, SurveyResponse::recordedAt);
        return v -> new SurveyResponse(v.get(id), v.get(answer), v.get(recordedAt));
    });

    static final ObjectCodec<FeedbackRecorded> FEEDBACK_RECORDED = ObjectCodec.define(FeedbackRecorded.class, s -> {
        var response = s.required("response", SURVEY_RESPONSE, FeedbackRecorded::response);
        var actor = s.required("actor", USER_ID, FeedbackRecorded::actor);
        var occurredAt = s.required("occurredAt", INSTANT, FeedbackRecorded::occurredAt);
        return v -> new FeedbackRecorded(v.get(response), v.get(actor), v.get(occurredAt));
    });

    private FeedbackCodecs() {
    }
}
