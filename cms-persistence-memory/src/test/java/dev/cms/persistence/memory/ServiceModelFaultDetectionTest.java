package dev.cms.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.spi.AttributeDefinitionRepository;
import dev.cms.core.spi.CustomerRepository;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.spi.TaskPosition;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.spi.TimelinePosition;
import dev.cms.core.spi.Transactions;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskId;
import dev.cms.testkit.ServiceModelProperties;
import dev.cms.testkit.ServiceModelState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.state.ActionChain;

/**
 * Proves that {@link ServiceModelProperties} can fail: the very chains it runs, generated from a fixed seed, are run
 * through {@link ServiceModelProperties#check} against the memory adapter with one deliberate fault and must be
 * caught; against the unbroken adapter the same chains pass, so the failure comes from the fault, not the harness.
 */
class ServiceModelFaultDetectionTest {
    private static final long SEED = 20_261_123L;
    private static final int CHAINS = 40;

    @Example
    void serviceModel_againstTheMemoryAdapter_passesOnEveryChainOfTheSeed() {
        assertThat(firstFailure(MemoryPersistence::new)).isEmpty();
    }

    @Example
    void serviceModel_whenOverdueDropsTheLastTaskOfEachFetch_failsOnTheOverdueQuery() {
        Optional<AssertionError> failure = firstFailure(() -> new FaultyStore(new MemoryPersistence(), true, false));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("tasks().overdue");
    }

    @Example
    void serviceModel_whenTimelineBreaksTiesByAscendingId_failsOnTheTimelineQuery() {
        Optional<AssertionError> failure = firstFailure(() -> new FaultyStore(new MemoryPersistence(), false, true));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("interactions().timeline");
    }

    /** Runs the property body on the first {@link #CHAINS} chains of {@link #SEED}; returns the first failure. */
    private static Optional<AssertionError> firstFailure(Supplier<PersistenceProvider> stores) {
        ServiceModelProperties properties = new ServiceModelProperties() {
            @Override
            public PersistenceProvider newPersistence() {
                return stores.get();
            }
        };
        RandomGenerator<ActionChain<ServiceModelState>> chains = properties.serviceCalls().generator(100);
        Random random = new Random(SEED);
        for (int i = 0; i < CHAINS; i++) {
            try {
                properties.check(chains.next(random).value());
            } catch (AssertionError e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The memory adapter with a fault switched on in its task or interaction queries. */
    private static final class FaultyStore implements PersistenceProvider {
        private final PersistenceProvider delegate;
        private final boolean overdueDropsLast;
        private final boolean timelineTiesAscending;

        FaultyStore(PersistenceProvider delegate, boolean overdueDropsLast, boolean timelineTiesAscending) {
            this.delegate = delegate;
            this.overdueDropsLast = overdueDropsLast;
            this.timelineTiesAscending = timelineTiesAscending;
        }

        @Override
        public Transactions transactions() {
            return delegate.transactions();
        }

        @Override
        public CustomerRepository customers() {
            return delegate.customers();
        }

        @Override
        public AttributeDefinitionRepository attributeDefinitions() {
            return delegate.attributeDefinitions();
        }

        @Override
        public InteractionRepository interactions() {
            InteractionRepository interactions = delegate.interactions();
            return new InteractionRepository() {
                @Override
                public void insert(Interaction interaction) {
                    interactions.insert(interaction);
                }

                @Override
                public Optional<Interaction> findById(InteractionId id) {
                    return interactions.findById(id);
                }

                @Override
                public List<Interaction> timeline(CustomerId customer, Optional<TimelinePosition> after, int limit) {
                    List<Interaction> fetched = new ArrayList<>(interactions.timeline(customer, after, limit));
                    if (timelineTiesAscending) {
                        fetched.sort(Comparator.comparing(Interaction::occurredAt).reversed()
                                .thenComparing(Interaction::id));
                    }
                    return fetched;
                }
            };
        }

        @Override
        public TaskRepository tasks() {
            TaskRepository tasks = delegate.tasks();
            return new TaskRepository() {
                @Override
                public void insert(Task task) {
                    tasks.insert(task);
                }

                @Override
                public void update(Task task) {
                    tasks.update(task);
                }

                @Override
                public Optional<Task> findById(TaskId id) {
                    return tasks.findById(id);
                }

                @Override
                public List<Task> overdue(Instant at, Optional<TaskPosition> after, int limit) {
                    List<Task> fetched = tasks.overdue(at, after, limit);
                    return overdueDropsLast && !fetched.isEmpty() ? fetched.subList(0, fetched.size() - 1) : fetched;
                }

                @Override
                public List<Task> dueBetween(Instant from, Instant to, Optional<TaskPosition> after, int limit) {
                    return tasks.dueBetween(from, to, after, limit);
                }

                @Override
                public List<Task> byAssignee(UserId assignee, Optional<TaskPosition> after, int limit) {
                    return tasks.byAssignee(assignee, after, limit);
                }

                @Override
                public List<Task> byCustomer(CustomerId customer, Optional<TaskPosition> after, int limit) {
                    return tasks.byCustomer(customer, after, limit);
                }
            };
        }
    }
}
