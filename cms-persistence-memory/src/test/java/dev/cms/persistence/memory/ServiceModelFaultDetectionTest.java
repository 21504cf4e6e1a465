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
        Optional<AssertionError> failure = firstFailure(() -> new FaultyStore(Fault.OVERDUE_DROPS_LAST));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("tasks().overdue");
    }

    @Example
    void serviceModel_whenTimelineBreaksTiesByAscendingId_failsOnTheTimelineQuery() {
        Optional<AssertionError> failure = firstFailure(() -> new FaultyStore(Fault.TIMELINE_TIES_ASCENDING));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("interactions().timeline");
    }

    @Example
    void serviceModel_whenTransactionsDropAfterCommitActions_failsOnTheMissingEvents() {
        Optional<AssertionError> failure = firstFailure(() -> new FaultyStore(Fault.AFTER_COMMIT_DROPPED));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("events published by the last call");
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

    /** The one thing a {@link FaultyStore} gets wrong. */
    private enum Fault {
        /** {@link TaskRepository#overdue} leaves out the last task it found. */
        OVERDUE_DROPS_LAST,
        /** {@link InteractionRepository#timeline} orders interactions at the same instant by ascending id. */
        TIMELINE_TIES_ASCENDING,
        /** {@link Transactions#afterCommit} forgets the action, so no event is ever published. */
        AFTER_COMMIT_DROPPED
    }

    /** A {@link MemoryPersistence} with one {@link Fault}. */
    private static final class FaultyStore implements PersistenceProvider {
        private final PersistenceProvider delegate = new MemoryPersistence();
        private final Fault fault;

        FaultyStore(Fault fault) {
            this.fault = fault;
        }

        @Override
        public Transactions transactions() {
            Transactions transactions = delegate.transactions();
            return new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    return transactions.inTransaction(work);
                }

                @Override
                public void afterCommit(Runnable action) {
                    if (fault != Fault.AFTER_COMMIT_DROPPED) {
                        transactions.afterCommit(action);
                    }
                }
            };
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
                    if (fault == Fault.TIMELINE_TIES_ASCENDING) {
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
                    return fault == Fault.OVERDUE_DROPS_LAST && !fetched.isEmpty() ? fetched.subList(0, fetched.size() - 1) : fetched;
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
