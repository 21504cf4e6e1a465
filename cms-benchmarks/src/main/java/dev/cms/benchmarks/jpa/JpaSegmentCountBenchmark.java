package dev.cms.benchmarks.jpa;

import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.customer.Customer;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue.Span;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
 * Counts the members of a 5-leaf rule over {@link #customers} customers stored by the JPA adapter on an embedded
 * PostgreSQL, through the public API ({@code cms.as(principal).segments().count(rule)}), against one hand-written SQL
 * {@code count(*)} over the same tables and the same indexes (those of the adapter's migrations). The rule, as in
 * {@code SegmentCountBenchmark}: country in (DE, AT), lifecycle stage in (lead, customer), created within the last 365
 * days, e-mail consent granted, not tagged vip. Both counts are checked equal before measuring. Single-shot times
 * (a count through the API may take seconds while the adapter evaluates rules in Java); quote the medians and the
 * ratio of one run.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar JpaSegmentCountBenchmark} after
 * {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 3)
@Measurement(iterations = 7)
public class JpaSegmentCountBenchmark {
    private static final String HAND_SQL = "select count(*) from customer c"
            + " where c.lifecycle_stage in (?, ?)"
            + " and c.created_at >= ? and c.created_at < ?"
            + " and c.consent_email_state = ?"
            + " and exists (select 1 from customer_address a where a.customer_id = c.id and a.country_code in (?, ?))"
            + " and not exists (select 1 from customer_tag t where t.customer_id = c.id and t.tag = ?)";

    /** How many customers the store holds. */
    @Param("100000")
    public int customers;

    private EmbeddedDatabase db;
    private CmsScope scope;
    private Rule rule;
    private OffsetDateTime createdFrom;
    private OffsetDateTime createdUntil;

    /** Creates the state; JMH calls {@link #load()} before measuring. */
    public JpaSegmentCountBenchmark() {
    }

    /** Stores the customers through the adapter's bulk path, analyzes the tables and checks both counts agree. */
    @Setup(Level.Trial)
    public void load() throws SQLException {
        db = new EmbeddedDatabase();
        List<Customer> all = BenchmarkCustomers.generate(customers, 42);
        db.store().transactions().inTransaction(() -> {
            db.store().customers().insertAll(all);
            return null;
        });
        db.execute("vacuum analyze");
        scope = Cms.builder().persistence(db.store()).clock(Clock.fixed(BenchmarkCustomers.NOW, ZoneOffset.UTC)).build()
                .as(Principal.of("bench"));
        rule = Rule.all(
                Rule.field("country").in("DE", "AT"),
                Rule.field("lifecycleStage").in("lead", "customer"),
                Rule.field("createdAt").withinLast(Span.days(365)),
                Rule.field("consent.email").eq("granted"),
                Rule.field("tags").hasNone("vip"));
        LocalDate today = LocalDate.ofInstant(BenchmarkCustomers.NOW, ZoneOffset.UTC);
        createdFrom = today.minusDays(365).atStartOfDay().atOffset(ZoneOffset.UTC);
        createdUntil = today.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        long viaRule = rule();
        long byHand = handWrittenSql();
        if (viaRule != byHand || viaRule == 0) {
            throw new IllegalStateException("the rule counts " + viaRule + " but the SQL " + byHand);
        }
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** {@return the rule's member count through the public API} */
    @Benchmark
    public long rule() {
        return scope.segments().count(rule);
    }

    /** {@return the same count by one SQL statement written for this rule, on a pooled connection} */
    @Benchmark
    public long handWrittenSql() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(HAND_SQL)) {
            count.setString(1, "lead");
            count.setString(2, "customer");
            count.setObject(3, createdFrom);
            count.setObject(4, createdUntil);
            count.setString(5, "GRANTED");
            count.setString(6, "DE");
            count.setString(7, "AT");
            count.setString(8, "vip");
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
