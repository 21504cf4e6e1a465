package dev.cms.analytics.kpi;

import static dev.cms.core.feedback.SurveyType.CES;
import static dev.cms.core.feedback.SurveyType.CSAT;
import static dev.cms.core.feedback.SurveyType.NPS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cms.analytics.clv.BgNbdModel;
import dev.cms.analytics.json.AnalyticsJacksonModule;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.json.CmsJacksonModule;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SupportSettings;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every report the analytics compute on a store that has a bit of everything serialises with the core's and the
 * analytics' Jackson modules and reads back equal; together the reports hold every public record and enum of the KPI
 * package (the inputs {@code Population} and {@code Analytics} aside), so none of them lacks a JSON form.
 */
class ReportsJsonRoundTripTest {
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new CmsJacksonModule())
            .registerModule(new AnalyticsJacksonModule());

    @Test
    void everyReport_roundTripsThroughJson_andTogetherTheyCoverEveryReportType() throws Exception {
        List<Record> reports = reports();
        Set<Class<?>> seen = new HashSet<>();

        for (Record report : reports) {
            String json = mapper.writeValueAsString(report);
            Record back = mapper.readValue(json, report.getClass());

            assertThat(back).as(json).isEqualTo(report);
            collect(report, seen);
        }

        assertThat(seen).containsAll(publicRecordsAndEnums());
    }

    /** Every public record and enum of dev.cms.analytics.kpi, except the population, which is input only. */
    private static List<Class<?>> publicRecordsAndEnums() throws Exception {
        Path classes = Path.of(Analytics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve("dev/cms/analytics/kpi"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "dev.cms.analytics.kpi." + f.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, Analytics.class.getClassLoader());
                boolean api = Modifier.isPublic(type.getModifiers())
                        && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()));
                if (api && (type.isRecord() || type.isEnum()) && !Population.class.isAssignableFrom(type)) {
                    types.add(type);
                }
            }
        }
        assertThat(types).as("public records and enums found").hasSizeGreaterThan(30);
        return types;
    }

    private static void collect(Object value, Set<Class<?>> seen) throws Exception {
        if (value instanceof Optional<?> o) {
            if (o.isPresent()) {
                collect(o.get(), seen);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                collect(item, seen);
            }
        } else if (value instanceof Enum<?> e) {
            seen.add(e.getDeclaringClass());
        } else if (value instanceof Record r) {
            seen.add(r.getClass());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                collect(c.getAccessor().invoke(r), seen);
            }
        }
    }

    /** One of each report on a store with purchases, deals, tickets with SLAs and survey answers. */
    private static List<Record> reports() {
        KpiFixture store = KpiFixture.withSupport(SupportSettings.defaults()
                .withPolicy(SlaPolicy.of(TicketPriority.NORMAL, Duration.ofHours(4), Duration.ofHours(24))), "2026-01-01T00:00:00Z");
        CustomerId ann = store.person("Ann");
        CustomerId bob = store.person("Bob");
        store.buy(ann, "2025-12-20T10:00:00Z", "30.00", "EUR");
        store.buy(ann, "2026-01-05T10:00:00Z", "100.00", "EUR");
        store.buy(ann, "2026-02-07T10:00:00Z", "40.00", "EUR");
        store.buy(bob, "2026-02-10T10:00:00Z", "20.00", "EUR");
        store.buy(bob, "2026-02-11T10:00:00Z", "15.00", "USD");
        store.answer(ann, NPS, 9, "2026-01-10T10:00:00Z");
        store.answer(bob, NPS, 3, "2026-02-10T10:00:00Z");
        store.answer(ann, CSAT, 4, "2026-01-11T10:00:00Z");
        store.answer(bob, CES, 5, "2026-01-12T10:00:00Z");
        store.answer(ann, CES, 6, "2026-02-12T10:00:00Z");

        store.at("2026-01-05T12:00:00Z");
        Opportunity won = store.scope.opportunities().create(OpportunityDetails.of(ann, "won", Money.of("500.00", "EUR")));
        store.at("2026-01-20T12:00:00Z");
        store.scope.opportunities().win(won.id(), won.version());
        store.scope.opportunities().create(OpportunityDetails.of(bob, "open", Money.of("300.00", "EUR"))
                .closingOn(LocalDate.of(2026, 2, 20)));

        store.at("2026-01-15T09:00:00Z");
        Ticket ticket = store.scope.tickets().open(TicketDetails.of(bob, "help"));
        store.at("2026-01-15T10:00:00Z");
        store.scope.interactions().log(bob, InteractionDetails.of(Channel.EMAIL, Direction.OUTBOUND, Instant.parse("2026-01-15T10:00:00Z"))
                .about(ticket.id()));
        Ticket current = store.scope.tickets().get(ticket.id());
        store.at("2026-01-16T08:00:00Z");
        store.scope.tickets().moveTo(current.id(), current.version(), TicketStatus.RESOLVED);
        store.at("2026-02-01T09:00:00Z");
        store.scope.tickets().open(TicketDetails.of(bob, "again"));
        store.at("2026-06-01T00:00:00Z");

        Window window = store.months("2026-01", "2026-02");
        Analytics a = store.analytics;
        return List.of(
                a.historicalClv(Population.everyone(), window),
                a.retention(Population.everyone(), window, PeriodUnit.MONTH),
                a.cohorts(Population.everyone(), window),
                a.rfm(Population.everyone(), window, Currency.getInstance("EUR")),
                a.feedback(Population.everyone(), window),
                a.sales(Population.everyone(), window),
                a.tickets(Population.everyone(), window),
                a.health(Population.everyone(), window, HealthModel.defaults(), new AtRiskRule(100, 1, 0.99, 10),
                        new BgNbdModel(0.243, 4.414, 0.793, 2.426, ChronoUnit.WEEKS)));
    }
}
