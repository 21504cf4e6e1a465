package dev.cms.testkit;

import static dev.cms.core.access.Action.READ;
import static dev.cms.core.access.Action.WRITE;
import static dev.cms.core.access.ResourceType.ATTRIBUTE_DEFINITION;
import static dev.cms.core.access.ResourceType.CUSTOMER;
import static dev.cms.core.access.ResourceType.INTERACTION;
import static dev.cms.core.access.ResourceType.TASK;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.CmsScope;
import dev.cms.core.PageRequest;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.AccessRequest;
import dev.cms.core.access.Action;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What the {@link AccessPolicy} hook promises: every service method asks the policy first, with the right action,
 * resource type and (where the caller names one) customer, and a refusal leaves the store untouched.
 */
public abstract class AccessPolicyContract extends CmsContractSupport {
    private static final UserId BOB = UserId.of("bob");

    private Customer acme;
    private Customer ada;
    private Task openTask;
    private Task doneTask;
    private Interaction call;
    private Pipeline sales;
    private Opportunity openDeal;
    private Opportunity wonDeal;
    private Purchase purchase;
    private Ticket openTicket;
    private Ticket resolvedTicket;
    private SurveyResponse nps;
    private final List<AccessRequest> requests = new CopyOnWriteArrayList<>();
    private CmsScope carol;

    /** For subclasses. */
    protected AccessPolicyContract() {
    }

