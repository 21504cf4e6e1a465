package dev.cms.core.json;

import static dev.cms.core.json.DomainCodecs.CUSTOMER_ID;
import static dev.cms.core.json.DomainCodecs.LIFECYCLE_STAGE;
import static dev.cms.core.json.DomainCodecs.USER_ID;
import static dev.cms.core.json.DomainCodecs.UUID_EXAMPLE;
import static dev.cms.core.json.Scalars.BOOLEAN;
import static dev.cms.core.json.Scalars.DECIMAL;
import static dev.cms.core.json.Scalars.INSTANT;
import static dev.cms.core.json.Scalars.INT;
import static dev.cms.core.json.Scalars.LOCAL_DATE;
import static dev.cms.core.json.Scalars.LONG;
import static dev.cms.core.json.Scalars.STRING;
import static dev.cms.core.json.Scalars.ZONE_ID;
import static dev.cms.core.json.Scalars.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.segment.Decay;
import dev.cms.core.segment.Explanation;
import dev.cms.core.segment.FieldDefinition;
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
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The JSON form of the segmentation package. Rules, their values and metrics use the rule format of
 * {@link RuleJson} (read by {@link RuleReader}, written by {@link RuleWriter}); its constants (operators, metric
 * kinds, span units, value types) keep their rule-language names here too. Segments, lists, events and the other
 * records are objects of their components, as everywhere in the module.
 */
final class SegmentCodecs {
    static final Codec<SegmentId> SEGMENT_ID = text(SegmentId.class, SegmentId::toString, SegmentId::parse, UUID_EXAMPLE);
    static final Codec<StaticListId> STATIC_LIST_ID = text(StaticListId.class, StaticListId::toString, StaticListId::parse, UUID_EXAMPLE);

    static final Codec<Operator> OPERATOR = text(Operator.class, Operator::jsonName,
            name -> Operator.fromJsonName(name).orElseThrow(() -> new IllegalArgumentException(name)),
            "one of " + Arrays.stream(Operator.values()).map(Operator::jsonName).toList());
    static final Codec<Operator.Arity> ARITY = lowerCase(Operator.Arity.class);
    static final Codec<MetricKind> METRIC_KIND = text(MetricKind.class, MetricKind::jsonName,
            name -> MetricKind.fromJsonName(name).orElseThrow(() -> new IllegalArgumentException(name)),
            "one of " + Arrays.stream(MetricKind.values()).map(MetricKind::jsonName).toList());
    static final Codec<SpanUnit> SPAN_UNIT = lowerCase(SpanUnit.class);
    static final Codec<ValueType> VALUE_TYPE = lowerCase(ValueType.class);

    /** A rule in the format of {@link RuleJson}. */
    static final Codec<Rule> RULE = new Codec<>() {
        @Override
        public void write(Rule rule, JsonGenerator gen, SerializerProvider provider) throws IOException {
            try {
                RuleWriter.requireJsonForm(rule);
            } catch (ValidationException e) {
                throw JsonMappingException.from(gen, "Rule has no JSON form: " + e.getMessage(), e);
            }
            RuleWriter.write(rule, gen);
        }

        @Override
        public Rule read(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readTree(p, ctxt, "rule", Rule.class, RuleReader::rule);
        }
    };

    static final Codec<Rule.All> ALL = rule(Rule.All.class, "an \"all\" group");
    static final Codec<Rule.Any> ANY = rule(Rule.Any.class, "an \"any\" group");
    static final Codec<Rule.Not> NOT = rule(Rule.Not.class, "a \"not\" rule");
    static final Codec<Rule.FieldCondition> FIELD_CONDITION = rule(Rule.FieldCondition.class, "a field condition");
    static final Codec<Rule.MetricCondition> METRIC_CONDITION = rule(Rule.MetricCondition.class, "a metric condition");
    static final Codec<Rule.InList> IN_LIST = rule(Rule.InList.class, "an \"inList\" rule");
    static final Codec<Rule.InSegment> IN_SEGMENT = rule(Rule.InSegment.class, "an \"inSegment\" rule");

