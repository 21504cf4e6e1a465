package dev.cms.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.money.Money;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.spi.PurchaseRepository;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.spi.Transactions;
import dev.cms.testkit.ServiceModelProperties;
import dev.cms.testkit.ServiceModelState;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
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
        Optional<AssertionError> failure = firstFailure(() -> withFault(Fault.OVERDUE_DROPS_LAST));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("tasks().overdue");
    }

    @Example
    void serviceModel_whenTimelineBreaksTiesByAscendingId_failsOnTheTimelineQuery() {
        Optional<AssertionError> failure = firstFailure(() -> withFault(Fault.TIMELINE_TIES_ASCENDING));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("interactions().timeline");
    }

    @Example
    void serviceModel_whenThePurchaseSummaryIgnoresRefunds_failsOnTheSummary() {
        Optional<AssertionError> failure = firstFailure(() -> withFault(Fault.SUMMARY_IGNORES_REFUNDS));

        assertThat(failure).as("a failure on some chain of the seed").isPresent();
        // The summary is read directly and in the 360 view; whichever reads it first after a refund must notice.
        assertThat(failure.get().getMessage()).containsAnyOf("purchases().summary", "view.purchases");
    }

    @Example
    void serviceModel_whenTransactionsDropAfterCommitActions_failsOnTheMissingEvents() {
        Optional<AssertionError> failure = firstFailure(() -> withFault(Fault.AFTER_COMMIT_DROPPED));

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

    /** The one thing a store made by {@link #withFault} gets wrong. */
    private enum Fault {
        /** {@link TaskRepository#overdue} leaves out the last task it found. */
        OVERDUE_DROPS_LAST,
        /** {@link InteractionRepository#timeline} orders interactions at the same instant by ascending id. */
        TIMELINE_TIES_ASCENDING,
        /** {@link Transactions#afterCommit} forgets the action, so no event is ever published. */
        AFTER_COMMIT_DROPPED,
        /** {@link PurchaseRepository#summary} counts every purchase at its full total, refunded or not. */
        SUMMARY_IGNORES_REFUNDS
    }

    /** @return a {@link MemoryPersistence} that behaves correctly except for {@code fault} */
    private static PersistenceProvider withFault(Fault fault) {
        PersistenceProvider real = new MemoryPersistence();
        return switch (fault) {
            case OVERDUE_DROPS_LAST -> {
                TaskRepository tasks = overriding(TaskRepository.class, real.tasks(), "overdue", (args, proceed) -> {
                    List<?> fetched = (List<?>) proceed.call();
                    return fetched.isEmpty() ? fetched : fetched.subList(0, fetched.size() - 1);
                });
                yield overriding(PersistenceProvider.class, real, "tasks", (args, proceed) -> tasks);
            }
            case TIMELINE_TIES_ASCENDING -> {
                InteractionRepository interactions = overriding(InteractionRepository.class, real.interactions(), "timeline",
                        (args, proceed) -> tiesByAscendingId((List<?>) proceed.call()));
                yield overriding(PersistenceProvider.class, real, "interactions", (args, proceed) -> interactions);
            }
            case AFTER_COMMIT_DROPPED -> {
                Transactions transactions = overriding(Transactions.class, real.transactions(), "afterCommit", (args, proceed) -> null);
                yield overriding(PersistenceProvider.class, real, "transactions", (args, proceed) -> transactions);
            }
            case SUMMARY_IGNORES_REFUNDS -> {
                PurchaseRepository purchases = overriding(PurchaseRepository.class, real.purchases(), "summary",
                        (args, proceed) -> grossSummary(real.purchases(), (CustomerId) args[0]));
                yield overriding(PersistenceProvider.class, real, "purchases", (args, proceed) -> purchases);
            }
        };
    }

    private static List<Interaction> tiesByAscendingId(List<?> timeline) {
        List<Interaction> reordered = new ArrayList<>();
        for (Object item : timeline) {
            reordered.add((Interaction) item);
        }
        reordered.sort(Comparator.comparing(Interaction::occurredAt).reversed().thenComparing(Interaction::id));
        return reordered;
    }

    /** The summary as if refunds did not exist: every purchase, at its full total. */
    private static PurchaseSummary grossSummary(PurchaseRepository purchases, CustomerId customer) {
        List<Purchase> all = purchases.byCustomer(customer, Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59Z"), Optional.empty(), Integer.MAX_VALUE);
        if (all.isEmpty()) {
            return PurchaseSummary.none();
        }
        Map<String, Money> totals = new TreeMap<>();
        all.forEach(p -> totals.merge(p.details().total().currency().getCurrencyCode(), p.details().total(), Money::plus));
        List<Instant> times = all.stream().map(Purchase::occurredAt).sorted().toList();
        return new PurchaseSummary(all.size(), new ArrayList<>(totals.values()), Optional.of(times.get(0)),
                Optional.of(times.get(times.size() - 1)));
    }

    /** What an overridden method does instead, given its arguments; it may call the real method through {@code proceed}. */
    @FunctionalInterface
    private interface Replacement {
        Object instead(Object[] args, Callable<Object> proceed) throws Exception;
    }

    /**
     * A decorator that delegates every call to {@code real} except those to the methods named {@code method}; made
     * with a dynamic proxy so that it keeps up with SPI interfaces that grow.
     */
    private static <T> T overriding(Class<T> type, T real, String method, Replacement replacement) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            Callable<Object> proceed = () -> called.invoke(real, args);
            try {
                return called.getName().equals(method) ? replacement.instead(args, proceed) : proceed.call();
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }
}
