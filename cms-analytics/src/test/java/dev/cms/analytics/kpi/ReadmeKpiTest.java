package dev.cms.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cms.analytics.json.AnalyticsJacksonModule;
import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.access.Principal;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.json.CmsJacksonModule;
import dev.cms.core.money.Money;
import dev.cms.persistence.memory.MemoryPersistence;
import dev.cms.testkit.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's KPI sample and fails if the README block and the code between the markers below ever differ.
 * The store: Ada buys in January (100.00 EUR) and February (50.00 EUR), Bob in January (30.00 EUR).
 */
class ReadmeKpiTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path THIS_SOURCE = Path.of("src", "test", "java", "dev", "cms", "analytics", "kpi", "ReadmeKpiTest.java");
    private static final String INDENT = "        ";

    @Test
    void kpis_runAsTheReadmeShows() throws Exception {
        Cms cms = Cms.builder().persistence(new MemoryPersistence()).clock(MutableClock.at("2026-06-01T00:00:00Z")).build();
        CmsScope scope = cms.as(Principal.of("analyst"));
        CustomerId ada = scope.customers().create(scope.customers().person("Ada", "Lovelace").build()).id();
        CustomerId bob = scope.customers().create(scope.customers().person("Bob", "Babbage").build()).id();
        scope.purchases().record(PurchaseDetails.of(ada, Instant.parse("2026-01-10T10:00:00Z"), Money.of("100.00", "EUR")));
        scope.purchases().record(PurchaseDetails.of(ada, Instant.parse("2026-02-10T10:00:00Z"), Money.of("50.00", "EUR")));
        scope.purchases().record(PurchaseDetails.of(bob, Instant.parse("2026-01-20T10:00:00Z"), Money.of("30.00", "EUR")));

        // readme:kpis:begin
        Analytics analytics = Analytics.of(cms, Principal.of("analyst"), ZoneOffset.UTC);  // pass the Cms's business zone
        Window q1 = Window.ofMonths(YearMonth.of(2026, 1), YearMonth.of(2026, 3), analytics.zone());
        Population everyone = Population.everyone();                // or Population.segment(id), Population.matching(rule)

        HistoricalClvReport clv = analytics.historicalClv(everyone, q1);     // net value per currency, buyer and customer
        RetentionReport churn = analytics.retention(everyone, q1, PeriodUnit.MONTH);
        CohortReport cohorts = analytics.cohorts(everyone, q1);             // monthly acquisition cohorts
        RfmReport rfm = analytics.rfm(everyone, q1, Money.currency("EUR"));  // quintile scores and named segments
        FeedbackReport feedback = analytics.feedback(everyone, q1);         // NPS, CSAT, CES with 95% intervals, per month
        SalesReport sales = analytics.sales(everyone, q1);                  // funnel, win rate, cycle, forecast, velocity
        TicketReport support = analytics.tickets(everyone, q1);             // response and resolution times, SLA compliance
        HealthReport health = analytics.health(everyone, q1, HealthModel.defaults(), AtRiskRule.defaults());

        ObjectMapper json = new ObjectMapper().registerModule(new CmsJacksonModule()).registerModule(new AnalyticsJacksonModule());
        String text = json.writeValueAsString(churn);                       // every report reads back equal, too
        // readme:kpis:end

        // 100 + 50 + 30 = 180.00 EUR over 2 buyers: 90.00 each.
        assertThat(clv.currencies()).singleElement().satisfies(c -> {
            assertThat(c.total()).isEqualTo(Money.of("180.00", "EUR"));
            assertThat(c.meanPerBuyer()).isEqualTo(Money.of("90.00", "EUR"));
        });
        // January {Ada, Bob}, February {Ada}: Bob churned, 1 of 2; March nobody: Ada churned, 1 of 1.
        assertThat(churn.periods()).extracting(PeriodRetention::churnRate)
                .containsExactly(Optional.empty(), Optional.of(0.5), Optional.of(1.0));
        assertThat(cohorts.cohorts()).singleElement().satisfies(c -> assertThat(c.active()).containsExactly(2L, 1L, 0L));
        assertThat(rfm.scored()).isEqualTo(2);
        assertThat(feedback.overall().nps()).isEmpty();
        assertThat(sales.funnels()).isEmpty();
        assertThat(support.opened()).isZero();
        assertThat(health.customers()).isEqualTo(2);
        assertThat(json.readValue(text, RetentionReport.class)).isEqualTo(churn);
        assertThat(text).contains("\"churnRate\":0.5");
    }

    @Test
    void readme_showsExactlyTheCodeAbove() throws Exception {
        String readme = between(Files.readString(README), "<!-- readme:kpis:begin -->\n```java\n", "```\n<!-- readme:kpis:end -->");
        String tested = between(Files.readString(THIS_SOURCE), INDENT + "// readme:kpis:begin\n", INDENT + "// readme:kpis:end\n");

        assertThat(readme.lines().map(line -> line.isEmpty() ? line : INDENT + line).collect(Collectors.joining("\n", "", "\n")))
                .isEqualTo(tested);
    }

    private static String between(String text, String begin, String end) {
        int from = text.indexOf(begin);
        int to = from < 0 ? -1 : text.indexOf(end, from + begin.length());
        assertThat(to).as("markers %s ... %s", begin.strip(), end.strip()).isPositive();
        return text.substring(from + begin.length(), to);
    }
}