    /** Any rule value; a bare JSON string is refused, since only an operator tells a text from a date. */
    static final Codec<RuleValue> RULE_VALUE = value(RuleValue.class, RuleReader.Strings.AMBIGUOUS, "a rule value");
    static final Codec<RuleValue.Text> TEXT_VALUE = value(RuleValue.Text.class, RuleReader.Strings.TEXT, "a text");
    static final Codec<RuleValue.Number> NUMBER_VALUE = value(RuleValue.Number.class, RuleReader.Strings.AMBIGUOUS,
            "a JSON number");
    static final Codec<RuleValue.Bool> BOOL_VALUE = value(RuleValue.Bool.class, RuleReader.Strings.AMBIGUOUS, "true or false");
    static final Codec<RuleValue.Date> DATE_VALUE = value(RuleValue.Date.class, RuleReader.Strings.DATE,
            "a date such as \"2026-01-31\"");
    static final Codec<RuleValue.Span> SPAN_VALUE = value(RuleValue.Span.class, RuleReader.Strings.AMBIGUOUS,
            "a span such as {\"amount\": 90, \"unit\": \"days\"}");
    static final Codec<RuleValue.Amount> AMOUNT_VALUE = value(RuleValue.Amount.class, RuleReader.Strings.AMBIGUOUS,
            "money such as {\"amount\": \"12.50\", \"currency\": \"EUR\"}");

    /** A metric as in a metric condition, without operator and values. */
    static final Codec<Metric> METRIC = new Codec<>() {
        @Override
        public void write(Metric metric, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(metric);
            RuleWriter.writeMetricProperties(metric, gen);
            gen.writeEndObject();
        }

        @Override
        public Metric read(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readTree(p, ctxt, "metric", Metric.class, RuleReader::metric);
        }
    };

    static final ObjectCodec<SegmentDefinition> SEGMENT_DEFINITION = ObjectCodec.define(SegmentDefinition.class, s -> {
        var name = s.required("name", STRING, SegmentDefinition::name);
        var description = s.optional("description", STRING, SegmentDefinition::description);
        var rule = s.required("rule", RULE, SegmentDefinition::rule);
        return v -> new SegmentDefinition(v.get(name), v.get(description), v.get(rule));
    });

    static final ObjectCodec<Segment> SEGMENT = ObjectCodec.define(Segment.class, s -> {
        var id = s.required("id", SEGMENT_ID, Segment::id);
        var definition = s.required("definition", SEGMENT_DEFINITION, Segment::definition);
        var createdAt = s.required("createdAt", INSTANT, Segment::createdAt);
        var updatedAt = s.required("updatedAt", INSTANT, Segment::updatedAt);
        var version = s.required("version", LONG, Segment::version);
        return v -> new Segment(v.get(id), v.get(definition), v.get(createdAt), v.get(updatedAt), v.get(version));
    });

    static final ObjectCodec<StaticList> STATIC_LIST = ObjectCodec.define(StaticList.class, s -> {
        var id = s.required("id", STATIC_LIST_ID, StaticList::id);
        var name = s.required("name", STRING, StaticList::name);
        var description = s.optional("description", STRING, StaticList::description);
        var createdAt = s.required("createdAt", INSTANT, StaticList::createdAt);
        var updatedAt = s.required("updatedAt", INSTANT, StaticList::updatedAt);
        var version = s.required("version", LONG, StaticList::version);
        return v -> new StaticList(v.get(id), v.get(name), v.get(description), v.get(createdAt), v.get(updatedAt),
                v.get(version));
    });

    static final ObjectCodec<Explanation> EXPLANATION = ObjectCodec.define(Explanation.class, s -> {
        var rule = s.required("rule", RULE, Explanation::rule);
        var matched = s.required("matched", BOOLEAN, Explanation::matched);
        var observed = s.optional("observed", STRING, Explanation::observed);
        var parts = s.list("parts", explanations(), Explanation::parts);
        return v -> new Explanation(v.get(rule), v.get(matched), v.get(observed), v.get(parts));
    });

