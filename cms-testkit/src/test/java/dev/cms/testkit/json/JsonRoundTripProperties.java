package dev.cms.testkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cms.core.ConflictException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.AccessRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.ResourceType;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseRecorded;
import dev.cms.core.commerce.PurchaseRefunded;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.AttributeDefined;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerName;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.feedback.FeedbackRecorded;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.json.CmsJacksonModule;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityCreated;
import dev.cms.core.sales.OpportunityLost;
import dev.cms.core.sales.OpportunityStageChanged;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.OpportunityUpdated;
import dev.cms.core.sales.OpportunityWon;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineChanged;
import dev.cms.core.sales.StageKind;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TimelinePosition;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketChanged;
import dev.cms.core.support.TicketOpened;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.core.task.TaskUpdated;
import dev.cms.testkit.DomainArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every value type of the core survives {@code CmsJacksonModule}: writing then reading gives an equal value, and
 * writing what was read gives the same bytes again.
 */
class JsonRoundTripProperties {
    private static final List<String> SMALL_TYPES = List.of("CustomerId", "InteractionId", "TaskId", "OpportunityId",
            "TicketId", "UserId", "Email", "Phone", "ExternalId", "LifecycleStage", "Cursor", "PersonName",
            "OrganizationName", "EmailContact", "PhoneContact", "Address", "Affiliation", "Consent", "Principal",
            "AccessRequest", "PageRequest", "Violation", "InteractionDetails", "TaskDetails", "CustomerProfile",
            "Reason", "Action", "ResourceType", "AttributeType", "ConsentState", "ContactChannel", "CustomerKind",
            "Channel", "Direction", "Priority", "TaskStatus",
            "PipelineId", "StageId", "PurchaseId", "SurveyResponseId", "ExternalOrderId", "StageKind", "OpportunityStatus",
            "PurchaseStatus", "SalesChannel", "TicketPriority", "TicketStatus", "SlaState", "SurveyType");

    private static final List<String> FEATURE_TYPES = List.of("Stage", "StageDraft", "StageChange", "OpportunityDetails",
            "LeadConversion", "ConvertedLead", "WonDeal", "LineItem", "PurchaseDetails", "PurchaseSummary", "TicketDetails",
            "TicketStatusChange", "RoutingRule", "BusinessHours", "SlaPolicy", "SlaClock", "SlaStatus", "SurveyAnswer",
            "SurveyResponse", "OpportunityLine", "TicketLine", "TimelinePosition", "TaskPosition", "OpportunityPosition",
            "PurchasePosition", "TicketPosition", "SurveyResponsePosition");

