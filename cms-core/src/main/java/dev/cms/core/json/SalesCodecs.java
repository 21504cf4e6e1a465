package dev.cms.core.json;

import static dev.cms.core.json.CommerceCodecs.LINE_ITEM;
import static dev.cms.core.json.CommerceCodecs.PURCHASE;
import static dev.cms.core.json.CommerceCodecs.PURCHASE_ID;
import static dev.cms.core.json.DomainCodecs.CUSTOMER;
import static dev.cms.core.json.DomainCodecs.CUSTOMER_ID;
import static dev.cms.core.json.DomainCodecs.CUSTOMER_PROFILE;
import static dev.cms.core.json.DomainCodecs.LIFECYCLE_STAGE;
import static dev.cms.core.json.DomainCodecs.MONEY;
import static dev.cms.core.json.DomainCodecs.OPPORTUNITY_ID;
import static dev.cms.core.json.DomainCodecs.TASK;
import static dev.cms.core.json.DomainCodecs.TASK_DETAILS;
import static dev.cms.core.json.DomainCodecs.USER_ID;
import static dev.cms.core.json.DomainCodecs.UUID_EXAMPLE;
import static dev.cms.core.json.Scalars.INSTANT;
import static dev.cms.core.json.Scalars.INT;
import static dev.cms.core.json.Scalars.LOCAL_DATE;
import static dev.cms.core.json.Scalars.LONG;
import static dev.cms.core.json.Scalars.STRING;
import static dev.cms.core.json.Scalars.enumeration;
import static dev.cms.core.json.Scalars.text;

import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityDetails;
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

/** The JSON form of the sales package: pipelines, their stages, deals, lead conversion and the sales events. */
final class SalesCodecs {
    static final Codec<PipelineId> PIPELINE_ID = text(PipelineId.class, PipelineId::toString, PipelineId::parse, UUID_EXAMPLE);
    static final Codec<StageId> STAGE_ID = text(StageId.class, StageId::toString, StageId::parse, UUID_EXAMPLE);
    static final Codec<StageKind> STAGE_KIND = enumeration(StageKind.class);
    static final Codec<OpportunityStatus> OPPORTUNITY_STATUS = enumeration(OpportunityStatus.class);

    static final ObjectCodec<Stage> STAGE = ObjectCodec.define(Stage.class, s -> {
        var id = s.required("id", STAGE_ID, Stage::id);
        var name = s.required("name", STRING, Stage::name);
        var probability = s.required("probability", INT, Stage::probability);
        var kind = s.required("kind", STAGE_KIND, Stage::kind);
        return v -> new Stage(v.get(id), v.get(name), v.get(probability), v.get(kind));
    });

    static final ObjectCodec<StageDraft> STAGE_DRAFT = ObjectCodec.define(StageDraft.class, s -> {
        var name = s.required("name", STRING, StageDraft::name);
        var probability = s.required("probability", INT, StageDraft::probability);
        var kind = s.required("kind", STAGE_KIND, StageDraft::kind);
        return v -> new StageDraft(v.get(name), v.get(probability), v.get(kind));
    });

    static final ObjectCodec<Pipeline> PIPELINE = ObjectCodec.define(Pipeline.class, s -> {
        var id = s.required("id", PIPELINE_ID, Pipeline::id);
        var name = s.required("name", STRING, Pipeline::name);
        var stages = s.list("stages", STAGE, Pipeline::stages);
        var defaultPipeline = s.flag("defaultPipeline", Pipeline::defaultPipeline);
        var createdAt = s.required("createdAt", INSTANT, Pipeline::createdAt);
        var updatedAt = s.required("updatedAt", INSTANT, Pipeline::updatedAt);
        var version = s.required("version", LONG, Pipeline::version);
        return v -> new Pipeline(v.get(id), v.get(name), v.get(stages), v.get(defaultPipeline), v.get(createdAt),
                v.get(updatedAt), v.get(version));
    });