    @BeforeEach
    void createData() {
        alice.customers().defineAttribute(AttributeDefinition.of("score", "Score", AttributeType.NUMBER));
        acme = alice.customers().create(alice.customers().organization("Acme GmbH").build());
        ada = alice.customers().create(alice.customers().person("Ada", "Lovelace")
                .email("ada@example.com").externalId("erp-ada").worksAt(acme.id(), "CTO").build());
        openTask = alice.tasks().create(TaskDetails.titled("Call Ada").about(ada.id()).assignedTo(BOB).dueAt(START));
        doneTask = alice.tasks().complete(alice.tasks().create(TaskDetails.titled("Done").about(ada.id()).dueAt(START)));
        call = alice.interactions().log(ada.id(), InteractionDetails.of(Channel.CALL, Direction.INBOUND, START));
        openDeal = alice.opportunities().create(OpportunityDetails.of(ada.id(), "Seats", Money.of("100.00", "EUR")));
        sales = alice.pipelines().defaultPipeline();
        wonDeal = alice.opportunities().win(alice.opportunities().create(OpportunityDetails.of(ada.id(), "Won",
                Money.of("50.00", "EUR"))).id(), 0);
        purchase = alice.purchases().record(PurchaseDetails.of(ada.id(), START, Money.of("30.00", "EUR")).withExternalOrderId("shop-1"));
        openTicket = alice.tickets().open(TicketDetails.of(ada.id(), "Cannot log in"));
        resolvedTicket = alice.tickets().moveTo(alice.tickets().open(TicketDetails.of(ada.id(), "Solved")).id(), 0, TicketStatus.RESOLVED);
        nps = alice.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.NPS, 9, START).about(openTicket.id()));
        requests.clear();
        carol = cmsWith(request -> {
            requests.add(request);
            return true;
        }).as(Principal.of("carol", "sales"));
        events.clear();
    }

    /** Everything a reader can observe, to prove a refused write changed nothing. */
    private record Snapshot(List<Customer> customers, List<AttributeDefinition> definitions, List<Task> tasks,
                            List<Interaction> timeline, List<Pipeline> pipelines, List<Opportunity> deals,
                            List<Purchase> purchases, List<Ticket> tickets, List<SurveyResponse> feedback) {
    }

    private Snapshot snapshot() {
        return new Snapshot(alice.customers().list(PageRequest.first(100)).items(),
                alice.customers().attributeDefinitions(),
                alice.tasks().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.interactions().timeline(ada.id(), PageRequest.first(100)).items(),
                alice.pipelines().list(),
                alice.opportunities().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.purchases().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.tickets().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.feedback().byCustomer(ada.id(), PageRequest.first(100)).items());
    }

    // ---- read-only policy ----------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> readOnly_refusesEveryWriteMethod_andWritesNothing() {
        CmsScope bob = cmsWith(AccessPolicy.readOnly()).as(Principal.of("bob"));
        Snapshot before = snapshot();
        Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
        writes.put("customers().create", () -> bob.customers().create(bob.customers().person("Eve", "Evil").build()));
        writes.put("customers().update(id, version, profile)", () -> bob.customers().update(ada.id(), ada.version(),
                ada.profile().toBuilder().tag("x").build()));
        writes.put("customers().update(customer, change)", () -> bob.customers().update(ada, b -> b.tag("x")));
        writes.put("customers().upsertByExternalId (existing)", () -> bob.customers().upsertByExternalId(
                ada.profile().toBuilder().tag("x").build()));
        writes.put("customers().upsertByExternalId (new)", () -> bob.customers().upsertByExternalId(
                bob.customers().person("Eve", "Evil").externalId("erp-eve").build()));
        writes.put("customers().defineAttribute", () -> bob.customers().defineAttribute(
                AttributeDefinition.of("mood", "Mood", AttributeType.TEXT)));
        writes.put("interactions().log", () -> bob.interactions().log(ada.id(),
                InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START)));
        writes.put("tasks().create", () -> bob.tasks().create(TaskDetails.titled("Sneaky")));
        writes.put("tasks().update", () -> bob.tasks().update(openTask.id(), openTask.version(),
                openTask.details().withDescription("changed")));
        writes.put("tasks().moveTo", () -> bob.tasks().moveTo(openTask.id(), openTask.version(), TaskStatus.DONE));
        writes.put("tasks().start", () -> bob.tasks().start(openTask));
        writes.put("tasks().complete", () -> bob.tasks().complete(openTask));
        writes.put("tasks().cancel", () -> bob.tasks().cancel(openTask));
        writes.put("tasks().reopen", () -> bob.tasks().reopen(doneTask));
        StageId proposal = stage("Proposal");
        writes.put("pipelines().create", () -> bob.pipelines().create("Renewals", List.of(StageDraft.open("Contact", 10),
                StageDraft.won("Renewed"), StageDraft.lost("Cancelled"))));
        writes.put("pipelines().rename", () -> bob.pipelines().rename(sales.id(), sales.version(), "Sneaky"));
        writes.put("pipelines().addStage", () -> bob.pipelines().addStage(sales.id(), sales.version(), StageDraft.open("Sneaky", 5), 0));
        writes.put("pipelines().renameStage", () -> bob.pipelines().renameStage(sales.id(), sales.version(), proposal, "Sneaky"));
        writes.put("pipelines().setStageProbability", () -> bob.pipelines().setStageProbability(sales.id(), sales.version(), proposal, 1));
        List<StageId> reversed = new ArrayList<>(sales.openStages().stream().map(Stage::id).toList());
        Collections.reverse(reversed);
        writes.put("pipelines().reorderStages", () -> bob.pipelines().reorderStages(sales.id(), sales.version(), reversed));
        writes.put("pipelines().removeStage", () -> bob.pipelines().removeStage(sales.id(), sales.version(), proposal, Optional.empty()));
        writes.put("opportunities().create", () -> bob.opportunities().create(OpportunityDetails.of(ada.id(), "Sneaky",
                Money.of("1.00", "EUR"))));
        writes.put("opportunities().create(details, pipeline, stage)", () -> bob.opportunities().create(
                OpportunityDetails.of(ada.id(), "Sneaky", Money.of("1.00", "EUR")), sales.id(), proposal));
        writes.put("opportunities().update", () -> bob.opportunities().update(openDeal.id(), openDeal.version(),
                openDeal.details().withProbability(99)));
        writes.put("opportunities().moveToStage", () -> bob.opportunities().moveToStage(openDeal.id(), openDeal.version(), proposal));
        writes.put("opportunities().win", () -> bob.opportunities().win(openDeal.id(), openDeal.version()));
        writes.put("opportunities().winAndRecordPurchase", () -> bob.opportunities().winAndRecordPurchase(openDeal.id(),
                openDeal.version()));
        writes.put("opportunities().lose", () -> bob.opportunities().lose(openDeal.id(), openDeal.version(), "sneaky"));
        writes.put("opportunities().reopen", () -> bob.opportunities().reopen(wonDeal.id(), wonDeal.version(), proposal));
        writes.put("opportunities().convertLead", () -> bob.opportunities().convertLead(ada.id(),
                LeadConversion.toStage(LifecycleStage.CUSTOMER).withDeal("Sneaky", Money.of("1.00", "EUR"), LocalDate.of(2026, 2, 1))));
        writes.put("purchases().record", () -> bob.purchases().record(PurchaseDetails.of(ada.id(), START, Money.of("1.00", "EUR"))));
        writes.put("purchases().recordOnce", () -> bob.purchases().recordOnce(PurchaseDetails.of(ada.id(), START,
                Money.of("1.00", "EUR")).withExternalOrderId("shop-2")));
        writes.put("purchases().refund", () -> bob.purchases().refund(purchase.id(), purchase.version(), Money.of("1.00", "EUR")));
        writes.put("tickets().open", () -> bob.tickets().open(TicketDetails.of(ada.id(), "Sneaky")));
        writes.put("tickets().update", () -> bob.tickets().update(openTicket.id(), openTicket.version(),
                openTicket.details().withDescription("sneaky")));
        writes.put("tickets().moveTo", () -> bob.tickets().moveTo(openTicket.id(), openTicket.version(), TicketStatus.OPEN));
        writes.put("tickets().reopen", () -> bob.tickets().reopen(resolvedTicket.id(), resolvedTicket.version(), "sneaky"));
        writes.put("tickets().assign", () -> bob.tickets().assign(openTicket.id(), openTicket.version(), Optional.of(BOB)));
        writes.put("interactions().log (an outbound answer to a ticket)", () -> bob.interactions().log(ada.id(),
                InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, START).about(openTicket.id())));
        writes.put("feedback().record", () -> bob.feedback().record(SurveyAnswer.of(ada.id(), SurveyType.CSAT, 5, START)));
        return writes.entrySet().stream().map(write -> dynamicTest(write.getKey() + " is denied and writes nothing", () -> {
            AccessDeniedException denied = assertFails(AccessDeniedException.class, write.getValue());
            assertThat(denied.request().principal().userId()).isEqualTo(BOB);
            assertThat(denied.request().action()).isEqualTo(WRITE);
            assertThat(snapshot()).isEqualTo(before);
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void readOnly_stillAllowsEveryReadMethod() {
        CmsScope bob = cmsWith(AccessPolicy.readOnly()).as(Principal.of("bob"));
        Instant later = START.plus(Duration.ofDays(1));

        assertThat(bob.customers().get(ada.id())).isEqualTo(ada);
        assertThat(bob.customers().find(ada.id())).contains(ada);
        assertThat(bob.customers().view(ada.id()).customer()).isEqualTo(ada);
        assertThat(bob.customers().view(ada.id()).openTasks()).containsExactly(openTask);
        assertThat(bob.customers().findByExternalId(ExternalId.of("erp-ada"))).contains(ada);
        assertThat(bob.customers().findByEmail(Email.of("ada@example.com"))).containsExactly(ada);
        assertThat(bob.customers().list(PageRequest.first(10)).items()).containsExactlyInAnyOrder(acme, ada);
        assertThat(bob.customers().count()).isEqualTo(2);
        assertThat(bob.customers().attributeDefinitions()).extracting(AttributeDefinition::key).containsExactly("score");
        assertThat(bob.interactions().get(call.id())).isEqualTo(call);
        assertThat(bob.interactions().find(call.id())).contains(call);
        assertThat(bob.interactions().timeline(ada.id(), PageRequest.first(10)).items()).containsExactly(call);
        assertThat(bob.tasks().get(openTask.id())).isEqualTo(openTask);
        assertThat(bob.tasks().find(openTask.id())).contains(openTask);
        assertThat(bob.tasks().overdue(later, PageRequest.first(10)).items()).containsExactly(openTask);
        assertThat(bob.tasks().dueBetween(START, later, PageRequest.first(10)).items())
                .containsExactlyInAnyOrder(openTask, doneTask);
        assertThat(bob.tasks().byAssignee(BOB, PageRequest.first(10)).items()).containsExactly(openTask);
        assertThat(bob.tasks().byCustomer(ada.id(), PageRequest.first(10)).items())
                .containsExactlyInAnyOrder(openTask, doneTask);
        assertThat(bob.pipelines().defaultPipeline()).isEqualTo(sales);
        assertThat(bob.pipelines().get(sales.id())).isEqualTo(sales);
        assertThat(bob.pipelines().list()).containsExactly(sales);
        assertThat(bob.opportunities().get(openDeal.id())).isEqualTo(openDeal);
        assertThat(bob.opportunities().find(wonDeal.id())).contains(wonDeal);
        assertThat(bob.opportunities().byCustomer(ada.id(), PageRequest.first(10)).items()).containsExactlyInAnyOrder(openDeal, wonDeal);
        assertThat(bob.opportunities().inStage(sales.id(), openDeal.stage(), PageRequest.first(10)).items()).containsExactly(openDeal);
        assertThat(bob.purchases().get(purchase.id())).isEqualTo(purchase);
        assertThat(bob.purchases().findByExternalOrderId(ExternalOrderId.of("shop-1"))).contains(purchase);
        assertThat(bob.purchases().byCustomer(ada.id(), PageRequest.first(10)).items()).containsExactly(purchase);
        assertThat(bob.purchases().byCustomer(ada.id(), START, later, PageRequest.first(10)).items()).containsExactly(purchase);
        assertThat(bob.purchases().summary(ada.id()).count()).isEqualTo(1);
        assertThat(bob.tickets().get(openTicket.id())).isEqualTo(openTicket);
        assertThat(bob.tickets().find(resolvedTicket.id())).contains(resolvedTicket);
        assertThat(bob.tickets().sla(openTicket.id())).isEqualTo(SlaStatus.none());
        assertThat(bob.tickets().byCustomer(ada.id(), PageRequest.first(10)).items()).containsExactlyInAnyOrder(openTicket, resolvedTicket);
        assertThat(bob.tickets().openInQueue("support", PageRequest.first(10)).items()).containsExactly(openTicket);
        assertThat(bob.tickets().openByAssignee(BOB, PageRequest.first(10)).items()).isEmpty();
        assertThat(bob.feedback().get(nps.id())).isEqualTo(nps);
        assertThat(bob.feedback().byCustomer(ada.id(), PageRequest.first(10)).items()).containsExactly(nps);
        assertThat(bob.feedback().latest(ada.id(), SurveyType.NPS)).contains(nps);
        assertThat(bob.customers().view(ada.id()).openOpportunities()).extracting(l -> l.opportunity()).containsExactly(openDeal);
    }

    // ---- every method asks, with the right question --------------------------------------------------------------

    @Test
    void everyCustomerMethod_asksThePolicy_withActionResourceAndCustomer() {
        Optional<CustomerId> none = Optional.empty();
        Optional<CustomerId> adaId = Optional.of(ada.id());

        assertAsks(() -> carol.customers().create(carol.customers().person("Eve", "E").build()), WRITE, CUSTOMER, none);
        assertAsks(() -> carol.customers().get(ada.id()), READ, CUSTOMER, adaId);
        assertAsks(() -> carol.customers().find(ada.id()), READ, CUSTOMER, adaId);
        // The 360 view reads several kinds of data of the one customer: every question is a read about ada.
        List<AccessRequest> viewAsked = record(() -> carol.customers().view(ada.id()));
        assertThat(viewAsked.get(0)).isEqualTo(new AccessRequest(carol.principal(), READ, CUSTOMER, adaId));
        assertThat(viewAsked).allSatisfy(r -> {
            assertThat(r.action()).isEqualTo(READ);
            assertThat(r.customer()).isEqualTo(adaId);
        });
        assertThat(viewAsked).extracting(AccessRequest::resource).contains(CUSTOMER, INTERACTION, TASK);
        assertAsks(() -> carol.customers().findByExternalId(ExternalId.of("erp-ada")), READ, CUSTOMER, none);
        assertAsks(() -> carol.customers().findByEmail(Email.of("ada@example.com")), READ, CUSTOMER, none);
        assertAsks(() -> carol.customers().list(PageRequest.first(5)), READ, CUSTOMER, none);
        assertAsks(() -> carol.customers().count(), READ, CUSTOMER, none);
        assertAsks(() -> carol.customers().update(ada.id(), current(ada).version(), current(ada).profile().toBuilder()
                .tag("one").build()), WRITE, CUSTOMER, adaId);
        assertAsks(() -> carol.customers().update(current(ada), b -> b.tag("two")), WRITE, CUSTOMER, adaId);
        assertAsks(() -> carol.customers().upsertByExternalId(current(ada).profile().toBuilder().tag("three").build()),
                WRITE, CUSTOMER, none);
        assertAsks(() -> carol.customers().defineAttribute(AttributeDefinition.of("mood", "Mood", AttributeType.TEXT)),
                WRITE, ATTRIBUTE_DEFINITION, none);
        assertAsks(() -> carol.customers().attributeDefinitions(), READ, ATTRIBUTE_DEFINITION, none);
    }

    @Test
    void everyInteractionMethod_asksThePolicy_withActionResourceAndCustomer() {
        assertAsks(() -> carol.interactions().log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START)),
                WRITE, INTERACTION, Optional.of(ada.id()));
        assertAsks(() -> carol.interactions().timeline(ada.id(), PageRequest.first(5)), READ, INTERACTION, Optional.of(ada.id()));
        // get/find are asked before the interaction (and so its customer) is read; the customer is not pinned here.
        assertAsksAbout(() -> carol.interactions().get(call.id()), READ, INTERACTION);
        assertAsksAbout(() -> carol.interactions().find(call.id()), READ, INTERACTION);
    }

    @Test
    void everyTaskMethod_asksThePolicy_withActionResourceAndCustomer() {
        Optional<CustomerId> none = Optional.empty();
        Optional<CustomerId> adaId = Optional.of(ada.id());
        Instant later = START.plus(Duration.ofDays(1));

        assertAsks(() -> carol.tasks().create(TaskDetails.titled("About Ada").about(ada.id())), WRITE, TASK, adaId);
        assertAsks(() -> carol.tasks().create(TaskDetails.titled("About nobody")), WRITE, TASK, none);
        assertAsks(() -> carol.tasks().update(openTask.id(), current(openTask).version(),
                current(openTask).details().withDescription("new")), WRITE, TASK, adaId);
        assertAsks(() -> carol.tasks().overdue(later, PageRequest.first(5)), READ, TASK, none);
        assertAsks(() -> carol.tasks().dueBetween(START, later, PageRequest.first(5)), READ, TASK, none);
        assertAsks(() -> carol.tasks().byAssignee(BOB, PageRequest.first(5)), READ, TASK, none);
        assertAsks(() -> carol.tasks().byCustomer(ada.id(), PageRequest.first(5)), READ, TASK, adaId);
        // These name a task, not a customer, and are asked before the task is read; the customer is not pinned here.
        assertAsksAbout(() -> carol.tasks().get(openTask.id()), READ, TASK);
        assertAsksAbout(() -> carol.tasks().find(openTask.id()), READ, TASK);
        assertAsksAbout(() -> carol.tasks().moveTo(openTask.id(), current(openTask).version(), TaskStatus.IN_PROGRESS),
                WRITE, TASK);
        assertAsksAbout(() -> carol.tasks().moveTo(openTask.id(), current(openTask).version(), TaskStatus.OPEN), WRITE, TASK);
        assertAsksAbout(() -> carol.tasks().start(current(openTask)), WRITE, TASK);
        assertAsksAbout(() -> carol.tasks().complete(current(openTask)), WRITE, TASK);
        assertAsksAbout(() -> carol.tasks().reopen(current(openTask)), WRITE, TASK);
        assertAsksAbout(() -> carol.tasks().cancel(current(openTask)), WRITE, TASK);
    }

    @Test
    void aPolicyRestrictedToSomeCustomers_refusesTheOthers_andWritesNothingForThem() {
        Customer bobsCustomer = alice.customers().create(alice.customers().person("Bob", "Byte").build());
        CmsScope restricted = cmsWith(request -> request.customer().map(c -> !c.equals(ada.id())).orElse(true))
                .as(Principal.of("dave"));
        Snapshot before = snapshot();
        events.clear();

        assertThat(restricted.customers().get(bobsCustomer.id())).isEqualTo(bobsCustomer);
        assertFails(AccessDeniedException.class, () -> restricted.customers().get(ada.id()));
        assertFails(AccessDeniedException.class, () -> restricted.interactions().timeline(ada.id(), PageRequest.first(5)));
        assertFails(AccessDeniedException.class, () -> restricted.interactions().log(ada.id(),
                InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START)));
        assertFails(AccessDeniedException.class, () -> restricted.tasks().create(TaskDetails.titled("x").about(ada.id())));
        AccessDeniedException denied = assertFails(AccessDeniedException.class,
                () -> restricted.customers().update(ada, b -> b.tag("x")));

        assertThat(denied.request()).isEqualTo(new AccessRequest(restricted.principal(), WRITE, CUSTOMER, Optional.of(ada.id())));
        assertThat(snapshot()).isEqualTo(before);
        assertThat(events.events()).isEmpty();
    }

    // ---- a policy that hides one customer ------------------------------------------------------------------------

    /** Denies every request about ada, whether the caller named her or the loaded object belongs to her. */
    private CmsScope withoutAda() {
        return cmsWith(request -> !request.customer().equals(Optional.of(ada.id()))).as(Principal.of("dave"));
    }

    @TestFactory
    Stream<DynamicTest> aPolicyDenyingOneCustomer_refusesEveryCallOnThatCustomersObjects_andWritesNothing() {
        CmsScope dave = withoutAda();
        StageId proposal = stage("Proposal");
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
        calls.put("tasks().get", () -> dave.tasks().get(openTask.id()));
        calls.put("tasks().find", () -> dave.tasks().find(openTask.id()));
        // New details that name no customer: only the stored task's link to ada can refuse this.
        calls.put("tasks().update", () -> dave.tasks().update(openTask.id(), openTask.version(), TaskDetails.titled("x")));
        calls.put("tasks().moveTo", () -> dave.tasks().moveTo(openTask.id(), openTask.version(), TaskStatus.DONE));
        calls.put("tasks().start", () -> dave.tasks().start(openTask));
        calls.put("tasks().complete", () -> dave.tasks().complete(openTask));
        calls.put("tasks().cancel", () -> dave.tasks().cancel(openTask));
        calls.put("tasks().reopen", () -> dave.tasks().reopen(doneTask));
        calls.put("tasks().byCustomer", () -> dave.tasks().byCustomer(ada.id(), PageRequest.first(10)));
        calls.put("interactions().get", () -> dave.interactions().get(call.id()));
        calls.put("interactions().find", () -> dave.interactions().find(call.id()));
        calls.put("interactions().timeline", () -> dave.interactions().timeline(ada.id(), PageRequest.first(10)));
        calls.put("opportunities().get", () -> dave.opportunities().get(openDeal.id()));
        calls.put("opportunities().find", () -> dave.opportunities().find(openDeal.id()));
        // New details for acme: only the stored deal's customer can refuse this.
        calls.put("opportunities().update", () -> dave.opportunities().update(openDeal.id(), openDeal.version(),
                OpportunityDetails.of(acme.id(), "Moved to acme", Money.of("1.00", "EUR"))));
        calls.put("opportunities().moveToStage", () -> dave.opportunities().moveToStage(openDeal.id(), openDeal.version(), proposal));
        calls.put("opportunities().win", () -> dave.opportunities().win(openDeal.id(), openDeal.version()));
        calls.put("opportunities().winAndRecordPurchase", () -> dave.opportunities().winAndRecordPurchase(openDeal.id(),
                openDeal.version()));
        calls.put("opportunities().lose", () -> dave.opportunities().lose(openDeal.id(), openDeal.version(), "x"));
        calls.put("opportunities().reopen", () -> dave.opportunities().reopen(wonDeal.id(), wonDeal.version(), proposal));
        calls.put("opportunities().byCustomer", () -> dave.opportunities().byCustomer(ada.id(), PageRequest.first(10)));
        calls.put("opportunities().convertLead", () -> dave.opportunities().convertLead(ada.id(),
                LeadConversion.toStage(LifecycleStage.CUSTOMER)));
        calls.put("tickets().get", () -> dave.tickets().get(openTicket.id()));
        calls.put("tickets().find", () -> dave.tickets().find(openTicket.id()));
        calls.put("tickets().sla", () -> dave.tickets().sla(openTicket.id()));
        calls.put("tickets().update", () -> dave.tickets().update(openTicket.id(), openTicket.version(),
                openTicket.details().withDescription("x")));
        calls.put("tickets().moveTo", () -> dave.tickets().moveTo(openTicket.id(), openTicket.version(), TicketStatus.OPEN));
        calls.put("tickets().reopen", () -> dave.tickets().reopen(resolvedTicket.id(), resolvedTicket.version(), "x"));
        calls.put("tickets().assign", () -> dave.tickets().assign(openTicket.id(), openTicket.version(), Optional.of(BOB)));
        calls.put("tickets().byCustomer", () -> dave.tickets().byCustomer(ada.id(), PageRequest.first(10)));
        calls.put("purchases().get", () -> dave.purchases().get(purchase.id()));
        calls.put("purchases().findByExternalOrderId", () -> dave.purchases().findByExternalOrderId(ExternalOrderId.of("shop-1")));
        // Another customer's import that names ada's order id must not hand out ada's purchase.
        calls.put("purchases().recordOnce (ada's order id, for acme)", () -> dave.purchases().recordOnce(
                PurchaseDetails.of(acme.id(), START, Money.of("30.00", "EUR")).withExternalOrderId("shop-1")));
        calls.put("purchases().refund", () -> dave.purchases().refund(purchase.id(), purchase.version(), Money.of("1.00", "EUR")));
        calls.put("purchases().byCustomer", () -> dave.purchases().byCustomer(ada.id(), PageRequest.first(10)));
        calls.put("purchases().summary", () -> dave.purchases().summary(ada.id()));
        calls.put("feedback().get", () -> dave.feedback().get(nps.id()));
        calls.put("feedback().byCustomer", () -> dave.feedback().byCustomer(ada.id(), PageRequest.first(10)));
        calls.put("feedback().latest", () -> dave.feedback().latest(ada.id(), SurveyType.NPS));
        calls.put("customers().view", () -> dave.customers().view(ada.id()));
        return calls.entrySet().stream().map(c -> dynamicTest(c.getKey() + " is denied", () -> {
            Snapshot before = snapshot();
            events.clear();

            AccessDeniedException denied = assertFails(AccessDeniedException.class, c.getValue());

            assertThat(denied.request().customer()).contains(ada.id());
            assertThat(snapshot()).isEqualTo(before);
            assertThat(events.events()).isEmpty();
        }));
    }

    @Test
    void aPolicyDenyingOneCustomer_stillServesTheOthers() {
        CmsScope dave = withoutAda();
        Customer bobsCustomer = alice.customers().create(alice.customers().person("Bob", "Byte").email("bob@example.com").build());
        Task bobsTask = alice.tasks().create(TaskDetails.titled("Call Bob").about(bobsCustomer.id()));
        Opportunity bobsDeal = alice.opportunities().create(OpportunityDetails.of(bobsCustomer.id(), "Bob's", Money.of("1.00", "EUR")));
        Ticket bobsTicket = alice.tickets().open(TicketDetails.of(bobsCustomer.id(), "Bob's"));

        assertThat(dave.tasks().get(bobsTask.id())).isEqualTo(bobsTask);
        assertThat(dave.opportunities().get(bobsDeal.id())).isEqualTo(bobsDeal);
        assertThat(dave.tickets().get(bobsTicket.id())).isEqualTo(bobsTicket);
        assertThat(dave.customers().view(bobsCustomer.id()).openTasks()).containsExactly(bobsTask);
        assertThat(dave.tickets().moveTo(bobsTicket.id(), 0, TicketStatus.OPEN).status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void aPolicyDenyingOneCustomer_leavesThemOutOfListAndLookups() {
        CmsScope dave = withoutAda();
        Customer bobsCustomer = alice.customers().create(alice.customers().person("Bob", "Byte")
                .email("ada@example.com").externalId("erp-bob").build());

        assertThat(dave.customers().list(PageRequest.first(100)).items()).containsExactlyInAnyOrder(acme, bobsCustomer);
        assertThat(dave.customers().findByEmail(Email.of("ada@example.com"))).containsExactly(bobsCustomer);
        assertThat(dave.customers().findByExternalId(ExternalId.of("erp-ada"))).isEmpty();
        assertThat(dave.customers().findByExternalId(ExternalId.of("erp-bob"))).contains(bobsCustomer);
        assertThat(alice.customers().findByEmail(Email.of("ada@example.com"))).containsExactlyInAnyOrder(ada, bobsCustomer);
    }

    private StageId stage(String name) {
        return sales.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Customer current(Customer customer) {
        return alice.customers().get(customer.id());
    }

    private Task current(Task task) {
        return alice.tasks().get(task.id());
    }

    /**
     * Runs {@code call} as carol and checks that the first question put to the policy is exactly the expected one,
     * and that every question the call asked is about the same action and resource.
     */
    private void assertAsks(ThrowingCallable call, Action action, ResourceType resource, Optional<CustomerId> customer) {
        List<AccessRequest> asked = record(call);
        assertThat(asked.get(0)).isEqualTo(new AccessRequest(carol.principal(), action, resource, customer));
        assertSameKind(asked, action, resource);
    }

    /** As {@link #assertAsks} for methods whose customer is not known before the object is read. */
    private void assertAsksAbout(ThrowingCallable call, Action action, ResourceType resource) {
        assertSameKind(record(call), action, resource);
    }

    private List<AccessRequest> record(ThrowingCallable call) {
        requests.clear();
        assertThatCode(call).doesNotThrowAnyException();
        List<AccessRequest> asked = List.copyOf(requests);
        assertThat(asked).as("questions put to the policy").isNotEmpty();
        return asked;
    }

    private void assertSameKind(List<AccessRequest> asked, Action action, ResourceType resource) {
        assertThat(asked).allSatisfy(r -> {
            assertThat(r.principal()).isEqualTo(carol.principal());
            assertThat(r.action()).isEqualTo(action);
            assertThat(r.resource()).isEqualTo(resource);
        });
    }
}
