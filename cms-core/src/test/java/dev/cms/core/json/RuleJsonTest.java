package dev.cms.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValidator;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.segment.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RuleJsonTest {
    private static final String LIST_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a60";
    private static final String SEGMENT_ID = "0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a61";

    /** Built-in fields plus one custom attribute of each kind that has no built-in field. */
    static final FieldRegistry REGISTRY = FieldRegistry.of(List.of(
            AttributeDefinition.of("newsletter", "Newsletter", AttributeType.BOOLEAN),
            AttributeDefinition.of("lifetime_value", "Lifetime value", AttributeType.MONEY),
            AttributeDefinition.of("contract_end", "Contract end", AttributeType.DATE),
            AttributeDefinition.of("plan", "Plan", AttributeType.TEXT)));

    /** Removes the line breaks and indentation of a hand-formatted JSON text block. */
    private static String compact(String json) {
        return json.lines().map(String::strip).collect(Collectors.joining());
    }

    private static List<Violation> violations(String json) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleJson.read(json));
        assertThat(e).as("reading %s must fail", json).isNotNull();
        return e.violations();
    }

    private static Violation onlyViolation(String json) {
        List<Violation> violations = violations(json);
        assertThat(violations).as("violations of %s", json).hasSize(1);
        return violations.get(0);
    }

    /** Writes the rule, expects the JSON text, and reads the text back as an equal rule. */
    private static void assertRoundTrip(Rule rule, String json) {
        assertThat(RuleJson.write(rule)).isEqualTo(json);
        assertThat(RuleJson.read(json)).isEqualTo(rule);
    }

    // ---------------------------------------------------------------- every node and value kind

    @Test
    void groupsAndNot_nestAsObjectsWithOneProperty() {
        Rule rule = Rule.any(
                Rule.all(Rule.field("country").eq("DE"), Rule.field("city").eq("Berlin")),
                Rule.not(Rule.field("email").isSet()));

        assertRoundTrip(rule, compact("""
                {"any":[
                  {"all":[{"field":"country","op":"eq","value":"DE"},{"field":"city","op":"eq","value":"Berlin"}]},
                  {"not":{"field":"email","op":"is_set"}}]}
                """));
    }

    @Test
    void textValues_areJsonStrings_singleUnderValue_severalUnderValues() {
        assertRoundTrip(Rule.field("country").in("DE", "AT"), "{\"field\":\"country\",\"op\":\"in\",\"values\":[\"DE\",\"AT\"]}");
        assertRoundTrip(Rule.field("name").contains("GmbH"), "{\"field\":\"name\",\"op\":\"contains\",\"value\":\"GmbH\"}");
        assertRoundTrip(Rule.field("tags").hasNone("churned", "test"),
                "{\"field\":\"tags\",\"op\":\"has_none\",\"values\":[\"churned\",\"test\"]}");
        assertRoundTrip(Rule.field("leadSource").isNotSet(), "{\"field\":\"leadSource\",\"op\":\"is_not_set\"}");
    }

    @Test
    void numbers_areJsonNumbersInPlainNotation() {
        // 500 is kept as 5E+2 after stripping trailing zeros; it must still be written as 500.
        assertRoundTrip(Rule.field("leadScore").gt(500), "{\"field\":\"leadScore\",\"op\":\"gt\",\"value\":500}");
        assertRoundTrip(Rule.field("leadScore").is(Operator.BETWEEN, new RuleValue.Number(new BigDecimal("-2.5")),
                        new RuleValue.Number(new BigDecimal("0.000001"))),
                "{\"field\":\"leadScore\",\"op\":\"between\",\"values\":[-2.5,0.000001]}");
    }

    @Test
    void numbers_areReadExactlyFromTheirDigits_neverThroughADouble() {
        // 38 significant digits: a double keeps about 16, so any detour through double would change the number.
        String digits = "12345678901234567890.123456789012345678";
        Rule rule = RuleJson.read("{\"field\":\"leadScore\",\"op\":\"eq\",\"value\":" + digits + "}");

        assertThat(rule).isEqualTo(Rule.field("leadScore").is(Operator.EQUALS, new RuleValue.Number(new BigDecimal(digits))));
        assertThat(RuleJson.read("{\"field\":\"leadScore\",\"op\":\"eq\",\"value\":0.1}"))
                .isEqualTo(Rule.field("leadScore").is(Operator.EQUALS, new RuleValue.Number(new BigDecimal("0.1"))));
        assertThat(RuleJson.read("{\"field\":\"leadScore\",\"op\":\"eq\",\"value\":2.50E+2}"))
                .isEqualTo(Rule.field("leadScore").eq(250));
    }

    @Test
    void booleans_areJsonBooleans() {
        assertRoundTrip(Rule.field("attribute.newsletter").eq(true), "{\"field\":\"attribute.newsletter\",\"op\":\"eq\",\"value\":true}");
        assertRoundTrip(Rule.field("attribute.newsletter").is(Operator.NOT_EQUALS, new RuleValue.Bool(false)),
                "{\"field\":\"attribute.newsletter\",\"op\":\"neq\",\"value\":false}");
    }

    @Test
    void dates_areIsoStrings_underBeforeAfterOnAndBetween() {
        assertRoundTrip(Rule.field("birthDate").before(LocalDate.of(1990, 1, 1)),
                "{\"field\":\"birthDate\",\"op\":\"before\",\"value\":\"1990-01-01\"}");
        assertRoundTrip(Rule.field("createdAt").after(LocalDate.of(2026, 1, 31)),
                "{\"field\":\"createdAt\",\"op\":\"after\",\"value\":\"2026-01-31\"}");
        assertRoundTrip(Rule.field("attribute.contract_end").on(LocalDate.of(1, 1, 1)),
                "{\"field\":\"attribute.contract_end\",\"op\":\"on\",\"value\":\"0001-01-01\"}");
        assertRoundTrip(Rule.field("createdAt").is(Operator.BETWEEN, new RuleValue.Date(LocalDate.of(2026, 1, 1)),
                        new RuleValue.Date(LocalDate.of(9999, 12, 31))),
                "{\"field\":\"createdAt\",\"op\":\"between\",\"values\":[\"2026-01-01\",\"9999-12-31\"]}");
    }

    @Test
    void theSameStringIsATextUnderEq_andADateUnderOn() {
        assertThat(RuleJson.read("{\"field\":\"attribute.plan\",\"op\":\"eq\",\"value\":\"2026-01-31\"}"))
                .isEqualTo(Rule.field("attribute.plan").eq("2026-01-31"));
        assertThat(RuleJson.read("{\"field\":\"attribute.contract_end\",\"op\":\"on\",\"value\":\"2026-01-31\"}"))
                .isEqualTo(Rule.field("attribute.contract_end").on(LocalDate.of(2026, 1, 31)));
    }

    @Test
    void spans_areAmountAndUnit() {
        assertRoundTrip(Rule.field("createdAt").withinLast(RuleValue.Span.days(30)),
                "{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"amount\":30,\"unit\":\"days\"}}");
        assertRoundTrip(Rule.field("updatedAt").moreThanAgo(RuleValue.Span.months(6)),
                "{\"field\":\"updatedAt\",\"op\":\"more_than_ago\",\"value\":{\"amount\":6,\"unit\":\"months\"}}");
        assertRoundTrip(Rule.field("birthday").withinNext(RuleValue.Span.weeks(0)),
                "{\"field\":\"birthday\",\"op\":\"within_next\",\"value\":{\"amount\":0,\"unit\":\"weeks\"}}");
    }

    @Test
    void money_isAnAmountStringAtTheCurrencyScaleAndACurrency_andAJsonNumberAmountIsAccepted() {
        assertRoundTrip(Rule.field("attribute.lifetime_value").gt(Money.of("1000", "EUR")),
                "{\"field\":\"attribute.lifetime_value\",\"op\":\"gt\",\"value\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"}}");
        assertRoundTrip(Rule.field("attribute.lifetime_value").is(Operator.BETWEEN,
                        new RuleValue.Amount(Money.of("100", "JPY")), new RuleValue.Amount(Money.of("250", "JPY"))),
                "{\"field\":\"attribute.lifetime_value\",\"op\":\"between\",\"values\":["
                        + "{\"amount\":\"100\",\"currency\":\"JPY\"},{\"amount\":\"250\",\"currency\":\"JPY\"}]}");
        assertThat(RuleJson.read("{\"field\":\"attribute.lifetime_value\",\"op\":\"lte\",\"value\":{\"currency\":\"EUR\",\"amount\":12.5}}"))
                .isEqualTo(Rule.field("attribute.lifetime_value").is(Operator.LESS_OR_EQUAL, new RuleValue.Amount(Money.of("12.50", "EUR"))));
    }

    @Test
    void metrics_carryOnlyTheParametersGiven() {
        Metric spend = Metric.totalSpend(Money.currency("EUR")).within(RuleValue.Span.days(90));
        Metric calls = Metric.interactionCount().on(Channel.CALL).within(RuleValue.Span.weeks(2));

        assertRoundTrip(Rule.metric(spend).gt(500), compact("""
                {"metric":"totalSpend","currency":"EUR","window":{"amount":90,"unit":"days"},"op":"gt","value":500}
                """));
        assertRoundTrip(Rule.metric(calls).eq(0), compact("""
                {"metric":"interactionCount","channel":"call","window":{"amount":2,"unit":"weeks"},"op":"eq","value":0}
                """));
        assertRoundTrip(Rule.metric(Metric.of(MetricKind.LATEST_NPS)).isNotSet(), "{\"metric\":\"latestNps\",\"op\":\"is_not_set\"}");
        assertRoundTrip(Rule.metric(Metric.of(MetricKind.DAYS_SINCE_LAST_INTERACTION).on(Channel.EMAIL)).between(7, 30),
                "{\"metric\":\"daysSinceLastInteraction\",\"channel\":\"email\",\"op\":\"between\",\"values\":[7,30]}");
    }

    @Test
    void membership_isTheIdOfTheListOrSegment() {
        assertRoundTrip(Rule.inList(StaticListId.parse(LIST_ID)), "{\"inList\":\"" + LIST_ID + "\"}");
        assertRoundTrip(Rule.not(Rule.inSegment(SegmentId.parse(SEGMENT_ID))), "{\"not\":{\"inSegment\":\"" + SEGMENT_ID + "\"}}");
    }

    @Test
    void propertiesMayComeInAnyOrder_andWhiteSpaceDoesNotMatter() {
        Rule rule = RuleJson.read("""
                 { "value" : { "unit" : "days", "amount" : 3 },
                   "op"    : "within_last",
                   "field" : "createdAt" }
                """);

        assertThat(rule).isEqualTo(Rule.field("createdAt").withinLast(RuleValue.Span.days(3)));
    }

    /** Valid values for an operator on a field of the given type, as a front end would send them. */
    private static RuleValue[] sampleValues(ValueType type, Operator op) {
        Class<? extends RuleValue> kind = type.valueKind(op);
        List<RuleValue> one = new ArrayList<>();
        if (kind == RuleValue.Text.class) {
            one.addAll(List.of(new RuleValue.Text("alpha"), new RuleValue.Text("beta")));
        } else if (kind == RuleValue.Number.class) {
            one.addAll(List.of(RuleValue.Number.of(1), RuleValue.Number.of(2)));
        } else if (kind == RuleValue.Bool.class) {
            one.add(new RuleValue.Bool(true));
        } else if (kind == RuleValue.Date.class) {
            one.addAll(List.of(new RuleValue.Date(LocalDate.of(2026, 1, 1)), new RuleValue.Date(LocalDate.of(2026, 2, 1))));
        } else if (kind == RuleValue.Span.class) {
            one.add(RuleValue.Span.days(14));
        } else {
            one.addAll(List.of(new RuleValue.Amount(Money.of("1", "EUR")), new RuleValue.Amount(Money.of("2", "EUR"))));
        }
        return switch (op.arity()) {
            case NONE -> new RuleValue[0];
            case ONE -> new RuleValue[] {one.get(0)};
            case TWO, MANY -> one.subList(0, 2).toArray(RuleValue[]::new);
        };
    }

    private static String fieldOf(ValueType type) {
        return switch (type) {
            case TEXT -> "city";
            case NUMBER -> "leadScore";
            case BOOLEAN -> "attribute.newsletter";
            case DATE -> "birthDate";
            case TIMESTAMP -> "createdAt";
            case TAGS -> "tags";
            case MONEY -> "attribute.lifetime_value";
            case ANNIVERSARY -> "birthday";
        };
    }

    @ParameterizedTest
    @EnumSource(Operator.class)
    void everyOperator_onEveryTypeThatAllowsIt_roundTripsUnderItsJsonName(Operator op) {
        int types = 0;
        for (ValueType type : ValueType.values()) {
            if (!type.operators().contains(op)) {
                continue;
            }
            types++;
            Rule rule = Rule.field(fieldOf(type)).is(op, sampleValues(type, op));
            RuleValidator.validate(rule, REGISTRY);

            String json = RuleJson.write(rule);

            assertThat(json).contains("\"op\":\"" + op.jsonName() + "\"");
            assertThat(json.contains("\"value\":")).as(json).isEqualTo(op.arity() == Operator.Arity.ONE);
            assertThat(json.contains("\"values\":")).as(json).isEqualTo(op.arity() == Operator.Arity.TWO || op.arity() == Operator.Arity.MANY);
            assertThat(RuleJson.read(json, REGISTRY)).as(json).isEqualTo(rule);
        }
        assertThat(types).as("types allowing %s", op).isPositive();
    }

    @ParameterizedTest
    @EnumSource(MetricKind.class)
    void everyMetric_roundTripsUnderItsJsonName(MetricKind kind) {
        Metric metric = new Metric(kind, kind.takesWindow() ? Optional.of(RuleValue.Span.months(3)) : Optional.empty(),
                kind.takesChannel() ? Optional.of(Channel.MEETING) : Optional.empty(),
                kind.needsCurrency() ? Optional.of(Money.currency("CHF")) : Optional.empty());
        Rule rule = Rule.metric(metric).gte(1);

        String json = RuleJson.write(rule);

        assertThat(json).startsWith("{\"metric\":\"" + kind.jsonName() + "\"");
        assertThat(RuleJson.read(json, REGISTRY)).isEqualTo(rule);
    }

    @Test
    void readWithRegistry_reportsWhatTheValidatorFinds() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleJson.read(compact("""
                {"all":[{"field":"shoeSize","op":"gt","value":42},
                        {"field":"country","op":"gt","value":"DE"},
                        {"field":"birthDate","op":"before","value":"2026-01-31"}]}
                """), REGISTRY));

        assertThat(e.violations()).extracting(Violation::path).containsExactly("all[0].field", "all[1].op");
    }

    // ---------------------------------------------------------------- errors: structure

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"inList\":\"" + LIST_ID + "\"}]", "\"all\"", "42", "true", "null"})
    void nonObjectRoot_isRefusedAtRule(String json) {
        Violation v = onlyViolation(json);

        assertThat(v.path()).isEqualTo("rule");
        assertThat(v.reason()).startsWith("must be a JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void emptyText_isRefusedAtRule(String json) {
        assertThat(onlyViolation(json)).extracting(Violation::path, Violation::reason)
                .containsExactly("rule", "is required: the JSON text is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {" x", " {}", " []", ",", " {\"inList\":\"" + LIST_ID + "\"}", "}"})
    void textAfterTheRule_isRefusedAtRule(String trailing) {
        Violation v = onlyViolation("{\"inList\":\"" + LIST_ID + "\"}" + trailing);

        assertThat(v.path()).isEqualTo("rule");
        assertThat(v.reason()).isEqualTo("must be a single JSON value, but more text follows it");
        assertThat(v.rejectedValue()).startsWith("line 1, column ");
    }

    @Test
    void malformedJson_isRefusedAtThePathTheParserReached() {
        Violation v = onlyViolation("{\"any\":[{\"inList\":\"" + LIST_ID + "\"},{\"field\":\"city\",\"op\":}]}");

        assertThat(v.path()).isEqualTo("any[1].op");
        assertThat(v.reason()).startsWith("is not well-formed JSON");
        assertThat(v.rejectedValue()).startsWith("line 1, column ");
    }

    @Test
    void unclosedJson_isRefused() {
        assertThat(onlyViolation("{\"all\":[{\"field\":\"city\",\"op\":\"eq\",\"value\":\"Berlin\"}").reason())
                .startsWith("is not well-formed JSON");
        // The text ends where the first rule of the group should begin.
        assertThat(onlyViolation("{\"all\":[").path()).isEqualTo("all[0]");
    }

    @Test
    void unknownProperty_isRefusedWithItsPath_atAnyDepth() {
        Violation top = onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"Berlin\",\"negate\":true}");
        Violation deep = onlyViolation(compact("""
                {"any":[{"field":"city","op":"eq","value":"Berlin"},
                        {"all":[{"field":"city","op":"eq","value":"Bonn","caseSensitive":true}]}]}
                """));

        assertThat(top).extracting(Violation::path, Violation::rejectedValue, Violation::reason)
                .containsExactly("negate", "true", "is not a property of a field condition; it has \"field\", \"op\", \"value\", \"values\"");
        assertThat(deep.path()).isEqualTo("any[1].all[0].caseSensitive");
        assertThat(onlyViolation("{\"all\":[{\"inList\":\"" + LIST_ID + "\"}],\"name\":\"x\"}").path()).isEqualTo("name");
        assertThat(onlyViolation("{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"amount\":3,\"unit\":\"days\",\"ago\":true}}")
                .path()).isEqualTo("value.ago");
    }

    @Test
    void nodeWithoutOrWithTwoKinds_isRefused() {
        Violation none = onlyViolation("{\"all\":[{\"op\":\"eq\",\"value\":\"x\"}]}");
        Violation two = onlyViolation("{\"any\":[{\"field\":\"city\",\"metric\":\"latestNps\",\"op\":\"is_set\"}]}");

        assertThat(none.path()).isEqualTo("all[0]");
        assertThat(none.reason()).startsWith("has none of the properties \"all\", \"any\", \"not\", \"field\", \"metric\"");
        assertThat(two.path()).isEqualTo("any[0]");
        assertThat(two.reason()).startsWith("has \"field\", \"metric\" of the properties");
    }

    @Test
    void repeatedProperty_isRefused() {
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"field\":\"country\",\"value\":\"DE\"}"))
                .extracting(Violation::path, Violation::rejectedValue, Violation::reason)
                .containsExactly("field", "\"country\"", "is given twice");
    }

    @Test
    void missingProperties_areRefusedWithTheirPaths() {
        assertThat(violations("{\"all\":[{\"field\":\"city\"},{\"metric\":\"totalSpend\",\"op\":\"gt\"},{\"field\":\"tags\",\"op\":\"has_any\"}]}"))
                .extracting(Violation::path, Violation::reason)
                .containsExactly(
                        tuple("all[0].op", "is required"),
                        tuple("all[1].currency", "is required for totalSpend"),
                        tuple("all[1].value", "is required for gt"),
                        tuple("all[2].values", "is required for has_any"));
        assertThat(violations("{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"unit\":\"days\"}}"))
                .extracting(Violation::path, Violation::reason).containsExactly(tuple("value.amount", "is required"));
    }

    @Test
    void wrongJsonKinds_areRefusedWithTheirPaths() {
        assertThat(onlyViolation("{\"all\":{\"field\":\"city\",\"op\":\"is_set\"}}"))
                .extracting(Violation::path, Violation::reason).containsExactly("all", "must be a JSON array of rules");
        assertThat(onlyViolation("{\"all\":[]}"))
                .extracting(Violation::path, Violation::reason).containsExactly("all", "must contain at least one rule");
        assertThat(onlyViolation("{\"any\":[\"city\"]}").path()).isEqualTo("any[0]");
        assertThat(onlyViolation("{\"not\":[{\"field\":\"city\",\"op\":\"is_set\"}]}").path()).isEqualTo("not");
        assertThat(onlyViolation("{\"field\":7,\"op\":\"is_set\"}"))
                .extracting(Violation::path, Violation::reason).containsExactly("field", "must be a field name such as \"country\" as a JSON string");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":[\"eq\"],\"value\":\"x\"}").path()).isEqualTo("op");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":[\"Berlin\"]}").path()).isEqualTo("value");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":null}").reason()).startsWith("must not be null");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"in\",\"values\":\"Berlin\"}"))
                .extracting(Violation::path, Violation::reason).containsExactly("values", "must be a JSON array [...]");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"in\",\"values\":[\"Berlin\",null]}").path()).isEqualTo("values[1]");
        assertThat(onlyViolation("{\"inSegment\":42}").path()).isEqualTo("inSegment");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":{\"amount\":1}}").reason()).startsWith("must be a text, a number");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":{\"amount\":1,\"unit\":\"days\",\"currency\":\"EUR\"}}")
                .path()).isEqualTo("value");
    }

    @Test
    void valueShape_mustMatchTheOperatorsArity() {
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"values\":[\"Berlin\"]}"))
                .extracting(Violation::path, Violation::reason).containsExactly("values", "eq takes a single \"value\", not \"values\"");
        assertThat(onlyViolation("{\"field\":\"country\",\"op\":\"in\",\"value\":\"DE\"}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value", "in takes \"values\": [...], not \"value\"");
        assertThat(onlyViolation("{\"field\":\"leadScore\",\"op\":\"between\",\"value\":5}").reason())
                .isEqualTo("between takes \"values\": [lower, upper], not \"value\"");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"is_set\",\"value\":\"x\"}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value", "is_set takes no value");
    }

    @Test
    void unknownNames_areRefusedListingTheKnownOnes() {
        Violation op = onlyViolation("{\"field\":\"city\",\"op\":\"equals\",\"value\":\"x\"}");
        Violation metric = onlyViolation("{\"metric\":\"spend\",\"op\":\"gt\",\"value\":1}");
        Violation unit = onlyViolation("{\"all\":[{\"metric\":\"purchaseCount\",\"window\":{\"amount\":1,\"unit\":\"years\"},\"op\":\"gt\",\"value\":1}]}");
        Violation channel = onlyViolation("{\"metric\":\"interactionCount\",\"channel\":\"CALL\",\"op\":\"gt\",\"value\":1}");
        Violation currency = onlyViolation("{\"metric\":\"totalSpend\",\"currency\":\"EURO\",\"op\":\"gt\",\"value\":1}");

        assertThat(op).extracting(Violation::path, Violation::rejectedValue).containsExactly("op", "equals");
        assertThat(op.reason()).startsWith("is not an operator; use one of eq, neq, lt, lte, gt, gte, between, in, not_in,");
        assertThat(metric.path()).isEqualTo("metric");
        assertThat(metric.reason()).startsWith("is not a metric; use one of purchaseCount, totalSpend,");
        assertThat(unit).extracting(Violation::path, Violation::reason)
                .containsExactly("all[0].window.unit", "is not a unit; use one of days, weeks, months");
        assertThat(channel).extracting(Violation::path, Violation::reason)
                .containsExactly("channel", "is not a channel; use one of email, call, meeting, note, chat, sms, social, other");
        assertThat(currency).extracting(Violation::path, Violation::reason)
                .containsExactly("currency", "must be an ISO 4217 currency code such as EUR");
    }

    @Test
    void metricParameterTheKindDoesNotTake_isRefusedAtThatParameter() {
        assertThat(onlyViolation("{\"any\":[{\"metric\":\"openTicketCount\",\"window\":{\"amount\":7,\"unit\":\"days\"},\"op\":\"gt\",\"value\":0}]}"))
                .extracting(Violation::path, Violation::reason)
                .containsExactly("any[0].window", "is not a parameter of openTicketCount");
        assertThat(onlyViolation("{\"metric\":\"purchaseCount\",\"currency\":\"EUR\",\"op\":\"gt\",\"value\":0}").path())
                .isEqualTo("currency");
        // A broken window does not hide the missing currency, nor the other way round.
        assertThat(violations("{\"metric\":\"totalSpend\",\"window\":{\"amount\":90,\"unit\":\"day\"},\"op\":\"gt\",\"value\":1}"))
                .extracting(Violation::path, Violation::reason).containsExactly(
                        tuple("window.unit", "is not a unit; use one of days, weeks, months"),
                        tuple("currency", "is required for totalSpend"));
    }

    @Test
    void malformedIds_areRefused() {
        assertThat(onlyViolation("{\"all\":[{\"inList\":\"do-not-contact\"}]}"))
                .extracting(Violation::path, Violation::rejectedValue, Violation::reason)
                .containsExactly("all[0].inList", "do-not-contact", "must be a UUID such as \"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b\"");
        assertThat(onlyViolation("{\"inSegment\":\"0190F5C1-7E2A-7CC4-A7E1-5B0F3F0D1A2\"}").path()).isEqualTo("inSegment");
    }

    @Test
    void malformedValues_areRefusedWithTheDomainsReason() {
        assertThat(onlyViolation("{\"field\":\"birthDate\",\"op\":\"before\",\"value\":\"31.01.2026\"}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value", "must be an ISO-8601 date such as \"2026-01-31\"");
        assertThat(onlyViolation("{\"field\":\"birthDate\",\"op\":\"between\",\"values\":[\"2026-01-01\",\"+10000-01-01\"]}"))
                .extracting(Violation::path, Violation::reason).containsExactly("values[1]", "must lie between years 1 and 9999");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"  \"}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value", "must not be blank");
        assertThat(onlyViolation("{\"field\":\"city\",\"op\":\"eq\",\"value\":\"a\\u0000b\"}").path()).isEqualTo("value");
        assertThat(onlyViolation("{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"amount\":-1,\"unit\":\"days\"}}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value.amount", "must be between 0 and 10000");
        assertThat(onlyViolation("{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"amount\":2.5,\"unit\":\"days\"}}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value.amount", "must be a whole number from 0 to 10000");
        assertThat(onlyViolation("{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"amount\":\"3\",\"unit\":\"days\"}}").path())
                .isEqualTo("value.amount");
        assertThat(onlyViolation("{\"field\":\"attribute.lifetime_value\",\"op\":\"gt\",\"value\":{\"amount\":\"12.345\",\"currency\":\"EUR\"}}"))
                .extracting(Violation::path).isEqualTo("value.amount");
        assertThat(onlyViolation("{\"field\":\"attribute.lifetime_value\",\"op\":\"gt\",\"value\":{\"amount\":\"lots\",\"currency\":\"EUR\"}}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value.amount", "must be a decimal number such as \"12.50\"");
    }

    @Test
    @Timeout(10)
    void hugeNumbers_areRefusedAtOnce() {
        for (String huge : List.of("1e999999999", "-1E+999999999", "1e2147483647", "100e2147483647", "1e-999999999")) {
            Violation v = onlyViolation("{\"all\":[{\"field\":\"leadScore\",\"op\":\"gt\",\"value\":" + huge + "}]}");

            assertThat(v.path()).as(huge).isEqualTo("all[0].value");
        }
        assertThat(onlyViolation("{\"field\":\"leadScore\",\"op\":\"gt\",\"value\":1e99999999999}"))
                .extracting(Violation::path, Violation::reason).containsExactly("value", "is not a number this library can hold");
        assertThat(onlyViolation("{\"field\":\"leadScore\",\"op\":\"gt\",\"value\":" + "9".repeat(25) + "}").reason())
                .isEqualTo("must be less than 10^20 in magnitude");
        // Longer than the JSON parser accepts for one number: refused by the parser, still with the path.
        assertThat(onlyViolation("{\"field\":\"leadScore\",\"op\":\"gt\",\"value\":" + "9".repeat(5000) + "}").path()).isEqualTo("value");
        assertThat(onlyViolation("{\"field\":\"createdAt\",\"op\":\"within_last\",\"value\":{\"amount\":1e999999999,\"unit\":\"days\"}}")
                .path()).isEqualTo("value.amount");
        assertThat(onlyViolation("{\"field\":\"attribute.lifetime_value\",\"op\":\"gt\",\"value\":{\"amount\":\"1e999999999\",\"currency\":\"EUR\"}}")
                .reason()).isEqualTo("must be less than 10^18 in magnitude");
    }

    private static String nested(String open, String leaf, String close, int levels) {
        return open.repeat(levels) + leaf + close.repeat(levels);
    }

    @Test
    void ruleOfMaxDepth_isRead_andOneLevelMore_isRefusedAtTheTooDeepNode() {
        String leaf = "{\"field\":\"city\",\"op\":\"is_set\"}";
        // MAX_DEPTH - 1 groups around a leaf give MAX_DEPTH levels, the deepest a rule may be.
        String deepest = nested("{\"all\":[", leaf, "]}", Rule.MAX_DEPTH - 1);
        String tooDeep = nested("{\"all\":[", leaf, "]}", Rule.MAX_DEPTH);

        assertThat(RuleJson.read(deepest)).isNotNull();
        // The deepest JSON a valid rule needs: money values at the deepest level (an array of objects in the leaf).
        String money = "{\"field\":\"attribute.lifetime_value\",\"op\":\"between\",\"values\":"
                + "[{\"amount\":\"1\",\"currency\":\"EUR\"},{\"amount\":\"2\",\"currency\":\"EUR\"}]}";
        assertThat(RuleJson.read(nested("{\"any\":[", money, "]}", Rule.MAX_DEPTH - 1), REGISTRY)).isNotNull();
        Violation v = onlyViolation(tooDeep);
        assertThat(v.path()).isEqualTo(String.join(".", java.util.Collections.nCopies(Rule.MAX_DEPTH, "all[0]")));
        assertThat(v.reason()).isEqualTo("is nested deeper than 32 levels");
        assertThat(onlyViolation(nested("{\"not\":", leaf, "}", Rule.MAX_DEPTH)).path())
                .isEqualTo(String.join(".", java.util.Collections.nCopies(Rule.MAX_DEPTH, "not")));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 10_000, 1_000_000})
    @Timeout(20)
    void hostileNesting_isRefusedWithoutStackOverflow(int levels) {
        String leaf = "{\"field\":\"city\",\"op\":\"is_set\"}";

        for (String json : List.of(nested("{\"not\":", leaf, "}", levels), nested("{\"any\":[", leaf, "]}", levels),
                nested("[", "", "]", levels), "{\"field\":\"city\",\"op\":\"eq\",\"value\":" + nested("[", "1", "]", levels) + "}",
                nested("{\"not\":", "", "", levels))) {
            List<Violation> violations = violations(json);

            assertThat(violations).as(json.substring(0, 30)).hasSize(1);
            assertThat(violations.get(0).reason()).as(json.substring(0, 30)).containsAnyOf("nested deeper", "must be a JSON object", "must be a text");
        }
    }

    @Test
    void ruleWithMoreThanMaxNodes_isRefused() {
        String leaf = "{\"field\":\"city\",\"op\":\"is_set\"}";
        String atMost = "{\"any\":[" + String.join(",", java.util.Collections.nCopies(Rule.MAX_NODES - 1, leaf)) + "]}";
        String tooMany = "{\"any\":[" + String.join(",", java.util.Collections.nCopies(Rule.MAX_NODES, leaf)) + "]}";

        assertThat(((Rule.Any) RuleJson.read(atMost)).rules()).hasSize(Rule.MAX_NODES - 1);
        assertThat(onlyViolation(tooMany)).extracting(Violation::path, Violation::reason)
                .containsExactly("rule", "has more than 1000 nodes");
    }

    @Test
    void everyProblem_isReportedAtOnce() {
        List<Violation> violations = violations(compact("""
                {"any":[
                  {"field":"country","op":"eqauls","value":"DE"},
                  {"all":[{"metric":"totalSpend","currency":"EUR","window":{"amount":90,"unit":"day"},"op":"gt","value":500},
                          {"inList":"not-a-uuid"},
                          {"field":"city","op":"eq","value":"Berlin","note":"x"}]},
                  {"not":{"field":"birthDate","op":"before","value":"yesterday"}}]}
                """));

        assertThat(violations).extracting(Violation::path).containsExactly(
                "any[0].op", "any[1].all[0].window.unit", "any[1].all[1].inList", "any[1].all[2].note", "any[2].not.value");
    }

    // ---------------------------------------------------------------- rules without a JSON form

    private static List<Violation> writeViolations(Rule rule) {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleJson.write(rule));
        assertThat(e).as("writing %s must fail", rule).isNotNull();
        return e.violations();
    }

    @Test
    void write_refusesValuesTheFormCannotTellApart() {
        Rule textUnderBefore = Rule.all(Rule.field("city").is(Operator.BEFORE, new RuleValue.Text("x")));
        Rule dateUnderEq = Rule.field("city").is(Operator.IN, new RuleValue.Text("a"), new RuleValue.Date(LocalDate.of(2026, 1, 31)));

        assertThat(writeViolations(textUnderBefore)).extracting(Violation::path).containsExactly("all[0].value");
        assertThat(writeViolations(dateUnderEq)).extracting(Violation::path).containsExactly("values[1]");
    }

    @Test
    void write_refusesValueCountsTheOperatorCannotTake() {
        assertThat(writeViolations(Rule.field("city").is(Operator.EQUALS, new RuleValue.Text("a"), new RuleValue.Text("b"))))
                .extracting(Violation::path, Violation::reason).containsExactly(tuple("value", "eq takes exactly one value"));
        assertThat(writeViolations(Rule.not(Rule.field("city").is(Operator.IS_SET, new RuleValue.Text("a")))))
                .extracting(Violation::path).containsExactly("not.values");
    }

    @Test
    void write_refusesRulesDeeperThanMaxDepth_withoutStackOverflow() {
        Rule rule = Rule.field("city").isSet();
        for (int i = 0; i < 100_000; i++) {
            rule = Rule.not(rule);
        }
        Rule deep = rule;

        assertThat(writeViolations(deep)).extracting(Violation::reason).containsExactly("is nested deeper than 32 levels");
    }
}