    static final ObjectCodec<StageChange> STAGE_CHANGE = ObjectCodec.define(StageChange.class, s -> {
        var from = s.optional("from", STAGE_ID, StageChange::from);
        var to = s.required("to", STAGE_ID, StageChange::to);
        var at = s.required("at", INSTANT, StageChange::at);
        var by = s.required("by", USER_ID, StageChange::by);
        return v -> new StageChange(v.get(from), v.get(to), v.get(at), v.get(by));
    });

    static final ObjectCodec<OpportunityDetails> OPPORTUNITY_DETAILS = ObjectCodec.define(OpportunityDetails.class, s -> {
        var customer = s.required("customer", CUSTOMER_ID, OpportunityDetails::customer);
        var name = s.required("name", STRING, OpportunityDetails::name);
        var amount = s.required("amount", MONEY, OpportunityDetails::amount);
        var expectedClose = s.optional("expectedClose", LOCAL_DATE, OpportunityDetails::expectedClose);
        var probability = s.optional("probability", INT, OpportunityDetails::probability);
        var owner = s.optional("owner", USER_ID, OpportunityDetails::owner);
        var source = s.optional("source", STRING, OpportunityDetails::source);
        var lineItems = s.list("lineItems", LINE_ITEM, OpportunityDetails::lineItems);
        return v -> new OpportunityDetails(v.get(customer), v.get(name), v.get(amount), v.get(expectedClose),
                v.get(probability), v.get(owner), v.get(source), v.get(lineItems));
    });

    static final ObjectCodec<Opportunity> OPPORTUNITY = ObjectCodec.define(Opportunity.class, s -> {
        var id = s.required("id", OPPORTUNITY_ID, Opportunity::id);
        var details = s.required("details", OPPORTUNITY_DETAILS, Opportunity::details);
        var pipeline = s.required("pipeline", PIPELINE_ID, Opportunity::pipeline);
        var stage = s.required("stage", STAGE_ID, Opportunity::stage);
        var status = s.required("status", OPPORTUNITY_STATUS, Opportunity::status);
        var lostReason = s.optional("lostReason", STRING, Opportunity::lostReason);
        var closedAt = s.optional("closedAt", INSTANT, Opportunity::closedAt);
        var history = s.list("history", STAGE_CHANGE, Opportunity::history);
        var createdAt = s.required("createdAt", INSTANT, Opportunity::createdAt);
        var updatedAt = s.required("updatedAt", INSTANT, Opportunity::updatedAt);
        var version = s.required("version", LONG, Opportunity::version);
        return v -> new Opportunity(v.get(id), v.get(details), v.get(pipeline), v.get(stage), v.get(status),
                v.get(lostReason), v.get(closedAt), v.get(history), v.get(createdAt), v.get(updatedAt), v.get(version));
    });

    static final ObjectCodec<LeadConversion> LEAD_CONVERSION = ObjectCodec.define(LeadConversion.class, s -> {
        var targetStage = s.required("targetStage", LIFECYCLE_STAGE, LeadConversion::targetStage);
        var newOrganization = s.optional("newOrganization", CUSTOMER_PROFILE, LeadConversion::newOrganization);
        var existingOrganization = s.optional("existingOrganization", CUSTOMER_ID, LeadConversion::existingOrganization);
        var jobTitle = s.optional("jobTitle", STRING, LeadConversion::jobTitle);
        var dealName = s.optional("dealName", STRING, LeadConversion::dealName);
        var dealAmount = s.optional("dealAmount", MONEY, LeadConversion::dealAmount);
        var dealExpectedClose = s.optional("dealExpectedClose", LOCAL_DATE, LeadConversion::dealExpectedClose);
        var followUp = s.optional("followUp", TASK_DETAILS, LeadConversion::followUp);
        return v -> new LeadConversion(v.get(targetStage), v.get(newOrganization), v.get(existingOrganization),
                v.get(jobTitle), v.get(dealName), v.get(dealAmount), v.get(dealExpectedClose), v.get(followUp));
    });

