package dev.cms.benchmarks.segment;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue.Span;
import dev.cms.persistence.memory.MemoryPersistence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Counts the members of a 5-leaf rule over 1,000,000 customers on the memory adapter, through the public API
 * ({@code segments().count(rule)}), against a hand-written loop that computes the same count over the same customer
 * objects in the same (id) order; and the count once and twice right after a write (the first query after a write
 * rebuilds the adapter's scan array and scans, the second builds the field indexes the rule can use). The rule:
 * country in (DE, AT), lifecycle stage in (lead, customer), created within the last 365 days, e-mail consent granted,
 * not tagged vip. Sampled times; quote the median and the ratio of the two medians of one run.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar segment.SegmentCountBenchmark} after
 * {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
public class SegmentCountBenchmark {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final String[] COUNTRIES = {"DE", "AT", "FR", "US", "GB"};
    private static final String[] STAGES = {"lead", "customer", "subscriber", "opportunity"};

    /** How many customers the store holds. */
    @Param("1000000")
    public int customers;

    private MemoryPersistence store;
    private Customer touched;
    private CmsScope scope;
    private List<Customer> byId;
    private Rule rule;
    private Instant createdFrom;
    private Instant createdUntil;

    /** Creates the state; JMH calls {@link #load()} before measuring. */
    public SegmentCountBenchmark() {
    }

    /** Stores the customers (random countries, stages, creation dates, consents and tags, fixed seed). */
    @Setup(Level.Trial)
    public void load() {
        store = new MemoryPersistence();
        SplittableRandom random = new SplittableRandom(42);
        List<Customer> all = new ArrayList<>(customers);
        store.transactions().inTransaction(() -> {
            for (int i = 0; i < customers; i++) {
                CustomerProfile.Builder b = CustomerProfile.person("Given" + i, "Family" + i)
                        .email("person" + i + "@example" + (i % 50) + ".com")
                        .address(Address.inCountry(COUNTRIES[random.nextInt(COUNTRIES.length)]))
                        .stage(LifecycleStage.of(STAGES[random.nextInt(STAGES.length)]));
                if (random.nextInt(10) == 0) {
                    b.tag("vip");
                }
                if (random.nextBoolean()) {
                    b.consentGranted(ContactChannel.EMAIL, NOW.minus(Duration.ofDays(30)), "web form");
                }
                Instant created = NOW.minus(Duration.ofDays(random.nextInt(800)));
                Customer c = new Customer(CustomerId.of(new UUID(random.nextLong(), random.nextLong())), b.build(),
                        created, created, 0);
                store.customers().insert(c);
                all.add(c);
            }
            return null;
        });
        all.sort(Comparator.comparing(Customer::id));
        byId = all;
        touched = all.get(0);
        scope = Cms.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build().as(Principal.of("bench"));
        rule = Rule.all(
                Rule.field("country").in("DE", "AT"),
                Rule.field("lifecycleStage").in("lead", "customer"),
                Rule.field("createdAt").withinLast(Span.days(365)),
                Rule.field("consent.email").eq("granted"),
                Rule.field("tags").hasNone("vip"));
        LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
        createdFrom = today.minusDays(365).atStartOfDay(ZoneOffset.UTC).toInstant();
        createdUntil = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long viaRule = rule();
        long byHand = handWrittenLoop();
        if (viaRule != byHand || viaRule == 0) {
            throw new IllegalStateException("the rule counts " + viaRule + " but the loop " + byHand);
        }
    }

    /** {@return the rule's member count through the public API} */
    @Benchmark
    public long rule() {
        return scope.segments().count(rule);
    }

    /**
     * {@return the rule's member count right after a write} The write (one customer saved again with its next
     * version) drops the memory adapter's id-ordered scan array and field indexes, so this measures the write and
     * the first query after it: the array's rebuild and a scan that evaluates the rule on every customer.
     */
    @Benchmark
    public long ruleAfterAWrite() {
        write();
        return scope.segments().count(rule);
    }

    /**
     * {@return the rule's member count twice right after a write} The second query on an unchanged store builds the
     * field indexes the rule can use, so this measures the write, the first query and the index build.
     */
    @Benchmark
    public long ruleTwiceAfterAWrite() {
        write();
        return scope.segments().count(rule) + scope.segments().count(rule);
    }

    private void write() {
        Customer next = new Customer(touched.id(), touched.profile(), touched.createdAt(), touched.updatedAt(),
                touched.version() + 1);
        store.transactions().inTransaction(() -> {
            store.customers().update(next);
            return null;
        });
        touched = next;
    }

    /**
     * {@return the same count by a loop written for this one rule, as a developer who knows the stored forms would
     * write it: country codes are stored upper case and stage keys lower case, so plain {@code equals} suffices, and
     * each condition skips to the next customer as soon as it fails}
     */
    @Benchmark
    public long handWrittenLoop() {
        long n = 0;
        for (Customer c : byId) {
            CustomerProfile p = c.profile();
            boolean country = false;
            for (Address a : p.addresses()) {
                String code = a.countryCode();
                if (code.equals("DE") || code.equals("AT")) {
                    country = true;
                    break;
                }
            }
            if (!country) {
                continue;
            }
            String stage = p.lifecycleStage().key();
            if (!stage.equals("lead") && !stage.equals("customer")) {
                continue;
            }
            Instant created = c.createdAt();
            if (created.isBefore(createdFrom) || !created.isBefore(createdUntil)) {
                continue;
            }
            Consent consent = p.consents().get(ContactChannel.EMAIL);
            if (consent == null || consent.state() != ConsentState.GRANTED) {
                continue;
            }
            if (!p.tags().contains("vip")) {
                n++;
            }
        }
        return n;
    }
}
