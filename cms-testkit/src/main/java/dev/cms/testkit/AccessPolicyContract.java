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
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
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
        requests.clear();
        carol = cmsWith(request -> {
            requests.add(request);
            return true;
        }).as(Principal.of("carol", "sales"));
        events.clear();
    }

    /** Everything a reader can observe, to prove a refused write changed nothing. */
    private record Snapshot(List<Customer> customers, List<AttributeDefinition> definitions, List<Task> tasks,
                            List<Interaction> timeline) {
    }

    private Snapshot snapshot() {
        return new Snapshot(alice.customers().list(PageRequest.first(100)).items(),
                alice.customers().attributeDefinitions(),
                alice.tasks().byCustomer(ada.id(), PageRequest.first(100)).items(),
                alice.interactions().timeline(ada.id(), PageRequest.first(100)).items());
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