    static final ObjectCodec<ConvertedLead> CONVERTED_LEAD = ObjectCodec.define(ConvertedLead.class, s -> {
        var customer = s.required("customer", CUSTOMER, ConvertedLead::customer);
        var organization = s.optional("organization", CUSTOMER, ConvertedLead::organization);
        var opportunity = s.optional("opportunity", OPPORTUNITY, ConvertedLead::opportunity);
        var followUp = s.optional("followUp", TASK, ConvertedLead::followUp);
        return v -> new ConvertedLead(v.get(customer), v.get(organization), v.get(opportunity), v.get(followUp));
    });

    static final ObjectCodec<WonDeal> WON_DEAL = ObjectCodec.define(WonDeal.class, s -> {
        var opportunity = s.required("opportunity", OPPORTUNITY, WonDeal::opportunity);
        var purchase = s.required("purchase", PURCHASE, WonDeal::purchase);
        return v -> new WonDeal(v.get(opportunity), v.get(purchase));
    });

    static final ObjectCodec<OpportunityCreated> OPPORTUNITY_CREATED = ObjectCodec.define(OpportunityCreated.class, s -> {
        var opportunity = s.required("opportunity", OPPORTUNITY, OpportunityCreated::opportunity);
        var actor = s.required("actor", USER_ID, OpportunityCreated::actor);
        var occurredAt = s.required("occurredAt", INSTANT, OpportunityCreated::occurredAt);
        return v -> new OpportunityCreated(v.get(opportunity), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<OpportunityUpdated> OPPORTUNITY_UPDATED = ObjectCodec.define(OpportunityUpdated.class, s -> {
        var before = s.required("before", OPPORTUNITY, OpportunityUpdated::before);
        var after = s.required("after", OPPORTUNITY, OpportunityUpdated::after);
        var actor = s.required("actor", USER_ID, OpportunityUpdated::actor);
        var occurredAt = s.required("occurredAt", INSTANT, OpportunityUpdated::occurredAt);
        return v -> new OpportunityUpdated(v.get(before), v.get(after), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<OpportunityStageChanged> OPPORTUNITY_STAGE_CHANGED = ObjectCodec.define(OpportunityStageChanged.class, s -> {
        var opportunity = s.required("opportunity", OPPORTUNITY, OpportunityStageChanged::opportunity);
        var from = s.required("from", STAGE_ID, OpportunityStageChanged::from);
        var to = s.required("to", STAGE_ID, OpportunityStageChanged::to);
        var actor = s.required("actor", USER_ID, OpportunityStageChanged::actor);
        var occurredAt = s.required("occurredAt", INSTANT, OpportunityStageChanged::occurredAt);
        return v -> new OpportunityStageChanged(v.get(opportunity), v.get(from), v.get(to), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<OpportunityWon> OPPORTUNITY_WON = ObjectCodec.define(OpportunityWon.class, s -> {
        var opportunity = s.required("opportunity", OPPORTUNITY, OpportunityWon::opportunity);
        var purchase = s.optional("purchase", PURCHASE_ID, OpportunityWon::purchase);
        var actor = s.required("actor", USER_ID, OpportunityWon::actor);
        var occurredAt = s.required("occurredAt", INSTANT, OpportunityWon::occurredAt);
        return v -> new OpportunityWon(v.get(opportunity), v.get(purchase), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<OpportunityLost> OPPORTUNITY_LOST = ObjectCodec.define(OpportunityLost.class, s -> {
        var opportunity = s.required("opportunity", OPPORTUNITY, OpportunityLost::opportunity);
        var actor = s.required("actor", USER_ID, OpportunityLost::actor);
        var occurredAt = s.required("occurredAt", INSTANT, OpportunityLost::occurredAt);
        return v -> new OpportunityLost(v.get(opportunity), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<PipelineChanged> PIPELINE_CHANGED = ObjectCodec.define(PipelineChanged.class, s -> {
        var pipeline = s.required("pipeline", PIPELINE, PipelineChanged::pipeline);
        var actor = s.required("actor", USER_ID, PipelineChanged::actor);
        var occurredAt = s.required("occurredAt", INSTANT, PipelineChanged::occurredAt);
        return v -> new PipelineChanged(v.get(pipeline), v.get(actor), v.get(occurredAt));
    });

    private SalesCodecs() {
    }
}
