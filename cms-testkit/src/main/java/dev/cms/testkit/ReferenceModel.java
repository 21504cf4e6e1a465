package dev.cms.testkit;

import dev.cms.core.CmsException;
import dev.cms.core.DomainEvent;
import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLinks;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskCreated;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskStatus;
import dev.cms.core.task.TaskStatusChanged;
import dev.cms.core.task.TaskUpdated;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A deliberately naive reference implementation of the observable behaviour of the services, written from their
 * Javadoc and the SPI's: plain maps in creation order, full scans and sorts. It never sees the store under test; it
 * learns the id of a new object only from what the service returned, and predicts everything else (versions,
 * timestamps, orders, failures) itself. This class holds the clock, the expected events, customers, interactions and
 * tasks; {@link ReferenceSales}, {@link ReferencePurchases}, {@link ReferenceTickets} and {@link ReferenceFeedback}
 * hold the other features and share this one's clock and events.
 *
 * <p>Write operations come in pairs: {@code xxxFailure(...)} predicts whether the call must fail and how; when it
 * must succeed, the second method records the change, returns the object the service must have returned and notes
 * the events it must have published ({@link #takeEvents()}).
 *
 * <p>The model builds the expected objects with the core's record constructors (which only validate and normalise)
 * and otherwise reuses only value-level functions whose behaviour is fixed by their own Javadoc and that never see a
 * store, a service or a clock: {@link dev.cms.core.money.Money}'s arithmetic and comparison, {@link
 * dev.cms.core.commerce.LineItem#total()} (inside {@code withLineItems}/{@code ofLines}, so a line-item deal or purchase
 * has the total its input says), {@link dev.cms.core.customer.CustomerProfile.Builder} (to set a converted lead's
 * stage and affiliation), and {@link dev.cms.core.support.BusinessHours#plus}/{@code between} (calendar arithmetic of
 * working hours). That is sound because a fault in any of them would show as a wrong value, which their own tests
 * catch; the model still decides on its own which functions apply to which stored object, when, and what the service
 * must do with the result. Routing, assignment, SLA states, weighted amounts, summaries and all orders are the
 * model's own.
 *
 * <p>Where the Javadoc leaves an order open, the model fixes one and the generators avoid depending on it: when a
 * call has several reasons to fail, the object must exist before its version is compared, and its version must be
 * current before its content is judged (as for tasks); a value that is wrong in itself (a blank reason, a refund
 * amount that is never valid) is only generated where nothing else is wrong. Events of one call are expected in the
 * order the call's effects happen: the ticket's first response before the interaction that records it, the won
 * deal's stage move, its purchase, then {@code OpportunityWon}; a conversion's organization, lead, deal, follow-up.
 */
final class ReferenceModel {
    /** Unsigned 128-bit order of the UUIDs behind ids, the order the SPI promises for ids. */
    static final Comparator<UUID> UNSIGNED = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private static final Map<TaskStatus, Set<TaskStatus>> LEGAL_MOVES = legalMoves();

    private final UserId actor;
    private Instant clock;
    private long changes;
    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    private final Map<InteractionId, Interaction> interactions = new LinkedHashMap<>();
    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    private final List<DomainEvent> events = new ArrayList<>();
    private final ReferenceSales sales = new ReferenceSales(this);
    private final ReferencePurchases purchases = new ReferencePurchases(this);
    private final ReferenceTickets tickets = new ReferenceTickets(this);
    private final ReferenceFeedback feedback = new ReferenceFeedback(this);

    /**
     * @param actor the user every call is made as
     * @param start where the clock stands initially
     */
    ReferenceModel(UserId actor, Instant start) {
        this.actor = Objects.requireNonNull(actor, "actor");
        this.clock = Objects.requireNonNull(start, "start");
    }

    /** How a call must fail: the exception type and, for conflicts, the reason. */
    record Failure(Class<? extends CmsException> type, Optional<ConflictException.Reason> reason) {
        static Optional<Failure> notFound() {
            return Optional.of(new Failure(NotFoundException.class, Optional.empty()));
        }

        static Optional<Failure> invalid() {
            return Optional.of(new Failure(ValidationException.class, Optional.empty()));
        }

        static Optional<Failure> conflict(ConflictException.Reason reason) {
            return Optional.of(new Failure(ConflictException.class, Optional.of(reason)));
        }

        /**
         * @param thrown what the service threw
         * @return whether it is this failure
         */
        boolean matches(CmsException thrown) {
            if (!type.isInstance(thrown)) {
                return false;
            }
            return reason.isEmpty() || thrown instanceof ConflictException c && c.reason() == reason.get();
        }

        /** @return a short label such as {@code ConflictException(DUPLICATE)} */
        String label() {
            return type.getSimpleName() + reason.map(r -> "(" + r + ")").orElse("");
        }
    }

    // ---------------------------------------------------------------- the parts, and what they share

    ReferenceSales sales() {
        return sales;
    }

    ReferencePurchases purchases() {
        return purchases;
    }

    ReferenceTickets tickets() {
        return tickets;
    }

    ReferenceFeedback feedback() {
        return feedback;
    }

    /** @return the user every call is made as */
    UserId actor() {
        return actor;
    }

    /** Notes an event the current call must publish, and counts the change it stands for. */
    void publish(DomainEvent event) {
        events.add(event);
        changes++;
    }

    // ---------------------------------------------------------------- time

    /** @return the current instant as the services store it: microsecond precision */
    Instant now() {
        return clock.truncatedTo(ChronoUnit.MICROS);
    }

    /** @param amount how far the clock moves forward */
    void advance(Duration amount) {
        clock = clock.plus(amount);
        if (!amount.isZero()) {
            changes++;
        }
    }

    /** @return how many changes the model has recorded; queries and failed writes leave it as it was */
    long changes() {
        return changes;
    }

    /** @return the events the changes recorded since the last call must have published, in order; forgets them */
    List<DomainEvent> takeEvents() {
        List<DomainEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    // ---------------------------------------------------------------- customers

    /** @return the ids of the stored customers in creation order */
    List<CustomerId> customerIds() {
        return List.copyOf(customers.keySet());
    }

    Optional<Customer> customer(CustomerId id) {
        return Optional.ofNullable(customers.get(id));
    }

    long customerCount() {
        return customers.size();
    }

    Optional<Failure> createCustomerFailure(CustomerProfile profile) {
        return affiliationFailure(profile, Optional.empty()).or(() -> externalIdTakenByAnotherThan(profile, Optional.empty())
                ? Failure.conflict(ConflictException.Reason.DUPLICATE) : Optional.empty());
    }

    /**
     * A stored profile's affiliation must name another customer that exists and is an organization; checked
     * whenever a profile is created or changed.
     *
     * @param self the customer the profile belongs to, if it exists
     */
    Optional<Failure> affiliationFailure(CustomerProfile profile, Optional<CustomerId> self) {
        return profile.affiliation().map(a -> a.organization())
                .filter(o -> self.equals(Optional.of(o))
                        || customer(o).map(Customer::kind).filter(k -> k == CustomerKind.ORGANIZATION).isEmpty())
                .flatMap(o -> Failure.invalid());
    }

    Customer customerCreated(CustomerId id, CustomerProfile profile) {
        Customer created = new Customer(id, profile, now(), now(), 0);
        customers.put(id, created);
        events.add(new CustomerCreated(created, actor, now()));
        changes++;
        return created;
    }

    Optional<Failure> updateCustomerFailure(CustomerId id, long expectedVersion, CustomerProfile profile) {
        Customer current = customers.get(id);
        if (current == null) {
            return Failure.notFound();
        }
        if (current.version() != expectedVersion) {
            return Failure.conflict(ConflictException.Reason.STALE_VERSION);
        }
        if (current.profile().equals(profile)) {
            return Optional.empty();
        }
        if (current.kind() != profile.kind()) {
            return Failure.invalid();
        }
        return affiliationFailure(profile, Optional.of(id)).or(() -> externalIdTakenByAnotherThan(profile, Optional.of(id))
                ? Failure.conflict(ConflictException.Reason.DUPLICATE) : Optional.empty());
    }

    /** An update to an identical profile changes nothing, not even the version, and publishes nothing. */
    Customer customerUpdated(CustomerId id, CustomerProfile profile) {
        Customer current = customers.get(id);
        if (current.profile().equals(profile)) {
            return current;
        }
        Customer updated = new Customer(id, profile, current.createdAt(), now(), current.version() + 1);
        customers.put(id, updated);
        events.add(new CustomerUpdated(current, updated, actor, now()));
        changes++;
        return updated;
    }

    /** An upsert fails as the update or the create it turns into would. */
    Optional<Failure> upsertFailure(CustomerProfile profile) {
        if (profile.externalId().isEmpty()) {
            return Failure.invalid();
        }
        return upsertTarget(profile).map(target -> updateCustomerFailure(target.id(), target.version(), profile))
                .orElseGet(() -> createCustomerFailure(profile));
    }

    /** @return the customer an upsert of {@code profile} updates; empty if it creates one */
    Optional<Customer> upsertTarget(CustomerProfile profile) {
        return profile.externalId().flatMap(this::byExternalId);
    }

    Optional<Customer> byExternalId(ExternalId externalId) {
        return customers.values().stream().filter(c -> c.profile().externalId().equals(Optional.of(externalId))).findFirst();
    }

    /** @return customers listing the address, compared without regard to case, ordered by id */
    List<Customer> byEmail(Email email) {
        String wanted = email.value().toLowerCase(Locale.ROOT);
        return customers.values().stream()
                .filter(c -> c.profile().emails().stream()
                        .anyMatch(e -> e.email().value().toLowerCase(Locale.ROOT).equals(wanted)))
                .sorted(Comparator.comparing((Customer c) -> c.id().value(), UNSIGNED))
                .toList();
    }

    /** @return every customer ordered by id */
    List<Customer> customersById() {
        return customers.values().stream().sorted(Comparator.comparing((Customer c) -> c.id().value(), UNSIGNED)).toList();
    }

    private boolean externalIdTakenByAnotherThan(CustomerProfile profile, Optional<CustomerId> self) {
        return profile.externalId().flatMap(this::byExternalId)
                .filter(holder -> self.isEmpty() || !holder.id().equals(self.get()))
                .isPresent();
    }

    // ---------------------------------------------------------------- interactions

    /** @return the ids of the logged interactions in logging order */
    List<InteractionId> interactionIds() {
        return List.copyOf(interactions.keySet());
    }

    Optional<Interaction> interaction(InteractionId id) {
        return Optional.ofNullable(interactions.get(id));
    }

    Optional<Failure> logFailure(CustomerId customer, InteractionDetails details) {
        if (!customers.containsKey(customer)) {
            return Failure.notFound();
        }
        InteractionLinks links = details.links();
        if (links.task().filter(task -> !tasks.containsKey(task)).isPresent()
                || links.ticket().filter(ticket -> !tickets.belongsTo(ticket, customer)).isPresent()
                || links.opportunity().filter(deal -> !sales.belongsTo(deal, customer)).isPresent()) {
            return Failure.invalid();
        }
        return Optional.empty();
    }

    /**
     * Logs the interaction. An outbound one linked to a ticket may record the ticket's first response
     * ({@link ReferenceTickets#responded}); that change is published before the interaction itself.
     */
    Interaction logged(InteractionId id, CustomerId customer, InteractionDetails details) {
        if (details.direction() == Direction.OUTBOUND) {
            details.links().ticket().ifPresent(ticket -> tickets.responded(ticket, details.occurredAt()));
        }
        Interaction interaction = new Interaction(id, customer, details, actor, now());
        interactions.put(id, interaction);
        publish(new InteractionLogged(interaction, actor, now()));
        return interaction;
    }

    /** How reads of one customer's data (its timeline, its 360 view) fail: not found for an unknown customer. */
    Optional<Failure> customerReadFailure(CustomerId customer) {
        return customers.containsKey(customer) ? Optional.empty() : Failure.notFound();
    }

    /** @return the customer's interactions, newest first, ties by id descending */
    List<Interaction> timeline(CustomerId customer) {
        return interactions.values().stream()
                .filter(i -> i.customer().equals(customer))
                .sorted(Comparator.comparing(Interaction::occurredAt)
                        .thenComparing((Interaction i) -> i.id().value(), UNSIGNED)
                        .reversed())
                .toList();
    }

    // ---------------------------------------------------------------- tasks

    /** @return the ids of the stored tasks in creation order */
    List<TaskId> taskIds() {
        return List.copyOf(tasks.keySet());
    }

    Optional<Task> task(TaskId id) {
        return Optional.ofNullable(tasks.get(id));
    }

    Optional<Failure> createTaskFailure(TaskDetails details) {
        return linksUnknownCustomer(details) ? Failure.invalid() : Optional.empty();
    }

    Task taskCreated(TaskId id, TaskDetails details) {
        Task task = new Task(id, details, TaskStatus.OPEN, now(), now(), Optional.empty(), 0);
        tasks.put(id, task);
        events.add(new TaskCreated(task, actor, now()));
        changes++;
        return task;
    }

    Optional<Failure> updateTaskFailure(TaskId id, long expectedVersion, TaskDetails details) {
        Task current = tasks.get(id);
        if (current == null) {
            return Failure.notFound();
        }
        if (current.version() != expectedVersion) {
            return Failure.conflict(ConflictException.Reason.STALE_VERSION);
        }
        if (!current.details().equals(details) && linksUnknownCustomer(details)) {
            return Failure.invalid();
        }
        return Optional.empty();
    }

    /** An update to identical details changes nothing, not even the version, and publishes nothing. */
    Task taskUpdated(TaskId id, TaskDetails details) {
        Task current = tasks.get(id);
        if (current.details().equals(details)) {
            return current;
        }
        Task updated = new Task(id, details, current.status(), current.createdAt(), now(), current.completedAt(),
                current.version() + 1);
        tasks.put(id, updated);
        events.add(new TaskUpdated(current, updated, actor, now()));
        changes++;
        return updated;
    }

    Optional<Failure> moveTaskFailure(TaskId id, long expectedVersion, TaskStatus next) {
        Task current = tasks.get(id);
        if (current == null) {
            return Failure.notFound();
        }
        if (current.version() != expectedVersion) {
            return Failure.conflict(ConflictException.Reason.STALE_VERSION);
        }
        if (!LEGAL_MOVES.get(current.status()).contains(next)) {
            return Failure.invalid();
        }
        return Optional.empty();
    }

    /** A move to done records the completion time and also publishes {@link TaskCompleted}; any other move clears it. */
    Task taskMoved(TaskId id, TaskStatus next) {
        Task current = tasks.get(id);
        Optional<Instant> completedAt = next == TaskStatus.DONE ? Optional.of(now()) : Optional.empty();
        Task moved = new Task(id, current.details(), next, current.createdAt(), now(), completedAt, current.version() + 1);
        tasks.put(id, moved);
        events.add(new TaskStatusChanged(moved, current.status(), next, actor, now()));
        if (next == TaskStatus.DONE) {
            events.add(new TaskCompleted(moved, actor, now()));
        }
        changes++;
        return moved;
    }

    /**
     * @param status a task's status
     * @return the statuses it may move to, as the {@link TaskStatus} Javadoc lists them
     */
    static Set<TaskStatus> legalMovesFrom(TaskStatus status) {
        return LEGAL_MOVES.get(status);
    }

    /** @return open and in-progress tasks due strictly before {@code at}, by due time then id */
    List<Task> overdue(Instant at) {
        Instant judged = at.truncatedTo(ChronoUnit.MICROS);
        return tasks.values().stream()
                .filter(t -> t.status() == TaskStatus.OPEN || t.status() == TaskStatus.IN_PROGRESS)
                .filter(t -> t.details().due().filter(due -> due.isBefore(judged)).isPresent())
                .sorted(byDueThenId())
                .toList();
    }

    Optional<Failure> dueBetweenFailure(Instant from, Instant to) {
        return to.truncatedTo(ChronoUnit.MICROS).isBefore(from.truncatedTo(ChronoUnit.MICROS)) ? Failure.invalid() : Optional.empty();
    }

    /** @return tasks of any status due in {@code [from, to)}, by due time then id */
    List<Task> dueBetween(Instant from, Instant to) {
        Instant start = from.truncatedTo(ChronoUnit.MICROS);
        Instant end = to.truncatedTo(ChronoUnit.MICROS);
        return tasks.values().stream()
                .filter(t -> t.details().due().filter(due -> !due.isBefore(start) && due.isBefore(end)).isPresent())
                .sorted(byDueThenId())
                .toList();
    }

    /** @return tasks assigned to the user, newest first, ties by id descending */
    List<Task> byAssignee(UserId assignee) {
        return tasks.values().stream()
                .filter(t -> t.details().assignee().equals(Optional.of(assignee)))
                .sorted(newestFirst())
                .toList();
    }

    /** @return tasks linked to the customer, newest first, ties by id descending */
    List<Task> byCustomer(CustomerId customer) {
        return tasks.values().stream()
                .filter(t -> t.details().links().customer().equals(Optional.of(customer)))
                .sorted(newestFirst())
                .toList();
    }

    /** @return open and in-progress tasks linked to the customer, newest first, ties by id descending */
    List<Task> activeByCustomer(CustomerId customer) {
        return byCustomer(customer).stream()
                .filter(t -> t.status() == TaskStatus.OPEN || t.status() == TaskStatus.IN_PROGRESS)
                .toList();
    }

    private boolean linksUnknownCustomer(TaskDetails details) {
        return details.links().customer().filter(c -> !customers.containsKey(c)).isPresent();
    }

    private static Comparator<Task> byDueThenId() {
        return Comparator.comparing((Task t) -> t.details().due().orElseThrow())
                .thenComparing(t -> t.id().value(), UNSIGNED);
    }

    private static Comparator<Task> newestFirst() {
        return Comparator.comparing(Task::createdAt).thenComparing((Task t) -> t.id().value(), UNSIGNED).reversed();
    }

    private static Map<TaskStatus, Set<TaskStatus>> legalMoves() {
        Map<TaskStatus, Set<TaskStatus>> moves = new EnumMap<>(TaskStatus.class);
        moves.put(TaskStatus.OPEN, EnumSet.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.CANCELLED));
        moves.put(TaskStatus.IN_PROGRESS, EnumSet.of(TaskStatus.OPEN, TaskStatus.DONE, TaskStatus.CANCELLED));
        moves.put(TaskStatus.DONE, EnumSet.of(TaskStatus.OPEN));
        moves.put(TaskStatus.CANCELLED, EnumSet.of(TaskStatus.OPEN));
        return moves;
    }

    /** @return a one-line summary for failure reports */
    @Override
    public String toString() {
        return "model at " + clock + ": " + customers.size() + " customers, " + interactions.size() + " interactions, "
                + tasks.size() + " tasks, " + sales + ", " + purchases + ", " + tickets + ", " + feedback;
    }
}
