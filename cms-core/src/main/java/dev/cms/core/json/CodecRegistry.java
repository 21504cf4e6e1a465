package dev.cms.core.json;

import static dev.cms.core.json.CommerceCodecs.*;
import static dev.cms.core.json.DomainCodecs.*;
import static dev.cms.core.json.FeedbackCodecs.*;
import static dev.cms.core.json.SalesCodecs.*;
import static dev.cms.core.json.SegmentCodecs.*;
import static dev.cms.core.json.SpiCodecs.*;
import static dev.cms.core.json.SupportCodecs.*;
import static dev.cms.core.json.ViewCodecs.*;

import dev.cms.core.ConflictException;
import dev.cms.core.Cursor;
import dev.cms.core.PageRequest;
import dev.cms.core.Violation;
import dev.cms.core.access.AccessRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseRefunded;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Affiliation;
import dev.cms.core.customer.AttributeDefined;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerName;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.feedback.FeedbackRecorded;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLinks;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.money.Money;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityLost;
import dev.cms.core.sales.OpportunityStageChanged;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.OpportunityUpdated;
import dev.cms.core.sales.OpportunityWon;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineChanged;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.sales.WonDeal;
import dev.cms.core.segment.Decay;
import dev.cms.core.segment.Explanation;
import dev.cms.core.segment.FieldDefinition;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.LeadScoringModel;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.ScoreCard;
import dev.cms.core.segment.ScoreContribution;
import dev.cms.core.segment.ScoringRule;
import dev.cms.core.segment.ScoringRun;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentDeleted;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SegmentSaved;
import dev.cms.core.segment.SpanUnit;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.segment.StaticListMembersChanged;
import dev.cms.core.segment.StaticListSaved;
import dev.cms.core.segment.ValueType;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TimelinePosition;
import dev.cms.core.support.BusinessHours;
import dev.cms.core.support.RoutingRule;
import dev.cms.core.support.SlaClock;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketChanged;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketOpened;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskLinks;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.core.task.TaskUpdated;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pairs every type with a JSON form with its codec, for the module's serializers and deserializers to look up. The
 * codecs themselves live in one holder per feature ({@link DomainCodecs}, {@link SalesCodecs}...); only this class
 * refers to all of them, so their static initialisation never runs in a cycle.
 */
final class CodecRegistry {
    private static final Map<Class<?>, Codec<?>> REGISTRY = registry();

    private CodecRegistry() {
    }

