package dev.cms.testkit;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.task.Priority;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.ChangeDetector;
import net.jqwik.api.state.Transformer;

/**
 * The actions of {@link ServiceModelProperties} and the generators behind them: customers, interactions, tasks and
 * the clock here, the other features in {@link SalesActions}, {@link PurchaseActions}, {@link TicketActions} and
 * {@link FeedbackActions}, which share the helpers below. Values come from small pools (three external ids, five
 * e-mail addresses differing partly only in case, a handful of instants and amounts) so that duplicates, conflicts
 * and ties in sort order happen often. Every transformer names stored objects by position, never by id, so it stays
 * meaningful when a shrunk chain is replayed on a fresh store.
 */
final class ServiceModelActions {
    private static final Instant START = ServiceModelState.START;

    private static final List<String> PEOPLE = List.of("Ada Lovelace", "Grace Hopper", "Alan Turing");
    static final List<String> ORGANIZATIONS = List.of("Acme Ltd", "Initech");
    // Two pairs differ only in case, so findByEmail must find both of a pair, and one profile cannot list both.
    private static final List<String> EMAILS = List.of("ada@example.com", "ADA@example.com", "grace@example.org",
            "Grace@Example.ORG", "alan@example.net");
    private static final List<String> EXTERNAL_IDS = List.of("ext-1", "ext-2", "ext-3");
    static final List<UserId> USERS = List.of(UserId.of("alice"), UserId.of("bob"), UserId.of("carol"));

    /** Interaction times: few, so timelines have ties; one carries nanoseconds that storage truncates into a tie. */
    static final List<Instant> OCCURRED = List.of(START.minus(Duration.ofHours(3)),
            START.minus(Duration.ofHours(1)), START.minus(Duration.ofHours(1)).plusNanos(1), START,
            START.plus(Duration.ofHours(1)));
    /** Due times around the start, so the clock moving forward makes tasks overdue; ties again on purpose. */
    private static final List<Instant> DUE = List.of(START.minus(Duration.ofHours(2)), START.minus(Duration.ofHours(1)),
            START, START.plus(Duration.ofMinutes(30)), START.plus(Duration.ofHours(1)),
            START.plus(Duration.ofHours(1)).plusNanos(999), START.plus(Duration.ofDays(1)));
    private static final List<Instant> WINDOW_BOUNDS = List.of(START.minus(Duration.ofDays(1)), START.minus(Duration.ofHours(1)),
            START, START.plus(Duration.ofHours(1)), START.plus(Duration.ofDays(2)));
    /** Clock steps, including none and one below storage precision. */
    private static final List<Duration> CLOCK_STEPS = List.of(Duration.ZERO, Duration.ofNanos(500), Duration.ofNanos(1000),
            Duration.ofMillis(1), Duration.ofSeconds(1), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofDays(1));

    private ServiceModelActions() {
    }

    /**
     * @param start     creates the state of one run over a fresh store
     * @param maxLength most actions in one chain
     * @return chains mixing writes (some bound to fail), clock moves and paged queries
     */
    static ActionChainArbitrary<ServiceModelState> chains(Supplier<ServiceModelState> start, int maxLength) {
        ActionChainArbitrary<ServiceModelState> chains = ActionChain.startWith(start)
                .withAction(4, independent(createCustomer()))
                .withAction(3, dependent(s -> s.customerCount() > 0, ServiceModelActions::updateCustomer))
                .withAction(2, independent(upsertCustomer()))
                .withAction(4, dependent(s -> true, ServiceModelActions::logInteraction))
                .withAction(4, dependent(s -> true, ServiceModelActions::createTask))
                .withAction(2, dependent(s -> s.taskCount() > 0, ServiceModelActions::updateTask))
                .withAction(4, dependent(s -> s.taskCount() > 0, ServiceModelActions::moveTask))
                .withAction(3, independent(advanceClock()))
                .withAction(1, independent(listCustomers()))
                .withAction(1, independent(findByExternalId()))
                .withAction(1, independent(findByEmail()))
                .withAction(3, dependent(s -> true, ServiceModelActions::view))
                .withAction(3, dependent(s -> true, ServiceModelActions::timeline))
                .withAction(3, independent(overdue()))
                .withAction(1, independent(dueBetween()))
                .withAction(1, independent(byAssignee()))
                .withAction(1, dependent(s -> true, ServiceModelActions::byCustomer));
        chains = SalesActions.addTo(chains);
        chains = PurchaseActions.addTo(chains);
        chains = TicketActions.addTo(chains);
        chains = FeedbackActions.addTo(chains);
        return chains.withMaxTransformations(maxLength).improveShrinkingWith(ModelChanges::new);
    }

