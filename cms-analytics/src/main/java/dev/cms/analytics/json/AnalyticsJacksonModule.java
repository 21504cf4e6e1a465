package dev.cms.analytics.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.Serial;

/**
 * Registers JSON serializers and deserializers for every report of {@code dev.cms.analytics.kpi}, their parts and the
 * settings they echo, next to the core's module, which handles the money, ids and domain values inside them:
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper()
 *         .registerModule(new CmsJacksonModule())
 *         .registerModule(new AnalyticsJacksonModule());
 * String json = mapper.writeValueAsString(analytics.feedback(Population.everyone(), window));
 * FeedbackReport back = mapper.readValue(json, FeedbackReport.class);
 * }</pre>
 *
 * <p>The shape follows {@code CmsJacksonModule}: a record is an object of its components in declaration order; an
 * empty {@code Optional} is omitted (and an omitted or {@code null} property read as empty); lists are arrays;
 * {@code Instant}s are ISO-8601 in UTC, {@code LocalDate}s {@code "2026-03-31"}, {@code YearMonth}s {@code "2026-03"},
 * {@code Duration}s ISO-8601 ({@code "PT1H30M"}), currencies their ISO 4217 codes, enums their names; rates, scores and
 * intervals are JSON numbers; {@code Money} is the core's {@code {"amount":"12.50","currency":"EUR"}}. For example an
 * NPS result: {@code {"responses":9,"promoters":5,"passives":2,"detractors":2,"score":33.33333333333333,
 * "interval":{"lower":-20.01,"upper":86.68}}}. Reading goes through each record's canonical constructor, so its checks
 * apply, and is strict about unknown and missing properties, like the core's. The inputs {@code Population} and
 * {@code Analytics} have no JSON form: the reports do not echo the population they were computed for.
 */
// "exports": this public type extends a Jackson class although Jackson is only `requires static` (optional), so
// applications that never use JSON do not need it; those that do already depend on Jackson to have an ObjectMapper.
@SuppressWarnings("exports")
public final class AnalyticsJacksonModule extends SimpleModule {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the module with a serializer and a deserializer for each report type. */
    public AnalyticsJacksonModule() {
        super("cms-analytics");
        for (Class<? extends Record> type : ReportTypes.RECORDS) {
            register(type);
        }
        for (Class<? extends Enum<?>> type : ReportTypes.ENUMS) {
            registerEnum(type);
        }
    }

    private <T extends Record> void register(Class<T> type) {
        addSerializer(type, new RecordSerializer<>(type));
        addDeserializer(type, new RecordDeserializer<>(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // the list holds enum classes; E is each one's own type
    private void registerEnum(Class type) {
        addSerializer(type, new EnumSerialization.Writer<>(type));
        addDeserializer(type, new EnumSerialization.Reader<>(type));
    }
}
