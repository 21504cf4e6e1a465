package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several threads update the same customers through the public API without retrying. In every round all threads
 * read the same version (a barrier holds them until each has read), then all write: exactly one write per round
 * wins, every other one fails with a stale-version {@link ConflictException}, and the stored customer ends with
 * exactly the winners' changes (no lost update, no phantom one), its version counting the winners.
 */
class JpaConcurrencyTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 12;

    /** What one thread's write in one round ended with. */
    private record Attempt(int round, String tag, boolean won, ConflictException conflict) {
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void writersOfTheSameVersion_oneWinsPerRound_theOthersGetStaleVersion_andNoUpdateIsLost(TestDatabase database)
            throws Exception {
        CmsScope scope = Cms.builder().persistence(database.newPersistence()).build().as(Principal.of("alice"));
        List<CustomerId> customers = List.of(
                scope.customers().create(scope.customers().person("Ada", "Lovelace").build()).id(),
                scope.customers().create(scope.customers().person("Bob", "Byte").build()).id());
        CyclicBarrier allHaveRead = new CyclicBarrier(THREADS);
        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        Customer read = scope.customers().get(customers.get(round % customers.size()));
                        allHaveRead.await(60, TimeUnit.SECONDS);
                        String tag = "r" + round + "-t" + thread;
                        try {
                            scope.customers().update(read, b -> b.tag(tag));
                            attempts.add(new Attempt(round, tag, true, null));
                        } catch (ConflictException e) {
                            attempts.add(new Attempt(round, tag, false, e));
                        }
                        allHaveRead.await(60, TimeUnit.SECONDS);
                    }
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Attempt> inRound = attempts.stream().filter(a -> a.round() == r).toList();
            assertThat(inRound).as("round %d", round).hasSize(THREADS);
            assertThat(inRound.stream().filter(Attempt::won)).as("winners of round %d", round).hasSize(1);
            assertThat(inRound.stream().filter(a -> !a.won()).map(a -> a.conflict().reason()))
                    .as("losers of round %d", round).containsOnly(ConflictException.Reason.STALE_VERSION);
        }
        for (int k = 0; k < customers.size(); k++) {
            int index = k;
            Set<String> winnersTags = new HashSet<>();
            attempts.stream().filter(a -> a.won() && a.round() % customers.size() == index).forEach(a -> winnersTags.add(a.tag()));
            Customer stored = scope.customers().get(customers.get(k));
            assertThat(stored.profile().tags()).isEqualTo(winnersTags);
            assertThat(stored.version()).isEqualTo(ROUNDS / customers.size());
        }
    }
}