    // ---------------------------------------------------------------- customers

    private static Arbitrary<Transformer<ServiceModelState>> createCustomer() {
        return profiles(externalIds().optional(0.6)).map(p -> mutate("createCustomer " + describe(p), s -> s.createCustomer(p)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> updateCustomer(ServiceModelState state) {
        // Mostly the current version; sometimes one behind or ahead (stale); sometimes the unchanged profile.
        Arbitrary<Optional<CustomerProfile>> profiles = profiles(externalIds().optional(0.6)).optional(0.85);
        return Combinators.combine(position(state.customerCount()), versionOffsets(), profiles)
                .as((position, offset, profile) -> mutate("updateCustomer customer#" + position + " "
                                + version(offset) + " " + profile.map(ServiceModelActions::describe).orElse("(unchanged profile)"),
                        s -> s.updateCustomer(position, offset, profile)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> upsertCustomer() {
        return profiles(externalIds().optional(0.9)).map(p -> mutate("upsertByExternalId " + describe(p), s -> s.upsertCustomer(p)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> listCustomers() {
        return pageSizes().map(size -> mutate("listCustomers pageSize=" + size, s -> s.listCustomers(size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> findByExternalId() {
        return externalIds().map(id -> mutate("findByExternalId " + id, s -> s.findByExternalId(ExternalId.of(id))));
    }

    private static Arbitrary<Transformer<ServiceModelState>> findByEmail() {
        List<String> asked = new ArrayList<>(EMAILS);
        asked.add("nobody@example.com");
        asked.add("ada@EXAMPLE.com");
        return Arbitraries.of(asked).map(e -> mutate("findByEmail " + e, s -> s.findByEmail(Email.of(e))));
    }

    private static Arbitrary<Transformer<ServiceModelState>> view(ServiceModelState state) {
        return position(state.customerCount()).map(customer -> mutate("view customer#" + customer, s -> s.view(customer)));
    }

    private static Arbitrary<CustomerProfile> profiles(Arbitrary<Optional<String>> externalIds) {
        List<String> names = new ArrayList<>(PEOPLE);
        names.addAll(ORGANIZATIONS);
        Arbitrary<List<String>> emails = Arbitraries.of(EMAILS).list().ofMaxSize(2).uniqueElements(e -> e.toLowerCase(Locale.ROOT));
        Arbitrary<Set<String>> tags = Arbitraries.subsetOf("vip", "b2b");
        Arbitrary<LifecycleStage> stages = Arbitraries.of(LifecycleStage.LEAD, LifecycleStage.CUSTOMER, LifecycleStage.CHURNED);
        return Combinators.combine(Arbitraries.of(names), emails, externalIds, tags, stages)
                .as((name, addresses, externalId, tagSet, stage) -> {
                    CustomerProfile.Builder builder = ORGANIZATIONS.contains(name)
                            ? CustomerProfile.organization(name)
                            : CustomerProfile.person(name.substring(0, name.indexOf(' ')), name.substring(name.indexOf(' ') + 1));
                    addresses.forEach(builder::email);
                    externalId.ifPresent(builder::externalId);
                    tagSet.forEach(builder::tag);
                    return builder.stage(stage).build();
                });
    }

    static Arbitrary<String> externalIds() {
        return Arbitraries.of(EXTERNAL_IDS);
    }

    static String describe(CustomerProfile p) {
        return "{" + p.name().display() + ", ext=" + p.externalId().map(ExternalId::value).orElse("-")
                + ", emails=" + p.emails().stream().map(e -> e.email().value()).toList()
                + ", tags=" + p.tags() + ", stage=" + p.lifecycleStage() + "}";
    }

    // ---------------------------------------------------------------- interactions

    private static Arbitrary<Transformer<ServiceModelState>> logInteraction(ServiceModelState state) {
        int customers = state.customerCount();
        int tasks = state.taskCount();
        int tickets = state.tickets().ticketCount();
        int deals = state.sales().dealCount();
        // Some times are fixed, so timelines tie; some follow the clock, so answers to tickets opened later count.
        Arbitrary<Map.Entry<String, Function<Instant, Instant>>> times = Arbitraries.frequencyOf(List.of(
                Tuple.of(3, Arbitraries.of(OCCURRED).map(at -> Map.entry(at.toString(), now -> at))),
                Tuple.of(2, Arbitraries.of(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(-5))
                        .map(offset -> Map.entry("now" + signed(offset), now -> now.plus(offset))))));
        Arbitrary<Map.Entry<String, Function<Instant, InteractionDetails>>> details = Combinators.combine(Arbitraries.of(Channel.class),
                        Arbitraries.of(Direction.class), times, Arbitraries.of("Intro call", "Follow-up").optional(0.5))
                .as((channel, direction, at, subject) -> Map.entry(channel + " " + direction + " at " + at.getKey(), now -> {
                    InteractionDetails d = InteractionDetails.of(channel, direction, at.getValue().apply(now));
                    return subject.map(d::withSubject).orElse(d);
                }));
        // Half the time a customer with interactions already, so that timelines grow long enough to page and tie.
        List<CustomerId> owners = state.model().interactionIds().stream()
                .map(id -> state.model().interaction(id).orElseThrow().customer()).toList();
        List<Integer> active = java.util.stream.IntStream.range(0, customers)
                .filter(i -> owners.contains(state.customerAt(i))).boxed().toList();
        Arbitrary<Integer> who = active.isEmpty() ? position(customers)
                : Arbitraries.frequencyOf(List.of(Tuple.of(1, position(customers)), Tuple.of(1, Arbitraries.of(active))));
        return who.flatMap(customer -> {
            // Link only on a known customer's timeline, so at most one kind of reason to fail.
            boolean known = customer < customers;
            Arbitrary<Optional<Integer>> task = known ? optionalPosition(tasks, 0.3) : Arbitraries.just(Optional.empty());
            Arbitrary<Optional<Integer>> ticket = known
                    ? ownOrAny(state.tickets().ticketPositionsOf(customer), tickets).optional(0.5)
                    : Arbitraries.just(Optional.empty());
            Arbitrary<Optional<Integer>> deal = known
                    ? ownOrAny(state.sales().dealPositionsOf(customer), deals).optional(0.2)
                    : Arbitraries.just(Optional.empty());
            return Combinators.combine(details, task, ticket, deal).as((d, t, ti, de) -> mutate("logInteraction customer#" + customer
                    + " " + d.getKey() + t.map(p -> " about task#" + p).orElse("")
                    + ti.map(p -> " about ticket#" + p).orElse("") + de.map(p -> " about deal#" + p).orElse(""),
                    s -> s.logInteraction(customer, d.getValue(), t, ti, de)));
        });
    }

    private static Arbitrary<Transformer<ServiceModelState>> timeline(ServiceModelState state) {
        // Mostly a customer with several interactions when the chain was generated, so pages and ties happen.
        return Combinators.combine(ownOrAny(state.customersWithSeveral(state.model().interactionIds().stream()
                                .map(id -> state.model().interaction(id).orElseThrow().customer()).toList()), state.customerCount()),
                        pageSizes())
                .as((customer, size) -> mutate("timeline customer#" + customer + " pageSize=" + size, s -> s.timeline(customer, size)));
    }

    // ---------------------------------------------------------------- tasks

    private static Arbitrary<Transformer<ServiceModelState>> createTask(ServiceModelState state) {
        return Combinators.combine(taskDetails(), optionalPosition(state.customerCount(), 0.5))
                .as((details, customer) -> mutate("createTask " + describe(details) + customer.map(p -> " about customer#" + p).orElse(""),
                        s -> s.createTask(details, customer)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> updateTask(ServiceModelState state) {
        Arbitrary<Optional<TaskDetails>> details = taskDetails().optional(0.85);
        return Combinators.combine(position(state.taskCount()), versionOffsets(), details, optionalPosition(state.customerCount(), 0.5))
                .as((task, offset, d, customer) -> mutate("updateTask task#" + task + " " + version(offset) + " "
                                + d.map(x -> describe(x) + customer.map(p -> " about customer#" + p).orElse(""))
                                        .orElse("(unchanged details)"),
                        s -> s.updateTask(task, offset, d, customer)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> moveTask(ServiceModelState state) {
        return position(state.taskCount()).flatMap(task -> {
            // Mostly a legal move from the task's status when generated; sometimes any status, legal or not.
            Arbitrary<TaskStatus> legal = state.taskStatus(task)
                    .map(status -> Arbitraries.of(ReferenceModel.legalMovesFrom(status)))
                    .orElseGet(() -> Arbitraries.of(TaskStatus.class));
            Arbitrary<TaskStatus> next = Arbitraries.frequencyOf(
                    List.of(Tuple.of(3, legal), Tuple.of(1, Arbitraries.of(TaskStatus.class))));
            return Combinators.combine(next, versionOffsets())
                    .as((status, offset) -> mutate("moveTask task#" + task + " " + version(offset) + " to " + status,
                            s -> s.moveTask(task, offset, status)));
        });
    }

    private static Arbitrary<Transformer<ServiceModelState>> overdue() {
        Arbitrary<Duration> offsets = Arbitraries.of(Duration.ZERO, Duration.ZERO, Duration.ofHours(-1), Duration.ofNanos(1000),
                Duration.ofHours(2));
        return Combinators.combine(offsets, pageSizes())
                .as((offset, size) -> mutate("overdue at now" + signed(offset) + " pageSize=" + size, s -> s.overdue(offset, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> dueBetween() {
        Arbitrary<Instant> bounds = Arbitraries.of(WINDOW_BOUNDS);
        Arbitrary<Boolean> ordered = Arbitraries.frequency(List.of(Tuple.of(5, true), Tuple.of(1, false)));
        return Combinators.combine(bounds, bounds, ordered, pageSizes()).as((a, b, inOrder, size) -> {
            Instant from = inOrder && b.isBefore(a) ? b : a;
            Instant to = inOrder && b.isBefore(a) ? a : b;
            return mutate("dueBetween " + from + " and " + to + " pageSize=" + size, s -> s.dueBetween(from, to, size));
        });
    }

    private static Arbitrary<Transformer<ServiceModelState>> byAssignee() {
        return Combinators.combine(Arbitraries.of(USERS), pageSizes())
                .as((user, size) -> mutate("byAssignee " + user + " pageSize=" + size, s -> s.byAssignee(user, size)));
    }

    private static Arbitrary<Transformer<ServiceModelState>> byCustomer(ServiceModelState state) {
        return Combinators.combine(position(state.customerCount()), pageSizes())
                .as((customer, size) -> mutate("byCustomer customer#" + customer + " pageSize=" + size, s -> s.byCustomer(customer, size)));
    }

    static Arbitrary<TaskDetails> taskDetails() {
        Arbitrary<Optional<Instant>> due = Arbitraries.of(DUE).optional(0.8);
        // Only alice and bob get tasks; carol is asked about and has none.
        Arbitrary<Optional<UserId>> assignee = Arbitraries.of(USERS.subList(0, 2)).optional(0.7);
        Arbitrary<Boolean> reminder = Arbitraries.frequency(List.of(Tuple.of(3, false), Tuple.of(1, true)));
        return Combinators.combine(Arbitraries.of("Call back", "Send offer", "Renew contract"), due, Arbitraries.of(Priority.class),
                        assignee, reminder)
                .as((title, dueAt, priority, user, remind) -> {
                    TaskDetails d = TaskDetails.titled(title).withPriority(priority);
                    d = dueAt.map(d::dueAt).orElse(d);
                    d = user.map(d::assignedTo).orElse(d);
                    if (remind && dueAt.isPresent()) {
                        d = d.remindAt(dueAt.get().minus(Duration.ofMinutes(15)));
                    }
                    return d;
                });
    }

    static String describe(TaskDetails d) {
        return "{" + d.title() + ", due=" + d.due().map(Instant::toString).orElse("-") + ", " + d.priority()
                + ", assignee=" + d.assignee().map(UserId::value).orElse("-") + "}";
    }

    // ---------------------------------------------------------------- time

    private static Arbitrary<Transformer<ServiceModelState>> advanceClock() {
        return Arbitraries.of(CLOCK_STEPS).map(step -> mutate("advanceClock by " + step, s -> s.advanceClock(step)));
    }

    // ---------------------------------------------------------------- shared pieces

    /** A position among {@code count} stored objects; now and then {@code count}, an object never created. */
    static Arbitrary<Integer> position(int count) {
        if (count == 0) {
            return Arbitraries.just(0);
        }
        return Arbitraries.frequencyOf(List.of(Tuple.of(9, Arbitraries.integers().between(0, count - 1)),
                Tuple.of(1, Arbitraries.just(count))));
    }

    private static Arbitrary<Optional<Integer>> optionalPosition(int count, double presence) {
        return position(count).optional(presence);
    }

    /**
     * Mostly one of {@code own} (the positions of objects belonging to the customer at hand), else any position
     * among {@code count}, so that links to another customer's objects (which must fail) happen too.
     */
    static Arbitrary<Integer> ownOrAny(List<Integer> own, int count) {
        if (own.isEmpty()) {
            return position(count);
        }
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.of(own)), Tuple.of(1, position(count))));
    }

    /** 0 (the current version) mostly; -1 and +1 make the expected version stale. */
    static Arbitrary<Integer> versionOffsets() {
        return Arbitraries.frequency(List.of(Tuple.of(8, 0), Tuple.of(1, -1), Tuple.of(1, 1)));
    }

    static Arbitrary<Integer> pageSizes() {
        return Arbitraries.integers().between(1, 4);
    }

    static String version(int offset) {
        return offset == 0 ? "at its version" : "at its version" + (offset > 0 ? "+" : "") + offset + " (stale)";
    }

    static String signed(Duration offset) {
        return offset.isZero() ? "" : offset.isNegative() ? "-" + offset.negated() : "+" + offset;
    }

    /** Tells jqwik's shrinker which calls changed nothing (queries, failed writes), so it can drop them first. */
    private static final class ModelChanges implements ChangeDetector<ServiceModelState> {
        private long before;

        @Override
        public void before(ServiceModelState state) {
            before = state.changes();
        }

        @Override
        public boolean hasChanged(ServiceModelState state) {
            return state.changes() != before;
        }
    }

    static Transformer<ServiceModelState> mutate(String description, Consumer<ServiceModelState> change) {
        return Transformer.mutate(description, change);
    }

    static Action.Independent<ServiceModelState> independent(Arbitrary<Transformer<ServiceModelState>> transformers) {
        return () -> transformers;
    }

    static Action.Dependent<ServiceModelState> dependent(
            Predicate<ServiceModelState> precondition,
            Function<ServiceModelState, Arbitrary<Transformer<ServiceModelState>>> transformers) {
        return new Action.Dependent<>() {
            @Override
            public boolean precondition(ServiceModelState state) {
                return precondition.test(state);
            }

            @Override
            public Arbitrary<Transformer<ServiceModelState>> transformer(ServiceModelState state) {
                return transformers.apply(state);
            }
        };
    }
}
