package dev.cms.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.ConflictException;
import dev.cms.core.ConflictException.Reason;
import dev.cms.core.PageRequest;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskCompleted;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * What the adapter promises under concurrent use through the services: optimistic locking loses no update, and
 * uniqueness holds when writers race. Threads start together at a gate; no test depends on timing.
 */
public abstract class ConcurrencyContract extends CmsContractSupport {
    private static final int THREADS = 4;
    /** Generous bound on how long a whole scenario may take, so a deadlocked adapter fails instead of hanging. */
    private static final long TIMEOUT_SECONDS = 120;

    /** For subclasses. */
    protected ConcurrencyContract() {
    }

    /** Runs the tasks on their own threads, all released at once, and returns their results in task order. */
    private static <T> List<Outcome<T>> race(List<Callable<T>> work) {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch gate = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : work) {
                futures.add(pool.submit(() -> {
                    gate.await();
                    return task.call();
                }));
            }
            gate.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(Outcome.success(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)));
                } catch (ExecutionException e) {
                    outcomes.add(Outcome.failure(e.getCause()));
                }
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while racing", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a racing thread did not finish within " + TIMEOUT_SECONDS + " s", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** What one racing thread ended with: a value or a failure. */
    private record Outcome<T>(T value, Throwable failure) {
        static <T> Outcome<T> success(T value) {
            return new Outcome<>(value, null);
        }

        static <T> Outcome<T> failure(Throwable failure) {
            return new Outcome<>(null, failure);
        }

        boolean succeeded() {
            return failure == null;
        }
    }

    @Test
    void concurrentUpdatesRetriedOnStaleVersion_loseNoUpdate() {
        int updatesPerThread = 50;
        List<CustomerId> targets = List.of(
                alice.customers().create(alice.customers().person("Ada", "Lovelace").build()).id(),
                alice.customers().create(alice.customers().person("Bob", "Byte").build()).id());
        List<Callable<Map<CustomerId, List<Customer>>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(() -> {
                Map<CustomerId, List<Customer>> written = new HashMap<>();
                for (int i = 0; i < updatesPerThread; i++) {
                    CustomerId target = targets.get(i % targets.size());
                    Customer saved = addTagRetryingConflicts(target, "t" + thread + "-" + i);
                    written.computeIfAbsent(target, k -> new ArrayList<>()).add(saved);
                }
                return written;
            });
        }

        List<Outcome<Map<CustomerId, List<Customer>>>> outcomes = race(work);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        for (int k = 0; k < targets.size(); k++) {
            CustomerId target = targets.get(k);
            Set<String> expectedTags = new HashSet<>();
            for (int thread = 0; thread < THREADS; thread++) {
                for (int i = k; i < updatesPerThread; i += targets.size()) {
                    expectedTags.add("t" + thread + "-" + i);
                }
            }
            long expectedUpdates = expectedTags.size();
            List<Long> versionsHandedOut = outcomes.stream()
                    .flatMap(o -> o.value().getOrDefault(target, List.of()).stream()).map(Customer::version).toList();
            // Every successful update got its own version: 1, 2, ... n, none handed out twice, none skipped.
            assertThat(versionsHandedOut)
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, expectedUpdates).boxed().toList());
            Customer last = alice.customers().get(target);
            assertThat(last.version()).isEqualTo(expectedUpdates);
            assertThat(last.profile().tags()).containsExactlyInAnyOrderElementsOf(expectedTags);
        }
        assertThat(events.eventsOf(CustomerUpdated.class)).hasSize(THREADS * updatesPerThread);
    }

    /**
     * Reads the customer and adds a tag, retrying while another writer got there first. Adapters report a lost race as
     * a stale version, or (databases with serializable isolation) as a concurrent modification; both mean "retry".
     */
    private Customer addTagRetryingConflicts(CustomerId id, String tag) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            Customer current = alice.customers().get(id);
            try {
                return alice.customers().update(current, b -> b.tag(tag));
            } catch (ConflictException e) {
                if (e.reason() == Reason.DUPLICATE) {
                    throw e;
                }
            }
        }
        throw new AssertionError("no progress adding " + tag + " after 10000 attempts");
    }

    @Test
    void concurrentCreatesWithTheSameExternalId_exactlyOneWins_theOthersGetDuplicate() {
        int racers = 8;
        List<Callable<Customer>> work = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            CustomerProfile profile = alice.customers().person("Racer", "No " + i).externalId("shop-1").build();
            work.add(() -> alice.customers().create(profile));
        }

        List<Outcome<Customer>> outcomes = race(work);

        List<Customer> winners = outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::failure).toList())
                .hasSize(racers - 1)
                .allSatisfy(f -> assertThat(f).isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.reason()).isEqualTo(Reason.DUPLICATE)));
        assertThat(alice.customers().count()).isEqualTo(1);
        assertThat(alice.customers().findByExternalId(ExternalId.of("shop-1"))).contains(winners.get(0));
    }

    @Test
    void concurrentCompletionsFromTheSameRead_exactlyOneWins_theOthersAreStale() {
        int racers = 6;
        Task open = alice.tasks().create(TaskDetails.titled("Call"));
        List<Callable<Task>> work = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            work.add(() -> alice.tasks().complete(open));
        }

        List<Outcome<Task>> outcomes = race(work);

        List<Task> winners = outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
        assertThat(winners).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !o.succeeded()).map(Outcome::failure).toList())
                .hasSize(racers - 1)
                .allSatisfy(f -> assertThat(f).isInstanceOfSatisfying(ConflictException.class,
                        c -> assertThat(c.reason()).isEqualTo(Reason.STALE_VERSION)));
        Task stored = alice.tasks().get(open.id());
        assertThat(stored).isEqualTo(winners.get(0));
        assertThat(stored.status()).isEqualTo(TaskStatus.DONE);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(events.eventsOf(TaskCompleted.class)).hasSize(1);
    }

    @Test
    void concurrentLogsOnOneTimeline_areAllKept() {
        int perThread = 25;
        Customer ada = alice.customers().create(alice.customers().person("Ada", "Lovelace").build());
        List<Callable<List<Interaction>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(() -> IntStream.range(0, perThread).mapToObj(i -> alice.interactions().log(ada.id(),
                    InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START.minus(Duration.ofMinutes(thread * perThread + i)))))
                    .toList());
        }

        List<Outcome<List<Interaction>>> outcomes = race(work);

        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
        List<Interaction> logged = outcomes.stream().flatMap(o -> o.value().stream()).toList();
        assertThat(alice.interactions().timeline(ada.id(), PageRequest.first(1000)).items())
                .hasSize(THREADS * perThread)
                .containsExactlyInAnyOrderElementsOf(logged);
    }
}
