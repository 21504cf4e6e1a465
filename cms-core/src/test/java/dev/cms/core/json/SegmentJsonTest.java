package dev.cms.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Explanation;
import dev.cms.core.segment.FieldDefinition;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.LeadScoringModel;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.ScoreCard;
import dev.cms.core.segment.ScoreContribution;
import dev.cms.core.segment.ScoringRule;
import dev.cms.core.segment.ScoringRun;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentDeleted;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SegmentSaved;
import dev.cms.core.segment.SpanUnit;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.segment.StaticListMembersChanged;
import dev.cms.core.segment.StaticListSaved;
import dev.cms.core.segment.ValueType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The segmentation types through the Jackson module: shapes written by hand, round trips, and errors with paths. */
class SegmentJsonTest {
    private static final String SEGMENT_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a61";
    private static final String LIST_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a60";
    private static final String ADA_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b";
    private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-16T10:30:00.123456Z");
    private static final Rule BIG_SPENDERS = Rule.all(
            Rule.field("country").eq("DE"),
            Rule.metric(Metric.totalSpend(Money.currency("EUR")).within(RuleValue.Span.days(90))).gt(500));
    private static final String BIG_SPENDERS_JSON = compact("""
            {"all":[{"field":"country","op":"eq","value":"DE"},
                    {"metric":"totalSpend","currency":"EUR","window":{"amount":90,"unit":"days"},"op":"gt","value":500}]}
            """);

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CmsJacksonModule());

    private static String compact(String json) {
        return json.lines().map(String::strip).collect(Collectors.joining());
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

    private static Segment segment() {
        return new Segment(SegmentId.parse(SEGMENT_ID), new SegmentDefinition("German big spenders",
                Optional.of("More than 500 EUR in 90 days"), BIG_SPENDERS), T0, T1, 2);
    }

    private <T> void assertRoundTrip(T value, Class<T> type, String json) throws Exception {
        assertThat(mapper.writeValueAsString(value)).isEqualTo(json);
        assertThat(mapper.readValue(json, type)).isEqualTo(value);
    }

    // ---------------------------------------------------------------- shapes

    @Test
    void segment_holdsItsRuleInTheRuleFormat() throws Exception {
        assertRoundTrip(segment(), Segment.class, compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a61",
                 "definition":{"name":"German big spenders","description":"More than 500 EUR in 90 days","rule":%s},
                 "createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-16T10:30:00.123456Z","version":2}
                """).formatted(BIG_SPENDERS_JSON));
    }

    @Test
    void staticListAndTheSegmentationEvents_areObjectsOfTheirComponents() throws Exception {
        StaticList list = new StaticList(StaticListId.parse(LIST_ID), "Do not contact", Optional.empty(), T0, T0, 0);
        UserId alice = UserId.of("alice");
        String listJson = compact("""
                {"id":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a60","name":"Do not contact",
                 "createdAt":"2026-01-15T09:00:00Z","updatedAt":"2026-01-15T09:00:00Z","version":0}
                """);

        assertRoundTrip(list, StaticList.class, listJson);
        assertRoundTrip(new StaticListSaved(list, alice, T1), StaticListSaved.class,
                "{\"list\":" + listJson + ",\"actor\":\"alice\",\"occurredAt\":\"2026-01-16T10:30:00.123456Z\"}");
        assertRoundTrip(new StaticListMembersChanged(StaticListId.parse(LIST_ID), List.of(CustomerId.parse(ADA_ID)), List.of(), alice, T1),
                StaticListMembersChanged.class, compact("""
                        {"list":"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a60","added":["0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b"],
                         "removed":[],"actor":"alice","occurredAt":"2026-01-16T10:30:00.123456Z"}
                        """));
        assertRoundTrip(new SegmentDeleted(SegmentId.parse(SEGMENT_ID), alice, T1), SegmentDeleted.class,
                "{\"segment\":\"" + SEGMENT_ID + "\",\"actor\":\"alice\",\"occurredAt\":\"2026-01-16T10:30:00.123456Z\"}");
        SegmentSaved saved = new SegmentSaved(segment(), alice, T1);
        assertThat(mapper.readValue(mapper.writeValueAsString(saved), SegmentSaved.class)).isEqualTo(saved);
    }

    @Test
    void leadScore_hasItsScoreAsADecimalString_likeOtherDecimalsOfTheModule() throws Exception {
        assertRoundTrip(new LeadScore(CustomerId.parse(ADA_ID), new BigDecimal("42.50"), T0), LeadScore.class,
                "{\"customer\":\"" + ADA_ID + "\",\"score\":\"42.5\",\"scoredAt\":\"2026-01-15T09:00:00Z\"}");
    }

    @Test
    void leadScoringModelAndScoreCard_holdTheirRulesInTheRuleFormat_andPointsAsDecimalStrings() throws Exception {
        ScoringRule vip = ScoringRule.of("VIP", Rule.field("tags").hasAny("vip"), 25);
        ScoringRule called = new ScoringRule("called lately", Rule.metric(Metric.interactionCount().on(Channel.CALL)
                .within(RuleValue.Span.days(90))).gte(1), new BigDecimal("20"), Optional.empty()).decaying(30);
        String vipJson = "{\"name\":\"VIP\",\"rule\":{\"field\":\"tags\",\"op\":\"has_any\",\"values\":[\"vip\"]},\"points\":\"25\"}";
        String calledJson = compact("""
                {"name":"called lately",
                 "rule":{"metric":"interactionCount","channel":"call","window":{"amount":90,"unit":"days"},"op":"gte","value":1},
                 "points":"20","decay":{"halfLifeDays":30}}
                """);

        assertRoundTrip(new LeadScoringModel("fit and engagement", List.of(vip, called), new BigDecimal("30"), Set.of(LifecycleStage.LEAD)),
                LeadScoringModel.class, "{\"name\":\"fit and engagement\",\"rules\":[" + vipJson + "," + calledJson
                        + "],\"threshold\":\"30\",\"promotable\":[\"lead\"]}");
        assertRoundTrip(new ScoreCard(CustomerId.parse(ADA_ID), new BigDecimal("17.82"), false, List.of(
                        new ScoreContribution(vip, false, Optional.empty(), BigDecimal.ZERO),
                        new ScoreContribution(called, true, Optional.of(new BigDecimal("0.8908987181")), new BigDecimal("17.82")))),
                ScoreCard.class, "{\"customer\":\"" + ADA_ID + "\",\"score\":\"17.82\",\"qualified\":false,\"contributions\":["
                        + "{\"rule\":" + vipJson + ",\"matched\":false,\"points\":\"0\"},"
                        + "{\"rule\":" + calledJson + ",\"matched\":true,\"decayFactor\":\"0.8908987181\",\"points\":\"17.82\"}]}");
        assertRoundTrip(new ScoringRun(3, 1, 1), ScoringRun.class, "{\"scored\":3,\"qualified\":1,\"promoted\":1}");
    }

    @Test
    void explanation_isTheRuleNodeWithItsResultAndItsParts() throws Exception {
        Rule germany = Rule.field("country").eq("DE");
        Explanation explanation = new Explanation(Rule.all(germany), false, Optional.empty(),
                List.of(new Explanation(germany, false, Optional.of("[AT]"), List.of())));

        assertRoundTrip(explanation, Explanation.class, compact("""
                {"rule":{"all":[{"field":"country","op":"eq","value":"DE"}]},"matched":false,
                 "parts":[{"rule":{"field":"country","op":"eq","value":"DE"},"matched":false,"observed":"[AT]","parts":[]}]}
                """));
    }

    @Test
    void contextAndDateRange_areInstantZoneAndIsoDates() throws Exception {
        assertRoundTrip(new RuleContext(T0, ZoneId.of("Europe/Berlin")), RuleContext.class,
                "{\"now\":\"2026-01-15T09:00:00Z\",\"zone\":\"Europe/Berlin\"}");
        assertRoundTrip(new RuleContext.DateRange(Optional.of(LocalDate.of(2026, 1, 1)), Optional.empty()), RuleContext.DateRange.class,
                "{\"from\":\"2026-01-01\"}");
    }

    @Test
    void metricAndValues_onTheirOwn_haveTheFormTheyHaveInARule() throws Exception {
        assertRoundTrip(Metric.totalSpend(Money.currency("EUR")).within(RuleValue.Span.days(90)), Metric.class,
                "{\"metric\":\"totalSpend\",\"currency\":\"EUR\",\"window\":{\"amount\":90,\"unit\":\"days\"}}");
        assertRoundTrip(RuleValue.Number.of(500), RuleValue.Number.class, "500");
        assertRoundTrip(new RuleValue.Bool(true), RuleValue.Bool.class, "true");
        assertRoundTrip(new RuleValue.Text("Berlin"), RuleValue.Text.class, "\"Berlin\"");
        assertRoundTrip(new RuleValue.Date(LocalDate.of(2026, 1, 31)), RuleValue.Date.class, "\"2026-01-31\"");
        assertRoundTrip(RuleValue.Span.weeks(2), RuleValue.Span.class, "{\"amount\":2,\"unit\":\"weeks\"}");
        assertRoundTrip(new RuleValue.Amount(Money.of("12.5", "EUR")), RuleValue.Amount.class, "{\"amount\":\"12.50\",\"currency\":\"EUR\"}");
        assertThat(mapper.readValue("{\"unit\":\"months\",\"amount\":6}", RuleValue.class)).isEqualTo(RuleValue.Span.months(6));
        assertThat(mapper.readValue("2.5", RuleValue.class)).isEqualTo(new RuleValue.Number(new BigDecimal("2.5")));
    }

    @Test
    void constantsOfTheRuleLanguage_keepTheirRuleNames() throws Exception {
        assertRoundTrip(Operator.NOT_IN, Operator.class, "\"not_in\"");
        assertRoundTrip(Operator.Arity.MANY, Operator.Arity.class, "\"many\"");
        assertRoundTrip(MetricKind.OPEN_OPPORTUNITY_WEIGHTED_VALUE, MetricKind.class, "\"openOpportunityWeightedValue\"");
        assertRoundTrip(SpanUnit.MONTHS, SpanUnit.class, "\"months\"");
        assertRoundTrip(ValueType.ANNIVERSARY, ValueType.class, "\"anniversary\"");
    }

    @Test
    void fieldDefinition_listsTypeVocabularyAndDescription() throws Exception {
        FieldRegistry registry = FieldRegistry.builtInOnly();

        assertRoundTrip(registry.find("country").orElseThrow(), FieldDefinition.class,
                "{\"name\":\"country\",\"type\":\"text\",\"multiValued\":true,\"description\":\"the country code of every postal address\"}");
        assertRoundTrip(registry.find("kind").orElseThrow(), FieldDefinition.class,
                "{\"name\":\"kind\",\"type\":\"text\",\"multiValued\":false,\"allowedValues\":[\"organization\",\"person\"],"
                        + "\"description\":\"person or organization\"}");
    }

    @Test
    void fieldRegistry_isWrittenForFrontEnds_withTheOperatorsOfEachType() throws Exception {
        FieldRegistry registry = RuleJsonTest.REGISTRY;

        JsonNode json = mapper.readTree(mapper.writeValueAsString(registry));

        List<String> names = new ArrayList<>();
        json.get("fields").forEach(f -> names.add(f.get("name").textValue()));
        assertThat(names).hasSize(registry.fields().size()).contains("country", "birthday", "consent.email", "attribute.lifetime_value");
        assertThat(json.get("fields").get(names.indexOf("attribute.lifetime_value")).get("type").textValue()).isEqualTo("money");
        assertThat(json.get("operators").get("tags").toString())
                .isEqualTo("[\"is_set\",\"is_not_set\",\"has_any\",\"has_all\",\"has_none\"]");
        assertThat(json.get("operators").get("anniversary").toString()).isEqualTo("[\"is_set\",\"is_not_set\",\"within_next\"]");
        assertThat(json.get("operators").size()).isEqualTo(ValueType.values().length);
    }

    // ---------------------------------------------------------------- errors

    @Test
    void segmentWithABrokenRule_failsWithThePathToTheRule_andTheRulesViolationsAsCause() throws Exception {
        String json = mapper.writeValueAsString(segment())
                .replace("\"op\":\"eq\"", "\"op\":\"equals\"")
                .replace("\"unit\":\"days\"", "\"unit\":\"day\"");

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue(json, Segment.class));

        assertThat(e).isInstanceOf(ValueInstantiationException.class);
        assertThat(pathOf(e)).isEqualTo("definition.rule");
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path)
                .containsExactly("all[0].op", "all[1].window.unit");
    }

    @Test
    void unknownPropertyInARule_isRefusedEvenWhenTheMapperIgnoresUnknownProperties() throws Exception {
        ObjectMapper lenient = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> lenient.readValue(
                "{\"name\":\"x\",\"rule\":{\"field\":\"city\",\"op\":\"is_set\",\"negate\":true}}", SegmentDefinition.class));

        assertThat(pathOf(e)).isEqualTo("rule");
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("negate");
    }

    @Test
    void bareStringAsAnyRuleValue_isRefusedAsAmbiguous_butReadsAsATextOrADateWhenAsked() throws Exception {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue("\"2026-01-31\"", RuleValue.class));

        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("value");
        assertThat(e.getCause()).hasMessageContaining("a text or a date depending on the operator");
        assertThat(mapper.readValue("\"2026-01-31\"", RuleValue.Text.class)).isEqualTo(new RuleValue.Text("2026-01-31"));
        assertThat(mapper.readValue("\"2026-01-31\"", RuleValue.Date.class)).isEqualTo(new RuleValue.Date(LocalDate.of(2026, 1, 31)));
    }

    @Test
    void valueOrRuleOfAnotherKindThanAsked_isRefused() {
        JsonMappingException number = catchThrowableOfType(JsonMappingException.class, () -> mapper.readValue("\"5\"", RuleValue.Number.class));
        JsonMappingException all = catchThrowableOfType(JsonMappingException.class,
                () -> mapper.readValue("{\"inList\":\"" + LIST_ID + "\"}", Rule.All.class));

        assertThat(number.getCause()).isInstanceOf(ValidationException.class);
        assertThat(all.getCause()).hasMessageContaining("must be an \"all\" group");
    }

    @Test
    void writingARuleWithoutJsonForm_failsWithTheReason() {
        Rule textUnderBefore = Rule.field("birthDate").is(Operator.BEFORE, new RuleValue.Text("yesterday"));

        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> mapper.writeValueAsString(textUnderBefore));

        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations()).extracting(Violation::path).containsExactly("value");
    }
}