    static final ObjectCodec<FieldDefinition> FIELD_DEFINITION = ObjectCodec.define(FieldDefinition.class, s -> {
        var name = s.required("name", STRING, FieldDefinition::name);
        var type = s.required("type", VALUE_TYPE, FieldDefinition::type);
        var multiValued = s.flag("multiValued", FieldDefinition::multiValued);
        var allowedValues = s.optional("allowedValues", sortedStrings(), FieldDefinition::allowedValues);
        var description = s.required("description", STRING, FieldDefinition::description);
        return v -> new FieldDefinition(v.get(name), v.get(type), v.get(multiValued), v.get(allowedValues), v.get(description));
    });

    static final ObjectCodec<LeadScore> LEAD_SCORE = ObjectCodec.define(LeadScore.class, s -> {
        var customer = s.required("customer", CUSTOMER_ID, LeadScore::customer);
        var score = s.required("score", DECIMAL, LeadScore::score);
        var scoredAt = s.required("scoredAt", INSTANT, LeadScore::scoredAt);
        return v -> new LeadScore(v.get(customer), v.get(score), v.get(scoredAt));
    });

    static final ObjectCodec<RuleContext> RULE_CONTEXT = ObjectCodec.define(RuleContext.class, s -> {
        var now = s.required("now", INSTANT, RuleContext::now);
        var zone = s.required("zone", ZONE_ID, RuleContext::zone);
        return v -> new RuleContext(v.get(now), v.get(zone));
    });

    static final ObjectCodec<RuleContext.DateRange> DATE_RANGE = ObjectCodec.define(RuleContext.DateRange.class, s -> {
        var from = s.optional("from", LOCAL_DATE, RuleContext.DateRange::from);
        var to = s.optional("to", LOCAL_DATE, RuleContext.DateRange::to);
        return v -> new RuleContext.DateRange(v.get(from), v.get(to));
    });

