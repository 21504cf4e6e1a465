package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.cms.core.Cms;
import dev.cms.core.CmsException;
import dev.cms.core.CmsScope;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineService;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The state a chain of {@link ServiceModelProperties} actions threads through: a {@link Cms} over the store under
 * test, driven by a {@link MutableClock} and configured with {@link ReferenceTickets#settings()}, side by side with a
 * {@link ReferenceModel}. Each operation calls the services and the model alike and asserts that both give the same
 * observable result: the same returned object, or the same exception type (and conflict reason), or the same pages.
 * Customers, interactions and tasks are called here; {@link SalesCalls}, {@link PurchaseCalls}, {@link TicketCalls}
 * and {@link FeedbackCalls} call the other services with the helpers this class shares.
 *
 * <p>Each run starts with the default pipeline and a second one ("Renewals"), created through the service and
 * checked against the model like any other call.
 *
 * <p>Actions name stored objects by their position in creation order ({@code customer#2} is the third customer created
 * successfully), never by id, because ids differ from run to run and a shrunk chain is replayed on a fresh store. A
 * position past the last object created stands for an id that was never issued.
 */
public final class ServiceModelState {
    /** Where the clock stands when a chain starts: 2026-01-15T09:00:00Z, a Thursday, 10:00 in Berlin. */
    static final Instant START = CmsContractSupport.START;

    // Never issued: the Cms built here makes version 7 UUIDs, whose version bits these lack.
    private static final CustomerId NEVER_ISSUED_CUSTOMER = CustomerId.of(new UUID(0L, 1L));
    private static final TaskId NEVER_ISSUED_TASK = TaskId.of(new UUID(0L, 2L));

    /** The stages {@link PipelineService#defaultPipeline()} promises. */
    private static final List<StageDraft> DEFAULT_STAGES = List.of(StageDraft.open("Qualification", 10),
            StageDraft.open("Needs analysis", 20), StageDraft.open("Proposal", 50), StageDraft.open("Negotiation", 80),
            StageDraft.won("Closed won"), StageDraft.lost("Closed lost"));
    /** The second pipeline every run creates. */
    private static final String RENEWALS = "Renewals";
    private static final List<StageDraft> RENEWAL_STAGES = List.of(StageDraft.open("Renewal due", 40), StageDraft.open("Quote sent", 70),
            StageDraft.won("Renewed"), StageDraft.lost("Cancelled"));

    private final MutableClock clock = MutableClock.at(START);
    private final RecordingListener listener = new RecordingListener();
    private final ReferenceModel model;
    private final CmsScope scope;
    private final List<String> calls = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();
    private final SalesCalls sales = new SalesCalls(this);
    private final PurchaseCalls purchases = new PurchaseCalls(this);
    private final TicketCalls tickets = new TicketCalls(this);
    private final FeedbackCalls feedback = new FeedbackCalls(this);

    /**
     * @param store an empty store
     * @throws NullPointerException if {@code store} is null
     * @throws AssertionError       if the pipelines every run starts with are not created as the model expects
     */
    ServiceModelState(PersistenceProvider store) {
        Objects.requireNonNull(store, "store");
        Cms cms = Cms.builder().persistence(store).clock(clock).listener(listener).support(ReferenceTickets.settings()).build();
        Principal alice = Principal.of("alice");
        this.scope = cms.as(alice);
        this.model = new ReferenceModel(alice.userId(), START);
        Pipeline standard = scope.pipelines().defaultPipeline();
        assertThat(standard).as("default pipeline")
                .isEqualTo(model.sales().pipelineCreated(standard, PipelineService.DEFAULT_NAME, DEFAULT_STAGES, true));
        Pipeline renewals = scope.pipelines().create(RENEWALS, RENEWAL_STAGES);
        assertThat(renewals).as("second pipeline").isEqualTo(model.sales().pipelineCreated(renewals, RENEWALS, RENEWAL_STAGES, false));
        assertStoreAgreesWithModel();
    }

    // ---------------------------------------------------------------- what the feature calls share

    SalesCalls sales() {
        return sales;
    }

    PurchaseCalls purchases() {
        return purchases;
    }

    TicketCalls tickets() {
        return tickets;
    }

    FeedbackCalls feedback() {
        return feedback;
    }

    CmsScope scope() {
        return scope;
    }

    ReferenceModel model() {
        return model;
    }

    /** @return the instant the clock shows, not truncated */
    Instant clockInstant() {
        return clock.instant();
    }

    // ---------------------------------------------------------------- naming stored objects by position

    int customerCount() {
        return (int) model.customerCount();
    }

    /** @return how many changes the model has recorded, for jqwik's shrinker */
    long changes() {
        return model.changes();
    }

    int taskCount() {
        return model.taskIds().size();
    }

    /** @return the status task#{@code position} has now, if it exists */
    Optional<TaskStatus> taskStatus(int position) {
        return model.task(taskAt(position)).map(Task::status);
    }

    /**
     * @param owners the customer each of some objects belongs to, one entry per object
     * @return the positions of the customers who own at least two of them
     */
    List<Integer> customersWithSeveral(List<CustomerId> owners) {
        List<CustomerId> ids = model.customerIds();
        return java.util.stream.IntStream.range(0, ids.size())
                .filter(i -> owners.stream().filter(ids.get(i)::equals).count() > 1).boxed().toList();
    }

    CustomerId customerAt(int position) {
        List<CustomerId> ids = model.customerIds();
        return position < ids.size() ? ids.get(position) : NEVER_ISSUED_CUSTOMER;
    }

    private TaskId taskAt(int position) {
        List<TaskId> ids = model.taskIds();
        return position < ids.size() ? ids.get(position) : NEVER_ISSUED_TASK;
    }

    // ---------------------------------------------------------------- customers

    void createCustomer(CustomerProfile profile) {
        Optional<ReferenceModel.Failure> failure = model.createCustomerFailure(profile);
        expect("createCustomer", failure, () -> scope.customers().create(profile)).ifPresent(created -> {
            assertFreshId(created.id().value());
            assertThat(created).as("created customer").isEqualTo(model.customerCreated(created.id(), profile));
        });
    }

    /**
     * @param position      which customer
     * @param versionOffset added to the current version to make the expected version (0 is current, else stale)
     * @param profile       the new profile, or empty to send the current one unchanged
     */
    void updateCustomer(int position, int versionOffset, Optional<CustomerProfile> profile) {
        CustomerId id = customerAt(position);
        Optional<Customer> current = model.customer(id);
        long expectedVersion = current.map(Customer::version).orElse(0L) + versionOffset;
        CustomerProfile newProfile = profile.or(() -> current.map(Customer::profile))
                .orElseGet(() -> CustomerProfile.organization("Nobody").build());
        Optional<ReferenceModel.Failure> failure = model.updateCustomerFailure(id, expectedVersion, newProfile);
        expect("updateCustomer", failure, () -> scope.customers().update(id, expectedVersion, newProfile))
                .ifPresent(updated -> assertThat(updated).as("updated customer").isEqualTo(model.customerUpdated(id, newProfile)));
    }

    void upsertCustomer(CustomerProfile profile) {
        Optional<ReferenceModel.Failure> failure = model.upsertFailure(profile);
        Optional<Customer> target = model.upsertTarget(profile);
        expect("upsertByExternalId", failure, () -> scope.customers().upsertByExternalId(profile)).ifPresent(result -> {
            if (target.isPresent()) {
                assertThat(result).as("upsert of a known external id updates").isEqualTo(model.customerUpdated(target.get().id(), profile));
            } else {
                assertFreshId(result.id().value());
                assertThat(result).as("upsert of a new external id creates").isEqualTo(model.customerCreated(result.id(), profile));
            }
        });
    }

    /**
     * Reads a customer's 360 view. Each list section must show the newest items, newest first: a prefix of the
     * model's list (the view may cap its length), and not empty when the list is not. Open deals come with their
     * probability and weighted amount, open tickets with their SLA now; the purchase summary and the latest NPS and
     * CSAT answers must be the model's.
     */
    void view(int customerPosition) {
        CustomerId customer = customerAt(customerPosition);
        Optional<ReferenceModel.Failure> failure = model.customerReadFailure(customer);
        expect("view", failure, () -> scope.customers().view(customer)).ifPresent(view -> {
            Instant now = model.now();
            assertThat(view.customer()).as("view.customer").isEqualTo(model.customer(customer).orElseThrow());
            assertNewestPrefix("view.latestInteractions", view.latestInteractions(), model.timeline(customer));
            assertNewestPrefix("view.openOpportunities", view.openOpportunities(), model.sales().openByCustomer(customer).stream()
                    .map(d -> new CustomerView.OpportunityLine(d, model.sales().probability(d), model.sales().weighted(d)))
                    .toList());
            assertNewestPrefix("view.openTasks", view.openTasks(), model.activeByCustomer(customer));
            assertNewestPrefix("view.openTickets", view.openTickets(), model.tickets().openByCustomer(customer).stream()
                    .map(t -> new CustomerView.TicketLine(t, ReferenceTickets.sla(t, now)))
                    .toList());
            assertThat(view.purchases()).as("view.purchases").isEqualTo(model.purchases().summary(customer));
            assertThat(view.latestNps()).as("view.latestNps").isEqualTo(model.feedback().latest(customer, SurveyType.NPS));
            assertThat(view.latestCsat()).as("view.latestCsat").isEqualTo(model.feedback().latest(customer, SurveyType.CSAT));
            if (!view.openOpportunities().isEmpty() && !view.openTickets().isEmpty()) {
                outcome("view with open deals and tickets");
            }
        });
    }

    void findByExternalId(ExternalId externalId) {
        record("findByExternalId");
        assertThat(scope.customers().findByExternalId(externalId)).as("findByExternalId(%s)", externalId)
                .isEqualTo(model.byExternalId(externalId));
    }

    void findByEmail(Email email) {
        record("findByEmail");
        assertThat(scope.customers().findByEmail(email)).as("findByEmail(%s)", email).isEqualTo(model.byEmail(email));
    }

    void listCustomers(int pageSize) {
        record("listCustomers");
        assertPages("customers().list", pageSize, request -> scope.customers().list(request), model.customersById());
    }

    // ---------------------------------------------------------------- interactions

    /**
     * @param customerPosition whose timeline
     * @param details          what happened, without links, given the instant the clock shows
     * @param taskPosition     the task to link, if any
     * @param ticketPosition   the ticket to link, if any
     * @param dealPosition     the deal to link, if any
     */
    void logInteraction(int customerPosition, Function<Instant, InteractionDetails> details, Optional<Integer> taskPosition,
                        Optional<Integer> ticketPosition, Optional<Integer> dealPosition) {
        CustomerId customer = customerAt(customerPosition);
        InteractionDetails plain = details.apply(clock.instant());
        InteractionDetails withTask = taskPosition.map(p -> plain.about(taskAt(p))).orElse(plain);
        InteractionDetails withTicket = ticketPosition.map(p -> withTask.about(tickets.ticketAt(p))).orElse(withTask);
        InteractionDetails linked = dealPosition.map(p -> withTicket.about(sales.dealAt(p))).orElse(withTicket);
        Optional<Ticket> ticketBefore = linked.links().ticket().flatMap(model.tickets()::ticket);
        Optional<ReferenceModel.Failure> failure = model.logFailure(customer, linked);
        expect("logInteraction", failure, () -> scope.interactions().log(customer, linked)).ifPresent(logged -> {
            assertFreshId(logged.id().value());
            assertThat(logged).as("logged interaction").isEqualTo(model.logged(logged.id(), customer, linked));
            Optional<Ticket> ticketAfter = linked.links().ticket().flatMap(model.tickets()::ticket);
            if (linked.direction() == Direction.OUTBOUND && ticketBefore.isPresent()) {
                outcome(ticketAfter.equals(ticketBefore) ? "logInteraction left the first response as it was"
                        : "logInteraction recorded a first response");
            }
        });
    }

    void timeline(int customerPosition, int pageSize) {
        CustomerId customer = customerAt(customerPosition);
        Optional<ReferenceModel.Failure> failure = model.customerReadFailure(customer);
        if (failure.isPresent()) {
            expect("timeline", failure, () -> scope.interactions().timeline(customer, PageRequest.first(pageSize)));
            return;
        }
        record("timeline");
        List<Interaction> expected = model.timeline(customer);
        noteTies("timeline", expected, Interaction::occurredAt);
        assertPages("interactions().timeline", pageSize, request -> scope.interactions().timeline(customer, request), expected);
    }

    // ---------------------------------------------------------------- tasks

    /**
     * @param details          the task, without a customer link
     * @param customerPosition the customer to link, if any
     */
    void createTask(TaskDetails details, Optional<Integer> customerPosition) {
        TaskDetails linked = customerPosition.map(p -> details.about(customerAt(p))).orElse(details);
        Optional<ReferenceModel.Failure> failure = model.createTaskFailure(linked);
        expect("createTask", failure, () -> scope.tasks().create(linked)).ifPresent(created -> {
            assertFreshId(created.id().value());
            assertThat(created).as("created task").isEqualTo(model.taskCreated(created.id(), linked));
        });
    }

    /**
     * @param position         which task
     * @param versionOffset    added to the current version to make the expected version
     * @param details          new details without a customer link, or empty to send the current details unchanged
     * @param customerPosition the customer the new details link, if any
     */
    void updateTask(int position, int versionOffset, Optional<TaskDetails> details, Optional<Integer> customerPosition) {
        TaskId id = taskAt(position);
        Optional<Task> current = model.task(id);
        long expectedVersion = current.map(Task::version).orElse(0L) + versionOffset;
        TaskDetails newDetails = details.map(d -> customerPosition.map(p -> d.about(customerAt(p))).orElse(d))
                .or(() -> current.map(Task::details))
                .orElseGet(() -> TaskDetails.titled("Nothing"));
        Optional<ReferenceModel.Failure> failure = model.updateTaskFailure(id, expectedVersion, newDetails);
        expect("updateTask", failure, () -> scope.tasks().update(id, expectedVersion, newDetails))
                .ifPresent(updated -> assertThat(updated).as("updated task").isEqualTo(model.taskUpdated(id, newDetails)));
    }

    void moveTask(int position, int versionOffset, TaskStatus next) {
        TaskId id = taskAt(position);
        long expectedVersion = model.task(id).map(Task::version).orElse(0L) + versionOffset;
        Optional<ReferenceModel.Failure> failure = model.moveTaskFailure(id, expectedVersion, next);
        expect("moveTask", failure, () -> scope.tasks().moveTo(id, expectedVersion, next))
                .ifPresent(moved -> assertThat(moved).as("moved task").isEqualTo(model.taskMoved(id, next)));
    }

    /** @param fromNow offset from the current instant to judge at */
    void overdue(Duration fromNow, int pageSize) {
        record("overdue");
        Instant at = clock.instant().plus(fromNow);
        List<Task> expected = model.overdue(at);
        noteTies("overdue", expected, t -> t.details().due().orElseThrow());
        assertPages("tasks().overdue(" + at + ")", pageSize, request -> scope.tasks().overdue(at, request), expected);
    }

    void dueBetween(Instant from, Instant to, int pageSize) {
        Optional<ReferenceModel.Failure> failure = model.dueBetweenFailure(from, to);
        if (failure.isPresent()) {
            expect("dueBetween", failure, () -> scope.tasks().dueBetween(from, to, PageRequest.first(pageSize)));
            return;
        }
        record("dueBetween");
        List<Task> expected = model.dueBetween(from, to);
        noteTies("dueBetween", expected, t -> t.details().due().orElseThrow());
        assertPages("tasks().dueBetween(" + from + ", " + to + ")", pageSize,
                request -> scope.tasks().dueBetween(from, to, request), expected);
    }

    void byAssignee(UserId assignee, int pageSize) {
        record("byAssignee");
        List<Task> expected = model.byAssignee(assignee);
        noteTies("byAssignee", expected, Task::createdAt);
        assertPages("tasks().byAssignee(" + assignee + ")", pageSize, request -> scope.tasks().byAssignee(assignee, request), expected);
    }

    void byCustomer(int customerPosition, int pageSize) {
        record("byCustomer");
        CustomerId customer = customerAt(customerPosition);
        List<Task> expected = model.byCustomer(customer);
        noteTies("byCustomer", expected, Task::createdAt);
        assertPages("tasks().byCustomer(customer#" + customerPosition + ")", pageSize,
                request -> scope.tasks().byCustomer(customer, request), expected);
    }

    // ---------------------------------------------------------------- time

    void advanceClock(Duration amount) {
        record("advanceClock");
        clock.advance(amount);
        model.advance(amount);
    }

    // ---------------------------------------------------------------- invariant

    /**
     * Checks that the last call published exactly the events the model expects, and that everything the model holds
     * reads back unchanged through the services: the customer count, and each customer, interaction and task by id.
     */
    void assertStoreAgreesWithModel() {
        assertThat(listener.events()).as("events published by the last call, after commit").isEqualTo(model.takeEvents());
        listener.clear();
        assertThat(scope.pipelines().list()).as("pipelines().list(), ordered by name")
                .isEqualTo(model.sales().pipelines().stream().sorted(Comparator.comparing(Pipeline::name)).toList());
        assertThat(scope.customers().count()).as("customers().count()").isEqualTo(model.customerCount());
        for (CustomerId id : model.customerIds()) {
            assertThat(scope.customers().find(id)).as("customers().find(%s)", id).isEqualTo(model.customer(id));
        }
        for (InteractionId id : model.interactionIds()) {
            assertThat(scope.interactions().find(id)).as("interactions().find(%s)", id).isEqualTo(model.interaction(id));
        }
        for (TaskId id : model.taskIds()) {
            assertThat(scope.tasks().find(id)).as("tasks().find(%s)", id).isEqualTo(model.task(id));
        }
        assertThat(scope.customers().find(NEVER_ISSUED_CUSTOMER)).as("customer never created").isEmpty();
        assertThat(scope.tasks().find(NEVER_ISSUED_TASK)).as("task never created").isEmpty();
        sales.assertStoreAgreesWithModel();
        purchases.assertStoreAgreesWithModel();
        tickets.assertStoreAgreesWithModel();
        feedback.assertStoreAgreesWithModel();
    }

    // ---------------------------------------------------------------- statistics

    /** @return the kind of every call made, in order */
    List<String> calls() {
        return List.copyOf(calls);
    }

    /** @return notable outcomes: each expected failure, and each query result containing a tie in its sort key */
    List<String> outcomes() {
        return List.copyOf(outcomes);
    }

    @Override
    public String toString() {
        return model.toString();
    }

    // ---------------------------------------------------------------- comparison helpers

    void record(String call) {
        calls.add(call);
    }

    /** Notes a notable outcome for the statistics. */
    void outcome(String outcome) {
        outcomes.add(outcome);
    }

    /**
     * Calls the service and checks its outcome against the model's prediction.
     *
     * @return the returned value if the call was predicted to succeed and did; empty if it failed as predicted
     */
    <T> Optional<T> expect(String call, Optional<ReferenceModel.Failure> predicted, Supplier<T> invocation) {
        record(call);
        T result;
        try {
            result = invocation.get();
        } catch (CmsException thrown) {
            if (predicted.isEmpty()) {
                throw new AssertionError(call + " should have succeeded (" + model + ") but threw " + thrown, thrown);
            }
            if (!predicted.get().matches(thrown)) {
                throw new AssertionError(call + " should have failed with " + predicted.get().label() + " but threw " + thrown, thrown);
            }
            outcomes.add(call + " -> " + predicted.get().label());
            return Optional.empty();
        }
        if (predicted.isPresent()) {
            fail("%s should have failed with %s but returned %s", call, predicted.get().label(), result);
        }
        return Optional.of(result);
    }

    /** Checks that an id the service just issued is not the id of anything the model holds. */
    void assertFreshId(UUID id) {
        assertThat(model.customer(CustomerId.of(id))).as("new id %s is not a customer's", id).isEmpty();
        assertThat(model.interaction(InteractionId.of(id))).as("new id %s is not an interaction's", id).isEmpty();
        assertThat(model.task(TaskId.of(id))).as("new id %s is not a task's", id).isEmpty();
        assertThat(model.sales().deal(OpportunityId.of(id))).as("new id %s is not a deal's", id).isEmpty();
        assertThat(model.sales().pipelines()).as("new id %s is not a pipeline's or a stage's", id)
                .noneMatch(p -> p.id().value().equals(id) || p.stages().stream().anyMatch(st -> st.id().value().equals(id)));
        assertThat(model.purchases().purchase(PurchaseId.of(id))).as("new id %s is not a purchase's", id).isEmpty();
        assertThat(model.tickets().ticket(TicketId.of(id))).as("new id %s is not a ticket's", id).isEmpty();
        assertThat(model.feedback().response(SurveyResponseId.of(id))).as("new id %s is not a survey response's", id).isEmpty();
    }

    /**
     * Walks every page of a query and compares the pages with the expected items cut into pages of {@code size}:
     * every page but the last is full and has a next cursor, the last has none.
     */
    <T> void assertPages(String query, int size, Function<PageRequest, Page<T>> fetch, List<T> expected) {
        List<List<T>> expectedPages = new ArrayList<>();
        for (int from = 0; from < expected.size(); from += size) {
            expectedPages.add(expected.subList(from, Math.min(expected.size(), from + size)));
        }
        if (expectedPages.isEmpty()) {
            expectedPages.add(List.of());
        }
        List<List<T>> actualPages = new ArrayList<>();
        PageRequest request = PageRequest.first(size);
        while (true) {
            Page<T> page = fetch.apply(request);
            actualPages.add(page.items());
            if (page.next().isEmpty()) {
                break;
            }
            if (actualPages.size() > expectedPages.size()) {
                fail("%s with page size %d returned more pages than the %d expected: %s", query, size, expectedPages.size(), actualPages);
            }
            request = PageRequest.after(page.next().get(), size);
        }
        assertThat(actualPages).as("%s walked in pages of %d", query, size).isEqualTo(expectedPages);
    }

    private static <T> void assertNewestPrefix(String section, List<T> shown, List<T> all) {
        assertThat(shown).as("%s is not empty when there is something to show", section)
                .hasSizeGreaterThanOrEqualTo(Math.min(1, all.size()));
        assertThat(shown).as("%s shows the newest, newest first", section)
                .isEqualTo(all.subList(0, Math.min(shown.size(), all.size())));
    }

    <T> void noteTies(String query, List<T> items, Function<T, Instant> sortKey) {
        long distinct = items.stream().map(sortKey).distinct().count();
        if (distinct < items.size()) {
            outcomes.add(query + " with a tie");
        }
    }
}
