package dev.cms.analytics.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.cms.analytics.kpi.Analytics;
import dev.cms.analytics.kpi.CesResult;
import dev.cms.analytics.kpi.CurrencyClv;
import dev.cms.analytics.kpi.HistoricalClvReport;
import dev.cms.analytics.kpi.Interval;
import dev.cms.analytics.kpi.NpsResult;
import dev.cms.analytics.kpi.PeriodUnit;
import dev.cms.analytics.kpi.Population;
import dev.cms.analytics.kpi.RfmSegment;
import dev.cms.analytics.kpi.Window;
import dev.cms.core.ValidationException;
import dev.cms.core.json.CmsJacksonModule;
import dev.cms.core.money.Money;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnalyticsJacksonModuleTest {
    private static final Window Q1 = Window.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new CmsJacksonModule())
            .registerModule(new AnalyticsJacksonModule());

    @Test
    void registry_coversEveryPublicRecordAndEnumOfTheKpiPackage_exceptThePopulation() throws Exception {
        Set<Class<?>> registered = new HashSet<>(ReportTypes.RECORDS);
        registered.addAll(ReportTypes.ENUMS);
        Path classes = Path.of(Analytics.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.list(classes.resolve("dev/cms/analytics/kpi"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = "dev.cms.analytics.kpi." + f.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, Analytics.class.getClassLoader());
                boolean api = Modifier.isPublic(type.getModifiers())
                        && (type.getEnclosingClass() == null || Modifier.isPublic(type.getEnclosingClass().getModifiers()));
                if (api && (type.isRecord() || type.isEnum())) {
                    found++;
                    if (!registered.contains(type)) {
                        missing.add(type.getSimpleName());
                    }
                }
            }
        }

        assertThat(found).as("public records and enums").isGreaterThan(30);
        assertThat(missing).containsExactlyInAnyOrder("Everyone", "Segment", "Matching");
        assertThat(Population.everyone()).isInstanceOf(Population.Everyone.class);
    }

    @Test
    void report_isWrittenInTheDocumentedShape() throws Exception {
        HistoricalClvReport report = new HistoricalClvReport(Q1, 5, List.of(new CurrencyClv(Currency.getInstance("EUR"), 3, 5,
                Money.of("380.00", "EUR"), Money.of("126.67", "EUR"), Money.of("76.00", "EUR"))));

        assertThat(mapper.writeValueAsString(report)).isEqualTo("{\"window\":{\"from\":\"2026-01-01T00:00:00Z\","
                + "\"to\":\"2026-04-01T00:00:00Z\"},\"customers\":5,\"currencies\":[{\"currency\":\"EUR\",\"buyers\":3,"
                + "\"purchases\":5,\"total\":{\"amount\":\"380.00\",\"currency\":\"EUR\"},\"meanPerBuyer\":{\"amount\":\"126.67\","
                + "\"currency\":\"EUR\"},\"meanPerCustomer\":{\"amount\":\"76.00\",\"currency\":\"EUR\"}}]}");
    }

    @Test
    void emptyOptionalsAreOmitted_andReadBackAsEmpty() throws Exception {
        CesResult single = new CesResult(1, 3.0, Optional.empty(), Optional.empty());

        String json = mapper.writeValueAsString(single);

        assertThat(json).isEqualTo("{\"responses\":1,\"mean\":3.0}");
        assertThat(mapper.readValue(json, CesResult.class)).isEqualTo(single);
        assertThat(mapper.readValue("{\"responses\":1,\"mean\":3.0,\"interval\":null}", CesResult.class)).isEqualTo(single);
    }

    @Test
    void enums_areTheirNames_whateverTheMapperSays() throws Exception {
        ObjectMapper toStringEnums = mapper.copy().enable(SerializationFeature.WRITE_ENUMS_USING_INDEX);

        assertThat(toStringEnums.writeValueAsString(RfmSegment.AT_RISK)).isEqualTo("\"AT_RISK\"");
        assertThat(mapper.readValue("\"QUARTER\"", PeriodUnit.class)).isEqualTo(PeriodUnit.QUARTER);
        assertThat(catchThrowableOfType(InvalidFormatException.class, () -> mapper.readValue("\"quarter\"", PeriodUnit.class)))
                .isNotNull();
    }

    @Test
    void reading_aValueTheRecordRejects_failsWithItsValidationErrorAndPath() {
        String json = "{\"responses\":2,\"promoters\":1,\"passives\":0,\"detractors\":0,\"score\":50.0,"
                + "\"interval\":{\"lower\":0.0,\"upper\":100.0}}";

        ValueInstantiationException e = catchThrowableOfType(ValueInstantiationException.class, () -> mapper.readValue(json, NpsResult.class));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class).hasMessageContaining("responses");
    }

    @Test
    void reading_isStrict_aboutUnknownMissingAndMalformedProperties() {
        UnrecognizedPropertyException unknown = catchThrowableOfType(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"lower\":1.0,\"upper\":2.0,\"level\":0.95}", Interval.class));
        assertThat(unknown.getPropertyName()).isEqualTo("level");

        MismatchedInputException missing = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"lower\":1.0}", Interval.class));
        assertThat(pathOf(missing)).isEqualTo("upper");

        InvalidFormatException badInstant = catchThrowableOfType(InvalidFormatException.class,
                () -> mapper.readValue("{\"from\":\"yesterday\",\"to\":\"2026-04-01T00:00:00Z\"}", Window.class));
        assertThat(pathOf(badInstant)).isEqualTo("from");

        MismatchedInputException wrongKind = catchThrowableOfType(MismatchedInputException.class,
                () -> mapper.readValue("{\"window\":{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-04-01T00:00:00Z\"},"
                        + "\"customers\":\"five\",\"currencies\":[]}", HistoricalClvReport.class));
        assertThat(pathOf(wrongKind)).isEqualTo("customers");
    }

    @Test
    void reading_anInvalidNestedValue_reportsThePathToIt() {
        String json = "{\"window\":{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2026-04-01T00:00:00Z\"},\"customers\":5,"
                + "\"currencies\":[{\"currency\":\"EUR\",\"buyers\":0,\"purchases\":5,\"total\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},"
                + "\"meanPerBuyer\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"meanPerCustomer\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}]}";

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, HistoricalClvReport.class));

        assertThat(pathOf(e)).isEqualTo("currencies[0]");
        assertThat(e.getCause()).isInstanceOf(ValidationException.class).hasMessageContaining("buyers");
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