    static final ObjectCodec<SegmentSaved> SEGMENT_SAVED = ObjectCodec.define(SegmentSaved.class, s -> {
        var segment = s.required("segment", SEGMENT, SegmentSaved::segment);
        var actor = s.required("actor", USER_ID, SegmentSaved::actor);
        var occurredAt = s.required("occurredAt", INSTANT, SegmentSaved::occurredAt);
        return v -> new SegmentSaved(v.get(segment), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<SegmentDeleted> SEGMENT_DELETED = ObjectCodec.define(SegmentDeleted.class, s -> {
        var segment = s.required("segment", SEGMENT_ID, SegmentDeleted::segment);
        var actor = s.required("actor", USER_ID, SegmentDeleted::actor);
        var occurredAt = s.required("occurredAt", INSTANT, SegmentDeleted::occurredAt);
        return v -> new SegmentDeleted(v.get(segment), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<StaticListSaved> STATIC_LIST_SAVED = ObjectCodec.define(StaticListSaved.class, s -> {
        var list = s.required("list", STATIC_LIST, StaticListSaved::list);
        var actor = s.required("actor", USER_ID, StaticListSaved::actor);
        var occurredAt = s.required("occurredAt", INSTANT, StaticListSaved::occurredAt);
        return v -> new StaticListSaved(v.get(list), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<StaticListMembersChanged> STATIC_LIST_MEMBERS_CHANGED = ObjectCodec.define(
            StaticListMembersChanged.class, s -> {
                var list = s.required("list", STATIC_LIST_ID, StaticListMembersChanged::list);
                var added = s.list("added", CUSTOMER_ID, StaticListMembersChanged::added);
                var removed = s.list("removed", CUSTOMER_ID, StaticListMembersChanged::removed);
                var actor = s.required("actor", USER_ID, StaticListMembersChanged::actor);
                var occurredAt = s.required("occurredAt", INSTANT, StaticListMembersChanged::occurredAt);
                return v -> new StaticListMembersChanged(v.get(list), v.get(added), v.get(removed), v.get(actor),
                        v.get(occurredAt));
            });

    // ---------------------------------------------------------------- lead scoring

    static final ObjectCodec<Decay> DECAY = ObjectCodec.define(Decay.class, s -> {
        var halfLifeDays = s.required("halfLifeDays", INT, Decay::halfLifeDays);
        return v -> new Decay(v.get(halfLifeDays));
    });

    static final ObjectCodec<ScoringRule> SCORING_RULE = ObjectCodec.define(ScoringRule.class, s -> {
        var name = s.required("name", STRING, ScoringRule::name);
        var rule = s.required("rule", RULE, ScoringRule::rule);
        var points = s.required("points", DECIMAL, ScoringRule::points);
        var decay = s.optional("decay", DECAY, ScoringRule::decay);
        return v -> new ScoringRule(v.get(name), v.get(rule), v.get(points), v.get(decay));
    });

    static final ObjectCodec<LeadScoringModel> LEAD_SCORING_MODEL = ObjectCodec.define(LeadScoringModel.class, s -> {
        var name = s.required("name", STRING, LeadScoringModel::name);
        var rules = s.list("rules", SCORING_RULE, LeadScoringModel::rules);
        var threshold = s.required("threshold", DECIMAL, LeadScoringModel::threshold);
        var promotable = s.set("promotable", LIFECYCLE_STAGE, Comparator.comparing(LifecycleStage::key), LeadScoringModel::promotable);
        return v -> new LeadScoringModel(v.get(name), v.get(rules), v.get(threshold), v.get(promotable));
    });

    static final ObjectCodec<ScoreContribution> SCORE_CONTRIBUTION = ObjectCodec.define(ScoreContribution.class, s -> {
        var rule = s.required("rule", SCORING_RULE, ScoreContribution::rule);
        var matched = s.required("matched", BOOLEAN, ScoreContribution::matched);
        var decayFactor = s.optional("decayFactor", DECIMAL, ScoreContribution::decayFactor);
        var points = s.required("points", DECIMAL, ScoreContribution::points);
        return v -> new ScoreContribution(v.get(rule), v.get(matched), v.get(decayFactor), v.get(points));
    });

    static final ObjectCodec<ScoreCard> SCORE_CARD = ObjectCodec.define(ScoreCard.class, s -> {
        var customer = s.required("customer", CUSTOMER_ID, ScoreCard::customer);
        var score = s.required("score", DECIMAL, ScoreCard::score);
        var qualified = s.required("qualified", BOOLEAN, ScoreCard::qualified);
        var contributions = s.list("contributions", SCORE_CONTRIBUTION, ScoreCard::contributions);
        return v -> new ScoreCard(v.get(customer), v.get(score), v.get(qualified), v.get(contributions));
    });

    static final ObjectCodec<ScoringRun> SCORING_RUN = ObjectCodec.define(ScoringRun.class, s -> {
        var scored = s.required("scored", LONG, ScoringRun::scored);
        var qualified = s.required("qualified", LONG, ScoringRun::qualified);
        var promoted = s.required("promoted", LONG, ScoringRun::promoted);
        return v -> new ScoringRun(v.get(scored), v.get(qualified), v.get(promoted));
    });

    private SegmentCodecs() {
    }

    /** A constant written as its name in lower case, as the rule language spells constants. */
    private static <E extends Enum<E>> Codec<E> lowerCase(Class<E> type) {
        return text(type, RuleReader::lowerName, name -> Arrays.stream(type.getEnumConstants())
                        .filter(c -> RuleReader.lowerName(c).equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException(name)),
                "one of " + Arrays.stream(type.getEnumConstants()).map(RuleReader::lowerName).toList());
    }

    /**
     * @param kind     one kind of rule
     * @param expected what it looks like, for errors
     * @return the codec of that kind, written like any rule and reading only rules of that kind
     */
    private static <S extends Rule> Codec<S> rule(Class<S> kind, String expected) {
        return new Codec<>() {
            @Override
            public void write(S rule, JsonGenerator gen, SerializerProvider provider) throws IOException {
                RULE.write(rule, gen, provider);
            }

            @Override
            public S read(JsonParser p, DeserializationContext ctxt) throws IOException {
                Rule rule = RULE.read(p, ctxt);
                if (!kind.isInstance(rule)) {
                    throw Scalars.rejected(p, ctxt, kind, ValidationException.of("rule",
                            rule.getClass().getSimpleName(), "must be " + expected));
                }
                return kind.cast(rule);
            }
        };
    }

    /**
     * @param kind     the value class
     * @param strings  how a JSON string is read
     * @param expected what a value of the class looks like, for errors
     * @return the codec of one kind of rule value, in the form it has inside a rule
     */
    private static <S extends RuleValue> Codec<S> value(Class<S> kind, RuleReader.Strings strings, String expected) {
        return new Codec<>() {
            @Override
            public void write(S value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                RuleWriter.writeValue(value, gen);
            }

            @Override
            public S read(JsonParser p, DeserializationContext ctxt) throws IOException {
                return readTree(p, ctxt, "value", kind, (reader, tree) -> {
                    RuleValue value = reader.value(tree, strings);
                    if (!kind.isInstance(value)) {
                        throw ValidationException.of("value", value, "must be " + expected);
                    }
                    return kind.cast(value);
                });
            }
        };
    }

    /** Converts a JSON tree with a {@link RuleReader}; throws {@link ValidationException} for what it refuses. */
    @FunctionalInterface
    private interface TreeReading<T> {
        T read(RuleReader reader, JsonNode tree);
    }

    /**
     * @param p       the parser, at the value's first token
     * @param ctxt    the context, for errors
     * @param root    the path the reader names the value by in violations
     * @param type    the type being read, for errors
     * @param reading what to make of the tree
     * @param <T>     the result
     * @return the value read from the parser's tree
     * @throws IOException a mapping error naming {@code type}, with the violations, when the tree is refused
     */
    private static <T> T readTree(JsonParser p, DeserializationContext ctxt, String root, Class<?> type,
            TreeReading<T> reading) throws IOException {
        RuleReader reader = new RuleReader(root);
        JsonNode tree = reader.tree(p);
        try {
            return reading.read(reader, tree);
        } catch (ValidationException e) {
            throw Scalars.rejected(p, ctxt, type, e);
        }
    }

    /** The explanation codec, looked up when used, for the parts of an explanation, which are explanations. */
    private static Codec<Explanation> explanations() {
        return new Codec<>() {
            @Override
            public void write(Explanation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                EXPLANATION.write(value, gen, provider);
            }

            @Override
            public Explanation read(JsonParser p, DeserializationContext ctxt) throws IOException {
                return EXPLANATION.read(p, ctxt);
            }
        };
    }

    /** A JSON array of strings, written in order; read into a sorted set. */
    private static Codec<SortedSet<String>> sortedStrings() {
        return new Codec<>() {
            @Override
            public void write(SortedSet<String> values, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeStartArray();
                for (String value : values) {
                    gen.writeString(value);
                }
                gen.writeEndArray();
            }

            @Override
            public SortedSet<String> read(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    return ctxt.reportInputMismatch(SortedSet.class, "expected a JSON array of strings, not %s",
                            Scalars.describe(p.currentToken()));
                }
                SortedSet<String> values = new TreeSet<>();
                int index = 0;
                for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
                    if (token != JsonToken.VALUE_STRING) {
                        MismatchedInputException e = MismatchedInputException.from(p, SortedSet.class,
                                "expected a JSON string, not " + Scalars.describe(token));
                        e.prependPath(SortedSet.class, index);
                        throw e;
                    }
                    values.add(p.getText());
                }
                return values;
            }
        };
    }
}
