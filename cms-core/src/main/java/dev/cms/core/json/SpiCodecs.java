package dev.cms.core.json;

import static dev.cms.core.json.CommerceCodecs.PURCHASE_ID;
import static dev.cms.core.json.DomainCodecs.INTERACTION_ID;
import static dev.cms.core.json.DomainCodecs.OPPORTUNITY_ID;
import static dev.cms.core.json.DomainCodecs.TASK_ID;
import static dev.cms.core.json.DomainCodecs.TICKET_ID;
import static dev.cms.core.json.FeedbackCodecs.SURVEY_RESPONSE_ID;
import static dev.cms.core.json.Scalars.INSTANT;

import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TimelinePosition;

/** The JSON form of the SPI's keyset positions, for adapters that keep or pass positions as JSON. */
final class SpiCodecs {
    static final ObjectCodec<TimelinePosition> TIMELINE_POSITION = ObjectCodec.define(TimelinePosition.class, s -> {
        var occurredAt = s.required("occurredAt", INSTANT, TimelinePosition::occurredAt);
        var id = s.required("id", INTERACTION_ID, TimelinePosition::id);
        return v -> new TimelinePosition(v.get(occurredAt), v.get(id));
    });

    static final ObjectCodec<TaskPosition> TASK_POSITION = ObjectCodec.define(TaskPosition.class, s -> {
        var instant = s.required("instant", INSTANT, TaskPosition::instant);
        var id = s.required("id", TASK_ID, TaskPosition::id);
        return v -> new TaskPosition(v.get(instant), v.get(id));
    });

    static final ObjectCodec<OpportunityPosition> OPPORTUNITY_POSITION = ObjectCodec.define(OpportunityPosition.class, s -> {
        var createdAt = s.required("createdAt", INSTANT, OpportunityPosition::createdAt);
        var id = s.required("id", OPPORTUNITY_ID, OpportunityPosition::id);
        return v -> new OpportunityPosition(v.get(createdAt), v.get(id));
    });

    static final ObjectCodec<PurchasePosition> PURCHASE_POSITION = ObjectCodec.define(PurchasePosition.class, s -> {
        var occurredAt = s.required("occurredAt", INSTANT, PurchasePosition::occurredAt);
        var id = s.required("id", PURCHASE_ID, PurchasePosition::id);
        return v -> new PurchasePosition(v.get(occurredAt), v.get(id));
    });

    static final ObjectCodec<TicketPosition> TICKET_POSITION = ObjectCodec.define(TicketPosition.class, s -> {
        var createdAt = s.required("createdAt", INSTANT, TicketPosition::createdAt);
        var id = s.required("id", TICKET_ID, TicketPosition::id);
        return v -> new TicketPosition(v.get(createdAt), v.get(id));
    });

    static final ObjectCodec<SurveyResponsePosition> SURVEY_RESPONSE_POSITION = ObjectCodec.define(SurveyResponsePosition.class, s -> {
        var answeredAt = s.required("answeredAt", INSTANT, SurveyResponsePosition::answeredAt);
        var id = s.required("id", SURVEY_RESPONSE_ID, SurveyResponsePosition::id);
        return v -> new SurveyResponsePosition(v.get(answeredAt), v.get(id));
    });

    private SpiCodecs() {
    }
}
