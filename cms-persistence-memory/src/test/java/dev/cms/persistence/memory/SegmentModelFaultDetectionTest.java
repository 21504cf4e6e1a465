package dev.cms.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.spi.CustomerQueries;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.testkit.SegmentModelProperties;
import dev.cms.testkit.SegmentScenario;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * Proves that {@link SegmentModelProperties} can fail: the scenarios it generates, from a fixed seed, are checked
 * through {@link SegmentModelProperties#check} against the memory adapter with one deliberate fault in its
 * {@link CustomerQueries}, and the fault must be caught; against the unbroken adapter the same scenarios pass, so the
 * failure comes from the fault, not the harness.
 */
class SegmentModelFaultDetectionTest {
    private static final long SEED = 20_260_115L;
    private static final int SCENARIOS = 60;

    @Example
    void segmentModel_againstTheMemoryAdapter_passesOnEveryScenarioOfTheSeed() {
        assertThat(firstFailure(MemoryPersistence::new)).isEmpty();
    }

    @Example
    void segmentModel_whenNotInIsFalseForCustomersWithoutAValue_failsOnMembersOrCount() {
        Optional<AssertionError> failure = firstFailure(() -> withFault(Fault.NOT_IN_FALSE_WHEN_UNSET));

        assertThat(failure).as("a failure on some scenario of the seed").isPresent();
        assertThat(failure.get().getMessage()).containsAnyOf("segments().members", "segments().count").contains("not_in");
    }

    @Example
    void segmentModel_whenAFullFetchLosesItsLastCustomer_failsOnMembers() {
        Optional<AssertionError> failure = firstFailure(() -> withFault(Fault.FULL_FETCH_DROPS_LAST));

        assertThat(failure).as("a failure on some scenario of the seed").isPresent();
        assertThat(failure.get()).hasMessageContaining("segments().members");
    }

    /** Runs the property body on the first {@link #SCENARIOS} scenarios of {@link #SEED}; returns the first failure. */
    private static Optional<AssertionError> firstFailure(Supplier<PersistenceProvider> stores) {
        SegmentModelProperties properties = new SegmentModelProperties() {
            @Override
            public PersistenceProvider newPersistence() {
                return stores.get();
            }
        };
        RandomGenerator<SegmentScenario> scenarios = properties.scenarios().generator(100);
        Random random = new Random(SEED);
        for (int i = 0; i < SCENARIOS; i++) {
            try {
                properties.check(scenarios.next(random).value());
            } catch (AssertionError e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The one thing a store made by {@link #withFault} gets wrong. */
    private enum Fault {
        /**
         * {@code not_in} on a field is false for customers without a value, as a naive SQL {@code value NOT IN (...)}
         * is for NULL: the query behaves as if every {@code not_in} leaf also required {@code is_set}.
         */
        NOT_IN_FALSE_WHEN_UNSET,
        /** {@link CustomerQueries#matching} leaves out the last customer whenever it found as many as the limit. */
        FULL_FETCH_DROPS_LAST
    }

    /** @return a {@link MemoryPersistence} that behaves correctly except for {@code fault} */
    private static PersistenceProvider withFault(Fault fault) {
        PersistenceProvider real = new MemoryPersistence();
        CustomerQueries queries = switch (fault) {
            case NOT_IN_FALSE_WHEN_UNSET -> overriding(CustomerQueries.class, real.customerQueries(), List.of("matching", "count"),
                    (args, proceed) -> {
                        Object[] changed = args.clone();
                        changed[0] = notInRequiresAValue((Rule) args[0]);
                        return proceed.call(changed);
                    });
            case FULL_FETCH_DROPS_LAST -> overriding(CustomerQueries.class, real.customerQueries(), List.of("matching"),
                    (args, proceed) -> {
                        List<?> found = (List<?>) proceed.call(args);
                        int limit = (Integer) args[3];
                        return found.size() == limit && limit > 0 ? found.subList(0, limit - 1) : found;
                    });
        };
        return overriding(PersistenceProvider.class, real, List.of("customerQueries"), (args, proceed) -> queries);
    }

    /** The rule with every {@code not_in} field leaf {@code f} replaced by {@code all(f, field is_set)}. */
    private static Rule notInRequiresAValue(Rule rule) {
        if (rule instanceof Rule.All all) {
            return new Rule.All(all.rules().stream().map(SegmentModelFaultDetectionTest::notInRequiresAValue).toList());
        }
        if (rule instanceof Rule.Any any) {
            return new Rule.Any(any.rules().stream().map(SegmentModelFaultDetectionTest::notInRequiresAValue).toList());
        }
        if (rule instanceof Rule.Not not) {
            return new Rule.Not(notInRequiresAValue(not.rule()));
        }
        if (rule instanceof Rule.FieldCondition f && f.operator() == Operator.NOT_IN) {
            return Rule.all(f, Rule.field(f.field()).isSet());
        }
        return rule;
    }

    /** Calls the real method, with the given arguments. */
    @FunctionalInterface
    private interface Proceed {
        Object call(Object[] args) throws Exception;
    }

    /** What an overridden method does instead, given its arguments; it may call the real method through {@code proceed}. */
    @FunctionalInterface
    private interface Replacement {
        Object instead(Object[] args, Proceed proceed) throws Exception;
    }

    /** A decorator that delegates every call to {@code real} except those to the methods named in {@code methods}. */
    private static <T> T overriding(Class<T> type, T real, List<String> methods, Replacement replacement) {
        Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, called, args) -> {
            Proceed proceed = a -> called.invoke(real, a);
            try {
                return methods.contains(called.getName()) ? replacement.instead(args, proceed) : proceed.call(args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
        return type.cast(proxy);
    }
}
