package dev.cms.benchmarks.jpa;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads page 1 and page 1,000 of one customer's timeline through the public API
 * ({@code cms.as(principal).interactions().timeline(customer, page)}), pages of {@link #pageSize} interactions, on the
 * JPA adapter over an embedded PostgreSQL. The customer has 1,000 pages and one more of interactions; 1,000 other
 * customers have 20 each, so the index holds other customers' entries before and after. The cursor of page 1,000 is
 * found once in set-up by following the pages. Keyset pagination should make both pages cost the same; quote the
 * medians of the sampled times and their ratio from one run.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar TimelinePageBenchmark} after
 * {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
public class TimelinePageBenchmark {
    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    /** Interactions per page. */
    @Param("20")
    public int pageSize;

    private EmbeddedDatabase db;
    private CmsScope scope;
    private CustomerId customer;
    private PageRequest first;
    private PageRequest thousandth;

    /** Creates the state; JMH calls {@link #load()} before measuring. */
    public TimelinePageBenchmark() {
    }

    /** Stores the customers and interactions through the adapter and finds the request for page 1,000. */
    @Setup(Level.Trial)
    public void load() {
        db = new EmbeddedDatabase();
        List<Customer> customers = BenchmarkCustomers.generate(1_001, 3);
        db.store().transactions().inTransaction(() -> {
            db.store().customers().insertAll(customers);
            return null;
        });
        customer = customers.get(0).id();
        SplittableRandom random = new SplittableRandom(5);
        List<Interaction> interactions = new ArrayList<>();
        for (int i = 0; i < 1_001 * pageSize; i++) {
            interactions.add(interaction(random, customer, START.plus(Duration.ofMinutes(i))));
        }
        for (Customer other : customers.subList(1, customers.size())) {
            for (int i = 0; i < 20; i++) {
                interactions.add(interaction(random, other.id(), START.plus(Duration.ofMinutes(random.nextInt(2_000_000)))));
            }
        }
        for (int from = 0; from < interactions.size(); from += 1_000) {
            List<Interaction> chunk = interactions.subList(from, Math.min(interactions.size(), from + 1_000));
            db.store().transactions().inTransaction(() -> {
                chunk.forEach(db.store().interactions()::insert);
                return null;
            });
        }
        db.execute("vacuum analyze");
        scope = Cms.builder().persistence(db.store()).clock(Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC))
                .build().as(Principal.of("bench"));
        first = PageRequest.first(pageSize);
        PageRequest request = first;
        for (int page = 1; page < 1_000; page++) {
            request = scope.interactions().timeline(customer, request).nextRequest(pageSize).orElseThrow();
        }
        thousandth = request;
        Page<Interaction> last = scope.interactions().timeline(customer, thousandth);
        Instant expectedNewest = START.plus(Duration.ofMinutes((1_001L - 999) * pageSize - 1));
        if (last.items().size() != pageSize || !last.items().get(0).details().occurredAt().equals(expectedNewest)) {
            throw new IllegalStateException("page 1,000 starts at " + last.items().get(0).details().occurredAt()
                    + ", expected " + expectedNewest);
        }
    }

    private static Interaction interaction(SplittableRandom random, CustomerId customer, Instant at) {
        InteractionDetails details = InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, at).withSubject("note at " + at);
        return new Interaction(InteractionId.of(new UUID(random.nextLong(), random.nextLong())), customer, details,
                UserId.of("bench"), at.plus(Duration.ofMinutes(1)));
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** {@return the newest page of the timeline} */
    @Benchmark
    public Page<Interaction> page1() {
        return scope.interactions().timeline(customer, first);
    }

    /** {@return the 1,000th page, from the cursor the 999th page gave} */
    @Benchmark
    public Page<Interaction> page1000() {
        return scope.interactions().timeline(customer, thousandth);
    }
}
