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
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The state a chain of {@link ServiceModelProperties} actions threads through: a {@link Cms} over the store under
 * test, driven by a {@link MutableClock}, side by side with a {@link ReferenceModel}. Each operation calls the
 * services and the model alike and asserts that both give the same observable result: the same returned object, or
 * the same exception type (and conflict reason), or the same pages.
 *
 * <p>Actions name stored objects by their position in creation order ({@code customer#2} is the third customer created
 * successfully), never by id, because ids differ from run to run and a shrunk chain is replayed on a fresh store. A
 * position past the last object created stands for an id that was never issued.
 */
public final class ServiceModelState {
    /** Where the clock stands when a chain starts: 2026-01-15T09:00:00Z. */
    static final Instant START = CmsContractSupport.START;

    // Never issued: the Cms built here makes version 7 UUIDs, whose version bits these lack.
    private static final CustomerId NEVER_ISSUED_CUSTOMER = CustomerId.of(new UUID(0L, 1L));
    private static final TaskId NEVER_ISSUED_TASK = TaskId.of(new UUID(0L, 2L));

    private final MutableClock clock = MutableClock.at(START);
    private final RecordingListener listener = new RecordingListener();
    private final ReferenceModel model;
    private final CmsScope scope;
    private final List<String> calls = new ArrayList<>();
    private final List<String> outcomes = new ArrayList<>();

    /**
     * @param store an empty store
     * @throws NullPointerException if {@code store} is null
     */
    ServiceModelState(PersistenceProvider store) {
        Objects.requireNonNull(store, "store");
        Cms cms = Cms.builder().persistence(store).clock(clock).listener(listener).build();
        Principal alice = Principal.of("alice");
        this.scope = cms.as(alice);
        this.model = new ReferenceModel(alice.userId(), START);
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

    private CustomerId customerAt(int position) {
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
     * Reads a customer's 360 view. The model tracks no deals, tickets, purchases or surveys, so those sections must be
     * empty; the interactions and open tasks it shows must be the newest ones, newest first: a prefix of the model's
     * list (the view may cap its length), and not empty when the list is not.
     */
    void view(int customerPosition) {
        CustomerId customer = customerAt(customerPosition);
        Optional<ReferenceModel.Failure> failure = model.customerReadFailure(customer);
        expect("view", failure, () -> scope.customers().view(customer)).ifPresent(view -> {
            assertThat(view.customer()).as("view.customer").isEqualTo(model.customer(customer).orElseThrow());
            assertNewestPrefix("view.latestInteractions", view.latestInteractions(), model.timeline(customer));
            assertNewestPrefix("view.openTasks", view.openTasks(), model.activeByCustomer(customer));
            assertThat(view.openOpportunities()).as("view.openOpportunities").isEmpty();
            assertThat(view.openTickets()).as("view.openTickets").isEmpty();
            assertThat(view.purchases()).as("view.purchases").isEqualTo(PurchaseSummary.none());
            assertThat(view.latestNps()).as("view.latestNps").isEmpty();
            assertThat(view.latestCsat()).as("view.latestCsat").isEmpty();
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
     * @param details          what happened, without a task link
     * @param taskPosition     the task to link, if any
     */
    void logInteraction(int customerPosition, InteractionDetails details, Optional<Integer> taskPosition) {
        CustomerId customer = customerAt(customerPosition);
        InteractionDetails linked = taskPosition.map(p -> details.about(taskAt(p))).orElse(details);
        Optional<ReferenceModel.Failure> failure = model.logFailure(customer, linked);
        expect("logInteraction", failure, () -> scope.interactions().log(customer, linked)).ifPresent(logged -> {
            assertFreshId(logged.id().value());
            assertThat(logged).as("logged interaction").isEqualTo(model.logged(logged.id(), customer, linked));
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

    private void record(String call) {
        calls.add(call);
    }

    /**
     * Calls the service and checks its outcome against the model's prediction.
     *
     * @return the returned value if the call was predicted to succeed and did; empty if it failed as predicted
     */
    private <T> Optional<T> expect(String call, Optional<ReferenceModel.Failure> predicted, Supplier<T> invocation) {
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

    private void assertFreshId(UUID id) {
        assertThat(model.customer(CustomerId.of(id))).as("new id %s is not a customer's", id).isEmpty();
        assertThat(model.interaction(InteractionId.of(id))).as("new id %s is not an interaction's", id).isEmpty();
        assertThat(model.task(TaskId.of(id))).as("new id %s is not a task's", id).isEmpty();
    }

    /**
     * Walks every page of a query and compares the pages with the expected items cut into pages of {@code size}:
     * every page but the last is full and has a next cursor, the last has none.
     */
    private <T> void assertPages(String query, int size, Function<PageRequest, Page<T>> fetch, List<T> expected) {
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

    private <T> void noteTies(String query, List<T> items, Function<T, Instant> sortKey) {
        long distinct = items.stream().map(sortKey).distinct().count();
        if (distinct < items.size()) {
            outcomes.add(query + " with a tie");
        }
    }
}