    private static final List<String> EVENT_TYPES = List.of("CustomerCreated", "CustomerUpdated", "AttributeDefined",
            "InteractionLogged", "TaskCreated", "TaskCompleted", "TaskStatusChanged", "TaskUpdated", "OpportunityCreated",
            "OpportunityUpdated", "OpportunityStageChanged", "OpportunityWon", "OpportunityLost", "PipelineChanged",
            "PurchaseRecorded", "PurchaseRefunded", "TicketOpened", "TicketChanged", "FeedbackRecorded");

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CmsJacksonModule());

    /** Writes, reads back as {@code type}, and writes again. */
    private void assertRoundTrip(Object value, JavaType type) throws Exception {
        String json = mapper.writeValueAsString(value);
        Object read = mapper.readValue(json, type);

        assertThat(read).isEqualTo(value);
        assertThat(mapper.writeValueAsString(read)).isEqualTo(json);
    }

    private void assertRoundTrip(Object value, Class<?> type) throws Exception {
        assertRoundTrip(value, mapper.constructType(type));
    }

    @Property(tries = 300)
    void customer_roundTrips(@ForAll("customers") Customer customer) throws Exception {
        assertRoundTrip(customer, Customer.class);
    }

    @Property(tries = 300)
    void interaction_roundTrips(@ForAll("interactions") Interaction interaction) throws Exception {
        assertRoundTrip(interaction, Interaction.class);
    }

    @Property(tries = 300)
    void task_roundTrips(@ForAll("tasks") Task task) throws Exception {
        assertRoundTrip(task, Task.class);
    }

    @Property(tries = 300)
    void money_roundTripsInEveryCurrency(@ForAll("money") Money money) throws Exception {
        assertRoundTrip(money, Money.class);
    }

    @Property(tries = 300)
    void attributeDefinition_roundTrips(@ForAll("attributeDefinitions") AttributeDefinition definition) throws Exception {
        assertRoundTrip(definition, AttributeDefinition.class);
    }

    @Property(tries = 300)
    void attributeValue_roundTripsAsTheInterfaceAndAsItsOwnType(@ForAll("attributeValues") AttributeValue value) throws Exception {
        assertRoundTrip(value, AttributeValue.class);
        assertRoundTrip(value, value.getClass());
        Statistics.collect(value.type());
    }

    @Property(tries = 200)
    void customerName_roundTripsAsTheInterface(@ForAll("customerNames") CustomerName name) throws Exception {
        assertRoundTrip(name, CustomerName.class);
    }

    @Property(tries = 100)
    void pageOfCustomers_roundTripsWithItsItemType(@ForAll("pages") Page<Customer> page) throws Exception {
        assertRoundTrip(page, mapper.getTypeFactory().constructParametricType(Page.class, Customer.class));
    }

    @Property(tries = 150)
    void opportunity_roundTrips(@ForAll("opportunities") Opportunity opportunity) throws Exception {
        assertRoundTrip(opportunity, Opportunity.class);
        Statistics.collect(opportunity.status());
    }

    @Property(tries = 150)
    void pipeline_roundTrips(@ForAll("pipelines") Pipeline pipeline) throws Exception {
        assertRoundTrip(pipeline, Pipeline.class);
    }

    @Property(tries = 200)
    void purchase_roundTrips(@ForAll("purchases") Purchase purchase) throws Exception {
        assertRoundTrip(purchase, Purchase.class);
        Statistics.collect(purchase.status());
    }

    @Property(tries = 200)
    void ticket_roundTrips(@ForAll("tickets") Ticket ticket) throws Exception {
        assertRoundTrip(ticket, Ticket.class);
        Statistics.collect(ticket.status());
    }

    @Property(tries = 40)
    void customerView_roundTrips(@ForAll("customerViews") CustomerView view) throws Exception {
        assertRoundTrip(view, CustomerView.class);
    }

    @Property(tries = 300)
    void domainEvent_roundTrips(@ForAll("events") Object event) throws Exception {
        assertRoundTrip(event, event.getClass());
        Statistics.collect(event.getClass().getSimpleName());
        Statistics.coverage(coverage -> EVENT_TYPES.forEach(type -> coverage.check(type).count(n -> n > 0)));
    }

    @Property(tries = 600)
    void everyOtherFeatureValue_roundTripsAsItsOwnType(@ForAll("featureValues") Object value) throws Exception {
        assertRoundTrip(value, value.getClass());
        Statistics.collect(value.getClass().getSimpleName());
        Statistics.coverage(coverage -> FEATURE_TYPES.forEach(type -> coverage.check(type).count(n -> n > 0)));
    }

    @Property(tries = 1500)
    void everyOtherValueType_roundTripsAsItsOwnType(@ForAll("smallValues") Object value) throws Exception {
        assertRoundTrip(value, value.getClass());
        Statistics.collect(value.getClass().getSimpleName());
        Statistics.coverage(coverage -> SMALL_TYPES.forEach(type -> coverage.check(type).count(n -> n > 0)));
    }

    @Provide
    Arbitrary<Customer> customers() {
        return DomainArbitraries.customers();
    }

    @Provide
    Arbitrary<Interaction> interactions() {
        return DomainArbitraries.interactions();
    }

    @Provide
    Arbitrary<Task> tasks() {
        return DomainArbitraries.tasks();
    }

    @Provide
    Arbitrary<Money> money() {
        return DomainArbitraries.money();
    }

    @Provide
    Arbitrary<AttributeDefinition> attributeDefinitions() {
        return DomainArbitraries.attributeDefinitions();
    }

    @Provide
    Arbitrary<AttributeValue> attributeValues() {
        return DomainArbitraries.attributeValues();
    }

    @Provide
    Arbitrary<CustomerName> customerNames() {
        return DomainArbitraries.customerNames();
    }

    @Provide
    Arbitrary<Page<Customer>> pages() {
        return Combinators.combine(DomainArbitraries.customers().list().ofMaxSize(3), DomainArbitraries.cursors().optional(0.5))
                .as(Page::new);
    }

    @Provide
    Arbitrary<Opportunity> opportunities() {
        return DomainArbitraries.opportunities();
    }

    @Provide
    Arbitrary<Pipeline> pipelines() {
        return DomainArbitraries.pipelines();
    }

    @Provide
    Arbitrary<Purchase> purchases() {
        return DomainArbitraries.purchases();
    }

    @Provide
    Arbitrary<Ticket> tickets() {
        return DomainArbitraries.tickets();
    }

    @Provide
    Arbitrary<CustomerView> customerViews() {
        return DomainArbitraries.customerViews();
    }

    @Provide
    Arbitrary<Object> events() {
        var actor = DomainArbitraries.userIds();
        var at = DomainArbitraries.instants();
        var customers = DomainArbitraries.customers();
        var tasks = DomainArbitraries.tasks();
        var statuses = Arbitraries.of(TaskStatus.class);
        var deals = DomainArbitraries.opportunities();
        var purchases = DomainArbitraries.purchases();
        var tickets = DomainArbitraries.tickets();
        return Arbitraries.oneOf(List.of(
                Combinators.combine(deals, actor, at).as(OpportunityCreated::new),
                Combinators.combine(deals, deals, actor, at).as(OpportunityUpdated::new),
                Combinators.combine(deals, DomainArbitraries.stageIds(), DomainArbitraries.stageIds(), actor, at)
                        .as(OpportunityStageChanged::new),
                Combinators.combine(DomainArbitraries.wonOpportunities(), DomainArbitraries.purchaseIds().optional(0.7), actor, at)
                        .as(OpportunityWon::new),
                Combinators.combine(deals, actor, at).as(OpportunityLost::new),
                Combinators.combine(DomainArbitraries.pipelines(), actor, at).as(PipelineChanged::new),
                Combinators.combine(purchases, actor, at).as(PurchaseRecorded::new),
                Combinators.combine(purchases, DomainArbitraries.money(), actor, at).as(PurchaseRefunded::new),
                Combinators.combine(tickets, actor, at).as(TicketOpened::new),
                Combinators.combine(tickets, tickets, actor, at).as(TicketChanged::new),
                Combinators.combine(DomainArbitraries.surveyResponses(), actor, at).as(FeedbackRecorded::new),
                Combinators.combine(customers, actor, at).as(CustomerCreated::new),
                Combinators.combine(customers, customers, actor, at).as(CustomerUpdated::new),
                Combinators.combine(DomainArbitraries.attributeDefinitions(), actor, at).as(AttributeDefined::new),
                Combinators.combine(DomainArbitraries.interactions(), actor, at).as(InteractionLogged::new),
                Combinators.combine(tasks, actor, at).as(TaskCreated::new),
                Combinators.combine(tasks, actor, at).as(TaskCompleted::new),
                Combinators.combine(tasks, statuses, statuses, actor, at).as(TaskStatusChanged::new),
                Combinators.combine(tasks, tasks, actor, at).as(TaskUpdated::new)));
    }

    @Provide
    Arbitrary<Object> smallValues() {
        return Arbitraries.oneOf(List.of(
                DomainArbitraries.customerIds(), DomainArbitraries.interactionIds(), DomainArbitraries.taskIds(),
                DomainArbitraries.opportunityIds(), DomainArbitraries.ticketIds(), DomainArbitraries.userIds(),
                DomainArbitraries.emails(), DomainArbitraries.phones(), DomainArbitraries.externalIds(),
                DomainArbitraries.lifecycleStages(), DomainArbitraries.cursors(), DomainArbitraries.personNames(),
                DomainArbitraries.organizationNames(), DomainArbitraries.emailContacts(), DomainArbitraries.phoneContacts(),
                DomainArbitraries.addresses(), DomainArbitraries.affiliations(DomainArbitraries.customerIds()),
                DomainArbitraries.consents(), DomainArbitraries.principals(),
                Combinators.combine(DomainArbitraries.principals(), Arbitraries.of(Action.class),
                        Arbitraries.of(ResourceType.class), DomainArbitraries.customerIds().optional(0.5)).as(AccessRequest::new),
                Combinators.combine(DomainArbitraries.cursors().optional(0.5), Arbitraries.integers().between(1, PageRequest.MAX_SIZE))
                        .as(PageRequest::new),
                DomainArbitraries.violations(), DomainArbitraries.interactionDetails(), DomainArbitraries.taskDetails(),
                DomainArbitraries.customerProfiles(),
                Arbitraries.of(ConflictException.Reason.class), Arbitraries.of(Action.class), Arbitraries.of(ResourceType.class),
                Arbitraries.of(AttributeType.class), Arbitraries.of(ConsentState.class), Arbitraries.of(ContactChannel.class),
                Arbitraries.of(CustomerKind.class), Arbitraries.of(Channel.class), Arbitraries.of(Direction.class),
                Arbitraries.of(Priority.class), Arbitraries.of(TaskStatus.class),
                DomainArbitraries.pipelineIds(), DomainArbitraries.stageIds(), DomainArbitraries.purchaseIds(),
                DomainArbitraries.surveyResponseIds(), DomainArbitraries.externalOrderIds(), Arbitraries.of(StageKind.class),
                Arbitraries.of(OpportunityStatus.class), Arbitraries.of(PurchaseStatus.class), Arbitraries.of(SalesChannel.class),
                Arbitraries.of(TicketPriority.class), Arbitraries.of(TicketStatus.class), Arbitraries.of(SlaState.class),
                Arbitraries.of(SurveyType.class)));
    }

    @Provide
    Arbitrary<Object> featureValues() {
        var at = DomainArbitraries.instants();
        return Arbitraries.oneOf(List.of(
                DomainArbitraries.stages(), DomainArbitraries.stageDrafts(), DomainArbitraries.stageChanges(),
                DomainArbitraries.opportunityDetails(), DomainArbitraries.leadConversions(), DomainArbitraries.convertedLeads(),
                DomainArbitraries.wonDeals(), DomainArbitraries.currencies().flatMap(DomainArbitraries::lineItems),
                DomainArbitraries.purchaseDetails(), DomainArbitraries.purchaseSummaries(), DomainArbitraries.ticketDetails(),
                DomainArbitraries.ticketStatusChanges(), DomainArbitraries.routingRules(), DomainArbitraries.businessHours(),
                DomainArbitraries.slaPolicies(), DomainArbitraries.slaClocks(), DomainArbitraries.slaStatuses(),
                DomainArbitraries.surveyAnswers(), DomainArbitraries.surveyResponses(), DomainArbitraries.opportunityLines(),
                DomainArbitraries.ticketLines(),
                Combinators.combine(at, DomainArbitraries.interactionIds()).as(TimelinePosition::new),
                Combinators.combine(at, DomainArbitraries.taskIds()).as(TaskPosition::new),
                Combinators.combine(at, DomainArbitraries.opportunityIds()).as(OpportunityPosition::new),
                Combinators.combine(at, DomainArbitraries.purchaseIds()).as(PurchasePosition::new),
                Combinators.combine(at, DomainArbitraries.ticketIds()).as(TicketPosition::new),
                Combinators.combine(at, DomainArbitraries.surveyResponseIds()).as(SurveyResponsePosition::new)));
    }
}

