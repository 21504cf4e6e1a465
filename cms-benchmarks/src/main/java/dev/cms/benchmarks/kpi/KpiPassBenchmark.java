package dev.cms.benchmarks.kpi;

import dev.cms.analytics.kpi.Analytics;
import dev.cms.analytics.kpi.AtRiskRule;
import dev.cms.analytics.kpi.HealthModel;
import dev.cms.analytics.kpi.PeriodUnit;
import dev.cms.analytics.kpi.Population;
import dev.cms.analytics.kpi.Window;
import dev.cms.core.Cms;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.StageChange;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketStatus;
import dev.cms.persistence.memory.MemoryPersistence;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A full pass of the descriptive KPIs ({@code Analytics}: historical CLV, monthly retention, cohorts, RFM, feedback,
 * sales, tickets, health) over a store on the memory adapter, read through the public services. The store holds
 * {@code customers} customers with {@code purchasesPerCustomer} purchases each, spread over 2024-2025, one NPS answer
 * per customer, and a deal and a ticket for every tenth customer (fixed seed); it is loaded through the ports, which is
 * much faster than the services and measures nothing. The window is 2025. Each benchmark method is one KPI; {@code
 * fullPass} runs all eight. Single-shot times: quote the median of the measured iterations.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar KpiPassBenchmark} (1,000,000 customers and
 * 10,000,000 purchases; needs about 12 GB of heap), or {@code ... KpiPassBenchmark -p customers=100000} for a quick
 * look, after {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms14g", "-Xmx14g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class KpiPassBenchmark {
    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");
    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final int TWO_YEARS_SECONDS = 2 * 365 * 86_400;
    private static final Currency EUR = Currency.getInstance("EUR");

    /** How many customers the store holds. */
    @Param("1000000")
    public int customers;

    /** How many purchases each customer has. */
    @Param("10")
    public int purchasesPerCustomer;

    private Analytics analytics;
    private Window window;

    /** Creates the state; JMH calls {@link #load()} before measuring. */
    public KpiPassBenchmark() {
    }

    /** Stores the customers and their facts through the ports, in transactions of 10,000 customers. */
    @Setup(Level.Trial)
    public void load() {
        MemoryPersistence store = new MemoryPersistence();
        Cms cms = Cms.builder().persistence(store).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        Pipeline pipeline = cms.as(Principal.of("bench")).pipelines().defaultPipeline();
        UserId bench = UserId.of("bench");
        SplittableRandom random = new SplittableRandom(42);
        for (int chunk = 0; chunk < customers; chunk += 10_000) {
            int from = chunk;
            int to = Math.min(customers, chunk + 10_000);
            store.transactions().inTransaction(() -> {
                for (int i = from; i < to; i++) {
                    Instant created = START.plusSeconds(random.nextInt(TWO_YEARS_SECONDS / 2));
                    CustomerId id = CustomerId.of(new UUID(random.nextLong(), random.nextLong()));
                    store.customers().insert(new Customer(id, CustomerProfile.person("Given" + i, "Family" + i).build(),
                            created, created, 0));
                    for (int k = 0; k < purchasesPerCustomer; k++) {
                        Instant at = START.plusSeconds(random.nextInt(TWO_YEARS_SECONDS));
                        Money total = Money.of(BigDecimal.valueOf(100 + random.nextInt(20_000), 2), EUR);
                        store.purchases().insert(new Purchase(PurchaseId.of(new UUID(random.nextLong(), random.nextLong())),
                                PurchaseDetails.of(id, at, total), PurchaseStatus.COMPLETED, Money.zero(EUR), at, 0));
                    }
                    Instant answered = START.plusSeconds(random.nextInt(TWO_YEARS_SECONDS));
                    store.surveyResponses().insert(new SurveyResponse(SurveyResponseId.of(new UUID(random.nextLong(), random.nextLong())),
                            SurveyAnswer.of(id, SurveyType.NPS, random.nextInt(11), answered), answered));
                    if (i % 10 == 0) {
                        Instant opened = START.plusSeconds(random.nextInt(TWO_YEARS_SECONDS));
                        store.opportunities().insert(new Opportunity(OpportunityId.of(new UUID(random.nextLong(), random.nextLong())),
                                OpportunityDetails.of(id, "deal " + i, Money.of("1000.00", "EUR")), pipeline.id(),
                                pipeline.openStages().get(0).id(), OpportunityStatus.OPEN, Optional.empty(), Optional.empty(),
                                List.of(new StageChange(Optional.empty(), pipeline.openStages().get(0).id(), opened, bench)),
                                opened, opened, 0));
                        store.tickets().insert(new Ticket(TicketId.of(new UUID(random.nextLong(), random.nextLong())),
                                TicketDetails.of(id, "help " + i), TicketStatus.NEW, Optional.of("support"), Optional.empty(),
                                opened, Optional.empty(), Optional.empty(), List.of(), opened, 0));
                    }
                }
                return null;
            });
        }
        analytics = Analytics.of(cms, Principal.of("bench"), ZoneOffset.UTC);
        window = Window.ofMonths(YearMonth.of(2025, 1), YearMonth.of(2025, 12), ZoneOffset.UTC);
        if (analytics.historicalClv(Population.everyone(), window).customers() != customers) {
            throw new IllegalStateException("the store does not hold the customers it was given");
        }
    }

    /** {@return historical CLV} */
    @Benchmark
    public Object historicalClv() {
        return analytics.historicalClv(Population.everyone(), window);
    }

    /** {@return monthly churn and retention} */
    @Benchmark
    public Object retention() {
        return analytics.retention(Population.everyone(), window, PeriodUnit.MONTH);
    }

    /** {@return the cohort matrix} */
    @Benchmark
    public Object cohorts() {
        return analytics.cohorts(Population.everyone(), window);
    }

    /** {@return RFM scores} */
    @Benchmark
    public Object rfm() {
        return analytics.rfm(Population.everyone(), window, EUR);
    }

    /** {@return NPS, CSAT and CES} */
    @Benchmark
    public Object feedback() {
        return analytics.feedback(Population.everyone(), window);
    }

    /** {@return the sales KPIs} */
    @Benchmark
    public Object sales() {
        return analytics.sales(Population.everyone(), window);
    }

    /** {@return the ticket KPIs} */
    @Benchmark
    public Object tickets() {
        return analytics.tickets(Population.everyone(), window);
    }

    /** {@return health and the at-risk list} */
    @Benchmark
    public Object health() {
        return analytics.health(Population.everyone(), window, HealthModel.defaults(), AtRiskRule.defaults());
    }

    /**
     * Runs all eight KPIs.
     *
     * @param sink keeps the reports alive
     */
    @Benchmark
    public void fullPass(Blackhole sink) {
        sink.consume(historicalClv());
        sink.consume(retention());
        sink.consume(cohorts());
        sink.consume(rfm());
        sink.consume(feedback());
        sink.consume(sales());
        sink.consume(tickets());
        sink.consume(health());
    }
}