    private static Map<Class<?>, Codec<?>> registry() {
        Registry r = new Registry();
        r.put(CustomerId.class, CUSTOMER_ID);
        r.put(InteractionId.class, INTERACTION_ID);
        r.put(TaskId.class, TASK_ID);
        r.put(OpportunityId.class, OPPORTUNITY_ID);
        r.put(TicketId.class, TICKET_ID);
        r.put(UserId.class, USER_ID);
        r.put(Email.class, EMAIL);
        r.put(Phone.class, PHONE);
        r.put(ExternalId.class, EXTERNAL_ID);
        r.put(LifecycleStage.class, LIFECYCLE_STAGE);
        r.put(Cursor.class, CURSOR);
        r.put(ConflictException.Reason.class, CONFLICT_REASON);
        r.put(Action.class, ACTION);
        r.put(ResourceType.class, RESOURCE_TYPE);
        r.put(AttributeType.class, ATTRIBUTE_TYPE);
        r.put(ConsentState.class, CONSENT_STATE);
        r.put(ContactChannel.class, CONTACT_CHANNEL);
        r.put(CustomerKind.class, CUSTOMER_KIND);
        r.put(Channel.class, CHANNEL);
        r.put(Direction.class, DIRECTION);
        r.put(Priority.class, PRIORITY);
        r.put(TaskStatus.class, TASK_STATUS);
        r.put(Money.class, MONEY);
        r.put(Violation.class, VIOLATION);
        r.put(PageRequest.class, PAGE_REQUEST);
        r.put(Principal.class, PRINCIPAL);
        r.put(AccessRequest.class, ACCESS_REQUEST);
        r.put(CustomerName.class, CUSTOMER_NAME);
        r.put(PersonName.class, CUSTOMER_NAME.narrow(PersonName.class));
        r.put(OrganizationName.class, CUSTOMER_NAME.narrow(OrganizationName.class));
        r.put(EmailContact.class, EMAIL_CONTACT);
        r.put(PhoneContact.class, PHONE_CONTACT);
        r.put(Address.class, ADDRESS);
        r.put(Affiliation.class, AFFILIATION);
        r.put(Consent.class, CONSENT);
        r.put(AttributeDefinition.class, ATTRIBUTE_DEFINITION);
        r.put(AttributeValue.class, ATTRIBUTE_VALUE);
        r.put(AttributeValue.Text.class, ATTRIBUTE_VALUE.narrow(AttributeValue.Text.class));
        r.put(AttributeValue.Number.class, ATTRIBUTE_VALUE.narrow(AttributeValue.Number.class));
        r.put(AttributeValue.Bool.class, ATTRIBUTE_VALUE.narrow(AttributeValue.Bool.class));
        r.put(AttributeValue.Date.class, ATTRIBUTE_VALUE.narrow(AttributeValue.Date.class));
        r.put(AttributeValue.MoneyValue.class, ATTRIBUTE_VALUE.narrow(AttributeValue.MoneyValue.class));
        r.put(AttributeValue.Choice.class, ATTRIBUTE_VALUE.narrow(AttributeValue.Choice.class));
        r.put(CustomerProfile.class, CUSTOMER_PROFILE);
        r.put(Customer.class, CUSTOMER);
        r.put(CustomerCreated.class, CUSTOMER_CREATED);
        r.put(CustomerUpdated.class, CUSTOMER_UPDATED);
        r.put(AttributeDefined.class, ATTRIBUTE_DEFINED);
        r.put(InteractionLinks.class, INTERACTION_LINKS);
        r.put(InteractionDetails.class, INTERACTION_DETAILS);
        r.put(Interaction.class, INTERACTION);
        r.put(InteractionLogged.class, INTERACTION_LOGGED);
        r.put(TaskLinks.class, TASK_LINKS);
        r.put(TaskDetails.class, TASK_DETAILS);
        r.put(Task.class, TASK);
        r.put(TaskCreated.class, TASK_CREATED);
        r.put(TaskCompleted.class, TASK_COMPLETED);
        r.put(TaskStatusChanged.class, TASK_STATUS_CHANGED);
        r.put(TaskUpdated.class, TASK_UPDATED);
        // sales
        r.put(PipelineId.class, PIPELINE_ID);
        r.put(StageId.class, STAGE_ID);
        r.put(StageKind.class, STAGE_KIND);
        r.put(OpportunityStatus.class, OPPORTUNITY_STATUS);
        r.put(Stage.class, STAGE);
        r.put(StageDraft.class, STAGE_DRAFT);
        r.put(Pipeline.class, PIPELINE);
        r.put(StageChange.class, STAGE_CHANGE);
        r.put(OpportunityDetails.class, OPPORTUNITY_DETAILS);
        r.put(Opportunity.class, OPPORTUNITY);
        r.put(LeadConversion.class, LEAD_CONVERSION);
        r.put(ConvertedLead.class, CONVERTED_LEAD);
        r.put(WonDeal.class, WON_DEAL);
        r.put(OpportunityCreated.class, OPPORTUNITY_CREATED);
        r.put(OpportunityUpdated.class, OPPORTUNITY_UPDATED);
        r.put(OpportunityStageChanged.class, OPPORTUNITY_STAGE_CHANGED);
        r.put(OpportunityWon.class, OPPORTUNITY_WON);
        r.put(OpportunityLost.class, OPPORTUNITY_LOST);
        r.put(PipelineChanged.class, PIPELINE_CHANGED);
        // commerce
        r.put(PurchaseId.class, PURCHASE_ID);
        r.put(ExternalOrderId.class, EXTERNAL_ORDER_ID);
        r.put(SalesChannel.class, SALES_CHANNEL);
        r.put(PurchaseStatus.class, PURCHASE_STATUS);
        r.put(LineItem.class, LINE_ITEM);
        r.put(PurchaseDetails.class, PURCHASE_DETAILS);
        r.put(Purchase.class, PURCHASE);
        r.put(PurchaseSummary.class, PURCHASE_SUMMARY);
        r.put(PurchaseRecorded.class, PURCHASE_RECORDED);
        r.put(PurchaseRefunded.class, PURCHASE_REFUNDED);
        // support
        r.put(TicketPriority.class, TICKET_PRIORITY);
        r.put(TicketStatus.class, TICKET_STATUS);
        r.put(SlaState.class, SLA_STATE);
        r.put(TicketDetails.class, TICKET_DETAILS);
        r.put(TicketStatusChange.class, TICKET_STATUS_CHANGE);
        r.put(Ticket.class, TICKET);
        r.put(RoutingRule.class, ROUTING_RULE);
        r.put(BusinessHours.class, BUSINESS_HOURS);
        r.put(SlaPolicy.class, SLA_POLICY);
        r.put(SlaClock.class, SLA_CLOCK);
        r.put(SlaStatus.class, SLA_STATUS);
        r.put(TicketOpened.class, TICKET_OPENED);
        r.put(TicketChanged.class, TICKET_CHANGED);
        // feedback
        r.put(SurveyResponseId.class, SURVEY_RESPONSE_ID);
        r.put(SurveyType.class, SURVEY_TYPE);
        r.put(SurveyAnswer.class, SURVEY_ANSWER);
        r.put(SurveyResponse.class, SURVEY_RESPONSE);
        r.put(FeedbackRecorded.class, FEEDBACK_RECORDED);
        // the 360 view
        r.put(CustomerView.OpportunityLine.class, OPPORTUNITY_LINE);
        r.put(CustomerView.TicketLine.class, TICKET_LINE);
        r.put(CustomerView.class, CUSTOMER_VIEW);
        // SPI keyset positions
        r.put(TimelinePosition.class, TIMELINE_POSITION);
        r.put(TaskPosition.class, TASK_POSITION);
        r.put(OpportunityPosition.class, OPPORTUNITY_POSITION);
        r.put(PurchasePosition.class, PURCHASE_POSITION);
        r.put(TicketPosition.class, TICKET_POSITION);
        r.put(SurveyResponsePosition.class, SURVEY_RESPONSE_POSITION);
        // segmentation
        r.put(SegmentId.class, SEGMENT_ID);
        r.put(StaticListId.class, STATIC_LIST_ID);
        r.put(Operator.class, OPERATOR);
        r.put(Operator.Arity.class, ARITY);
        r.put(MetricKind.class, METRIC_KIND);
        r.put(SpanUnit.class, SPAN_UNIT);
        r.put(ValueType.class, VALUE_TYPE);
        r.put(Rule.class, RULE);
        r.put(Rule.All.class, ALL);
        r.put(Rule.Any.class, ANY);
        r.put(Rule.Not.class, NOT);
        r.put(Rule.FieldCondition.class, FIELD_CONDITION);
        r.put(Rule.MetricCondition.class, METRIC_CONDITION);
        r.put(Rule.InList.class, IN_LIST);
        r.put(Rule.InSegment.class, IN_SEGMENT);
        r.put(RuleValue.class, RULE_VALUE);
        r.put(RuleValue.Text.class, TEXT_VALUE);
        r.put(RuleValue.Number.class, NUMBER_VALUE);
        r.put(RuleValue.Bool.class, BOOL_VALUE);
        r.put(RuleValue.Date.class, DATE_VALUE);
        r.put(RuleValue.Span.class, SPAN_VALUE);
        r.put(RuleValue.Amount.class, AMOUNT_VALUE);
        r.put(Metric.class, METRIC);
        r.put(SegmentDefinition.class, SEGMENT_DEFINITION);
        r.put(Segment.class, SEGMENT);
        r.put(StaticList.class, STATIC_LIST);
        r.put(Explanation.class, EXPLANATION);
        r.put(FieldDefinition.class, FIELD_DEFINITION);
        r.put(LeadScore.class, LEAD_SCORE);
        r.put(RuleContext.class, RULE_CONTEXT);
        r.put(RuleContext.DateRange.class, DATE_RANGE);
        r.put(SegmentSaved.class, SEGMENT_SAVED);
        r.put(SegmentDeleted.class, SEGMENT_DELETED);
        r.put(StaticListSaved.class, STATIC_LIST_SAVED);
        r.put(StaticListMembersChanged.class, STATIC_LIST_MEMBERS_CHANGED);
        r.put(Decay.class, DECAY);
        r.put(ScoringRule.class, SCORING_RULE);
        r.put(LeadScoringModel.class, LEAD_SCORING_MODEL);
        r.put(ScoreContribution.class, SCORE_CONTRIBUTION);
        r.put(ScoreCard.class, SCORE_CARD);
        r.put(ScoringRun.class, SCORING_RUN);
        return Collections.unmodifiableMap(r.codecs);
    }

    /** @return every type with a JSON form (the generic {@code Page} is handled by the module itself) */
    static Iterable<Class<?>> types() {
        return REGISTRY.keySet();
    }

    /**
     * @param type a type returned by {@link #types()}
     * @param <T>  the type
     * @return its codec
     * @throws IllegalArgumentException if the type has none
     */
    @SuppressWarnings("unchecked") // Registry.put only pairs a Class<T> with a Codec<T>
    static <T> Codec<T> codec(Class<T> type) {
        Codec<?> codec = REGISTRY.get(type);
        if (codec == null) {
            throw new IllegalArgumentException("no JSON codec for " + type.getName());
        }
        return (Codec<T>) codec;
    }

    /** Pairs each type with its own codec. */
    private static final class Registry {
        private final Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();

        <T> void put(Class<T> type, Codec<T> codec) {
            if (codecs.putIfAbsent(type, codec) != null) {
                throw new IllegalStateException("codec registered twice for " + type.getName());
            }
        }
    }
}
