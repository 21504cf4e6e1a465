package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException;
import dev.cms.core.ConflictException.Reason;
import dev.cms.core.DomainEvent;
import dev.cms.core.EventListener;
import dev.cms.core.NotFoundException;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionLogged;
import dev.cms.core.spi.AttributeDefinitionRepository;
import dev.cms.core.spi.CustomerRepository;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.OpportunityRepository;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.spi.PipelineRepository;
import dev.cms.core.spi.PurchaseRepository;
import dev.cms.core.spi.SurveyResponseRepository;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.spi.Transactions;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What {@link Transactions} and the event publication promise: all-or-nothing across repositories, nested calls that
 * join, events delivered only after commit and never for a write that failed, and listeners that cannot undo or block
 * a committed write.
 */
public abstract class TransactionContract extends CmsContractSupport {
    /** For subclasses. */
    protected TransactionContract() {
    }

    private <T> T inTx(Supplier<T> work) {
        return store.transactions().inTransaction(work);
    }

    // ---- all or nothing ------------------------------------------------------------------------------------------

    @Test
    void failureInsideATransaction_leavesNothingBehindInAnyRepository_andPropagatesTheSameException() {
        Customer customer = TestData.customer(TestData.ID_1, TestData.everyFieldPerson("erp-1").build(), START);
        Task task = TestData.task(TestData.ID_MAX, TaskDetails.titled("Call").about(customer.id()).assignedTo(
                UserId.of("bob")).dueAt(START), TaskStatus.OPEN, START);
        Interaction note = TestData.note(TestData.ID_HIGH_HALF_SIGNED, customer.id(), START);
        AttributeDefinition definition = AttributeDefinition.of("score", "Score", AttributeType.NUMBER);
        IllegalStateException boom = new IllegalStateException("boom");

        Throwable thrown = catchThrowable(() -> store.transactions().inTransaction(() -> {
            store.customers().insert(customer);
            store.tasks().insert(task);
            store.interactions().insert(note);
            store.attributeDefinitions().save(definition);
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        assertStoreIsEmpty(customer, task, note);
    }

    @Test
    void failureWithALibraryException_rollsBackAndPropagatesItUnchanged() {
        Customer customer = TestData.customer(TestData.ID_1, TestData.person("Ada", "Lovelace"), START);
        ConflictException conflict = new ConflictException(Reason.STALE_VERSION, "simulated");

        Throwable thrown = catchThrowable(() -> inTx(() -> {
            store.customers().insert(customer);
            throw conflict;
        }));

        assertThat(thrown).isSameAs(conflict);
        assertThat(inTx(() -> store.customers().findById(customer.id()))).isEmpty();
    }

    @Test
    void failureInsideATransaction_undoesUpdatesToo() {
        Customer v0 = TestData.customer(TestData.ID_1, TestData.person("Ada", "Lovelace"), START);
        Task open = TestData.task(TestData.ID_MAX, TaskDetails.titled("Call").about(v0.id()), TaskStatus.OPEN, START);
        inTx(() -> {
            store.customers().insert(v0);
            store.tasks().insert(open);
            return null;
        });

        Throwable thrown = catchThrowable(() -> inTx(() -> {
            store.customers().update(v0.withProfile(TestData.person("Ada", "King"), START.plusSeconds(1)));
            store.tasks().update(open.movedTo(TaskStatus.DONE, START.plusSeconds(1)));
            throw new IllegalStateException("boom");
        }));

        assertThat(thrown).hasMessage("boom");

        assertThat(inTx(() -> store.customers().findById(v0.id()))).contains(v0);
        assertThat(inTx(() -> store.tasks().findById(open.id()))).contains(open);
    }

    @Test
    void committedTransaction_returnsTheResult_andItsWritesAreVisibleAfterwards() {
        Customer customer = TestData.customer(TestData.ID_1, TestData.person("Ada", "Lovelace"), START);
        Task task = TestData.task(TestData.ID_MAX, TaskDetails.titled("Call").about(customer.id()), TaskStatus.OPEN, START);

        String result = inTx(() -> {
            store.customers().insert(customer);
            store.tasks().insert(task);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(inTx(() -> store.customers().findById(customer.id()))).contains(customer);
        assertThat(inTx(() -> store.tasks().findById(task.id()))).contains(task);
    }

    @Test
    void nestedTransaction_joinsTheOuterOne_seeingItsWrites_andRollingBackWithIt() {
        Customer customer = TestData.customer(TestData.ID_1, TestData.person("Ada", "Lovelace"), START);
        Task task = TestData.task(TestData.ID_MAX, TaskDetails.titled("Call").about(customer.id()), TaskStatus.OPEN, START);
        AtomicInteger innerSawCustomer = new AtomicInteger();

        Throwable thrown = catchThrowable(() -> inTx(() -> {
            store.customers().insert(customer);
            inTx(() -> {
                if (store.customers().findById(customer.id()).isPresent()) {
                    innerSawCustomer.incrementAndGet();
                }
                store.tasks().insert(task);
                return null;
            });
            throw new IllegalStateException("outer fails after the inner call returned");
        }));

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        assertThat(innerSawCustomer).hasValue(1);
        assertThat(inTx(() -> store.customers().findById(customer.id()))).isEmpty();
        assertThat(inTx(() -> store.tasks().findById(task.id()))).isEmpty();
    }

    @Test
    void nestedTransaction_commitsWithTheOuterOne() {
        Customer customer = TestData.customer(TestData.ID_1, TestData.person("Ada", "Lovelace"), START);
        Task task = TestData.task(TestData.ID_MAX, TaskDetails.titled("Call").about(customer.id()), TaskStatus.OPEN, START);

        inTx(() -> {
            store.customers().insert(customer);
            return inTx(() -> {
                store.tasks().insert(task);
                return null;
            });
        });

        assertThat(inTx(() -> store.customers().findById(customer.id()))).contains(customer);
        assertThat(inTx(() -> store.tasks().findById(task.id()))).contains(task);
    }

    private void assertStoreIsEmpty(Customer customer, Task task, Interaction note) {
        inTx(() -> {
            assertThat(store.customers().findById(customer.id())).isEmpty();
            assertThat(store.customers().count()).isZero();
            assertThat(store.customers().list(Optional.empty(), 10)).isEmpty();
            assertThat(store.customers().findByExternalId(customer.profile().externalId().orElseThrow())).isEmpty();
            assertThat(store.customers().findByEmail(customer.profile().primaryEmail().orElseThrow())).isEmpty();
            assertThat(store.tasks().findById(task.id())).isEmpty();
            assertThat(store.tasks().byCustomer(customer.id(), Optional.empty(), 10)).isEmpty();
            assertThat(store.tasks().byAssignee(task.details().assignee().orElseThrow(), Optional.empty(), 10)).isEmpty();
            assertThat(store.tasks().overdue(START.plusSeconds(1), Optional.empty(), 10)).isEmpty();
            assertThat(store.interactions().findById(note.id())).isEmpty();
            assertThat(store.interactions().timeline(customer.id(), Optional.empty(), 10)).isEmpty();
            assertThat(store.attributeDefinitions().findAll()).isEmpty();
            return null;
        });
    }

    // ---- events after commit -------------------------------------------------------------------------------------

    @Test
    void events_arePublishedAfterCommit_soAListenerReadingFromAnotherThreadSeesTheData() {
        List<Optional<Customer>> seenByListener = new CopyOnWriteArrayList<>();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            EventListener observer = event -> {
                if (event instanceof CustomerCreated created) {
                    seenByListener.add(readOn(reader, () -> store.customers().findById(created.customer().id())));
                }
            };
            CmsScope scope = Cms.builder().persistence(store).clock(clock).listener(observer).build().as(Principal.of("alice"));

            Customer ada = scope.customers().create(scope.customers().person("Ada", "Lovelace").build());

            assertThat(seenByListener).containsExactly(Optional.of(ada));
        } finally {
            reader.shutdownNow();
        }
    }

    private <T> T readOn(ExecutorService thread, Supplier<T> read) {
        try {
            // Another thread can only see committed data. The bound only keeps a broken adapter from hanging the build.
            return thread.submit(() -> inTx(read)).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading from another thread failed", e);
        }
    }

    @Test
    void writesThatFail_publishNothing() {
        Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        Task done = alice.tasks().complete(alice.tasks().create(TaskDetails.titled("Call")));
        events.clear();

        assertFails(ValidationException.class, () -> alice.customers().create(alice.customers().person("Bob", "Byte")
                .attribute("undeclared", AttributeValue.bool(true)).build()));
        assertConflict(Reason.STALE_VERSION, () -> alice.customers().update(ada.id(), 3, ada.profile().toBuilder().tag("x").build()));
        assertFails(NotFoundException.class, () -> alice.interactions().log(CustomerId.of(TestData.ID_1),
                InteractionDetails.of(Channel.CALL, Direction.INBOUND, START)));
        assertFails(ValidationException.class, () -> alice.tasks().start(done));

        assertThat(events.events()).isEmpty();
    }

    @Test
    void aWriteWhoseCommitFails_isRolledBack_andPublishesNothing() {
        // The adapter's own transaction runs the work, then the commit "fails": the wrapper throws as a database would
        // on a serialization failure, after the work (and the raising of its events) is done.
        PersistenceProvider failingCommits = new FailingCommit(store);
        CmsScope scope = Cms.builder().persistence(failingCommits).clock(clock).listener(events).build().as(Principal.of("alice"));

        assertConflict(Reason.CONCURRENT_MODIFICATION,
                () -> scope.customers().create(scope.customers().person("Ada", "Lovelace").build()));

        assertThat(events.events()).isEmpty();
        assertThat(alice.customers().count()).isZero();
    }

    @Test
    void aListenerThatThrows_neitherUndoesTheWriteNorStopsTheOtherListeners() {
        AtomicInteger calls = new AtomicInteger();
        EventListener failing = event -> {
            calls.incrementAndGet();
            throw new IllegalStateException("listener bug");
        };
        CmsScope scope = Cms.builder().persistence(store).clock(clock).listener(failing).listener(events).build()
                .as(Principal.of("alice"));

        Customer ada = scope.customers().create(scope.customers().person("Ada", "Lovelace").build());
        Interaction note = scope.interactions().log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START));

        assertThat(alice.customers().get(ada.id())).isEqualTo(ada);
        assertThat(alice.interactions().get(note.id())).isEqualTo(note);
        assertThat(calls).hasValue(2);
        assertThat(events.events()).extracting(DomainEvent::getClass)
                .containsExactly(CustomerCreated.class, InteractionLogged.class);
    }

    // ---- units of several service calls ---------------------------------------------------------------------------

    @Test
    void cmsInTransaction_thatFails_undoesEveryServiceCall_andPublishesNothing() {
        IllegalStateException boom = new IllegalStateException("boom");

        Throwable thrown = catchThrowable(() -> cms.inTransaction(() -> {
            Customer acme = alice.customers().create(alice.customers().organization("Acme").build());
            Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").worksAt(acme.id(), "CTO").build());
            alice.tasks().create(TaskDetails.titled("Welcome Ada").about(ada.id()).assignedTo(UserId.of("bob")));
            alice.interactions().log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START));
            throw boom;
        }));

        assertThat(thrown).isSameAs(boom);
        assertThat(alice.customers().count()).isZero();
        assertThat(alice.tasks().byAssignee(UserId.of("bob"), PageRequest.first(10)).items()).isEmpty();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void cmsInTransaction_publishesTheEventsOfAllItsCallsOnlyAfterItCommits() {
        List<Integer> eventsSeenInside = new CopyOnWriteArrayList<>();

        Customer ada = cms.inTransaction(() -> {
            Customer created = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
            eventsSeenInside.add(events.events().size());
            Customer updated = alice.customers().update(created, b -> b.tag("vip"));
            eventsSeenInside.add(events.events().size());
            return updated;
        });

        assertThat(eventsSeenInside).containsExactly(0, 0);
        assertThat(events.events()).extracting(DomainEvent::getClass)
                .containsExactly(CustomerCreated.class, CustomerUpdated.class);
        assertThat(alice.customers().get(ada.id())).isEqualTo(ada);
    }

    @Test
    void serviceCallsInsideAnAdapterTransaction_publishOnlyWhenItCommits_andNothingWhenItRollsBack() {
        List<Integer> eventsSeenInside = new CopyOnWriteArrayList<>();

        Customer ada = inTx(() -> {
            Customer created = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
            eventsSeenInside.add(events.events().size());
            return created;
        });
        Throwable thrown = catchThrowable(() -> inTx(() -> {
            alice.customers().create(alice.customers().person("Bob", "Byte").build());
            throw new IllegalStateException("boom");
        }));

        assertThat(thrown).hasMessage("boom");
        assertThat(eventsSeenInside).containsExactly(0);
        assertThat(events.eventsOf(CustomerCreated.class)).extracting(CustomerCreated::customer).containsExactly(ada);
        assertThat(alice.customers().count()).isEqualTo(1);
    }

    // ---- after-commit actions (SPI) ------------------------------------------------------------------------------

    @Test
    void afterCommit_outsideATransaction_isRefused() {
        assertFails(IllegalStateException.class, () -> store.transactions().afterCommit(() -> { }));
    }

    @Test
    void afterCommit_actionsRunInOrderOnceTheOutermostTransactionCommits_andMayReadTheCommittedData() {
        Customer customer = TestData.customer(TestData.ID_1, TestData.person("Ada", "Lovelace"), START);
        List<String> log = new CopyOnWriteArrayList<>();

        inTx(() -> {
            store.customers().insert(customer);
            store.transactions().afterCommit(() -> log.add("first"));
            inTx(() -> {
                store.transactions().afterCommit(() -> log.add("from nested"));
                return null;
            });
            log.add("nested returned");
            store.transactions().afterCommit(() -> log.add(
                    "read " + inTx(() -> store.customers().findById(customer.id())).map(c -> c.displayName()).orElse("nothing")));
            log.add("outer work done");
            return null;
        });

        assertThat(log).containsExactly("nested returned", "outer work done", "first", "from nested", "read Ada Lovelace");
    }

    @Test
    void afterCommit_actionsNeverRunForARolledBackTransaction() {
        List<String> log = new CopyOnWriteArrayList<>();

        catchThrowable(() -> inTx(() -> {
            store.transactions().afterCommit(() -> log.add("must not run"));
            inTx(() -> {
                store.transactions().afterCommit(() -> log.add("must not run either"));
                return null;
            });
            throw new IllegalStateException("boom");
        }));
        inTx(() -> {
            store.transactions().afterCommit(() -> log.add("next transaction"));
            return null;
        });

        assertThat(log).containsExactly("next transaction");
    }

    /** Delegates everything to the adapter, but fails every outermost transaction after its work has run. */
    private static final class FailingCommit implements PersistenceProvider {
        private final PersistenceProvider delegate;
        private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);

        FailingCommit(PersistenceProvider delegate) {
            this.delegate = delegate;
        }

        @Override
        public Transactions transactions() {
            return new Transactions() {
                @Override
                public <T> T inTransaction(Supplier<T> work) {
                    if (inside.get()) {
                        return delegate.transactions().inTransaction(work);
                    }
                    inside.set(true);
                    try {
                        return delegate.transactions().inTransaction(() -> {
                            work.get();
                            throw new ConflictException(Reason.CONCURRENT_MODIFICATION, "simulated commit failure");
                        });
                    } finally {
                        inside.set(false);
                    }
                }

                @Override
                public void afterCommit(Runnable action) {
                    delegate.transactions().afterCommit(action);
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
            return delegate.interactions();
        }

        @Override
        public TaskRepository tasks() {
            return delegate.tasks();
        }

        @Override
        public PipelineRepository pipelines() {
            return delegate.pipelines();
        }

        @Override
        public OpportunityRepository opportunities() {
            return delegate.opportunities();
        }

        @Override
        public PurchaseRepository purchases() {
            return delegate.purchases();
        }

        @Override
        public TicketRepository tickets() {
            return delegate.tickets();
        }

        @Override
        public SurveyResponseRepository surveyResponses() {
            return delegate.surveyResponses();
        }

        @Override
        public dev.cms.core.spi.SegmentRepository segments() {
            return delegate.segments();
        }

        @Override
        public dev.cms.core.spi.StaticListRepository staticLists() {
            return delegate.staticLists();
        }

        @Override
        public dev.cms.core.spi.LeadScoreRepository leadScores() {
            return delegate.leadScores();
        }

        @Override
        public dev.cms.core.spi.CustomerQueries customerQueries() {
            return delegate.customerQueries();
        }
    }
}
