package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.cms.core.ValidationException;
import dev.cms.core.Violation;
import dev.cms.core.interaction.Channel;
import dev.cms.core.internal.Checks;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SpanUnit;
import dev.cms.core.segment.StaticListId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the JSON form of rules and their parts (the format is documented on {@link RuleJson}) in two steps, so that
 * as many problems as possible are reported at once, each with its path in the rule ({@code any[1].all[0].value}):
 * <ol>
 *   <li>{@link #tree} reads the JSON text into a tree. It refuses repeated properties and stops descending below
 *       {@link #MAX_JSON_DEPTH} levels, deeper than any valid rule needs, so hostile nesting neither overflows the
 *       stack nor costs more than skipping it.</li>
 *   <li>{@link #rule}, {@link #value} and {@link #metric} turn the tree into the domain value, recording every
 *       problem they meet and going on with the next part; they throw one {@link ValidationException} at the end.</li>
 * </ol>
 * A reader is used for one value and then dropped.
 */
final class RuleReader {
    /**
     * JSON levels the tree may have. A rule at level {@code n} sits at JSON level {@code 2n - 1} at most (each group
     * adds an object and an array), and its values add two more (an array of objects), so a rule of
     * {@link Rule#MAX_DEPTH} levels needs at most {@code 2 * MAX_DEPTH + 1}; deeper input is never a valid rule.
     */
    static final int MAX_JSON_DEPTH = 2 * Rule.MAX_DEPTH + 4;

    /** The properties that say what kind of node an object is, in the order the format documents them. */
    static final List<String> KINDS = List.of("all", "any", "not", "field", "metric", "inList", "inSegment");

    /** Operators whose JSON string values are dates; under every other operator a string is a text. */
    static final Set<Operator> DATE_OPERATORS = EnumSet.of(Operator.BEFORE, Operator.AFTER, Operator.ON, Operator.BETWEEN);

    private static final String EXPECTED_RULE = "must be a JSON object: a group {\"all\": [...]}, {\"any\": [...]} or "
            + "{\"not\": {...}}, or a condition with \"field\", \"metric\", \"inList\" or \"inSegment\"";
    private static final String EXPECTED_VALUE = "must be a text, a number, true or false, a date such as \"2026-01-31\", "
            + "a span such as {\"amount\": 3, \"unit\": \"days\"} or money such as {\"amount\": \"12.50\", \"currency\": \"EUR\"}";
    private static final String EXPECTED_DATE = "must be an ISO-8601 date such as \"2026-01-31\"";
    private static final String EXPECTED_UUID = "must be a UUID such as \"0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b\"";
    private static final int MAX_DECIMAL_TEXT = 1000;

    /** How a JSON string is read where a single value is expected. */
    enum Strings {
        /** As a {@link RuleValue.Text}. */
        TEXT,
        /** As a {@link RuleValue.Date}. */
        DATE,
        /** Not at all: without an operator, a string could be either. */
        AMBIGUOUS
    }

    private final String rootName;
    private final List<Violation> found = new ArrayList<>();
    /** A subtree {@link #tree} skipped for its depth; reported only if nothing else explains the problem. */
    private Optional<Violation> tooDeep = Optional.empty();
    private int nodes;

    /**
     * @param rootName the path of the value itself in violations, such as {@code rule}; paths inside it are relative
     */
    RuleReader(String rootName) {
        this.rootName = rootName;
    }

    // ------------------------------------------------------------------------------------------------ step 1: tree

    /**
     * Reads the value at the parser's current token into a tree and leaves the parser on the value's last token.
     * Repeated properties are recorded (the first one is kept); a subtree deeper than {@link #MAX_JSON_DEPTH} is
     * skipped and stands as a {@link MissingNode}, as does a number too large to read; {@link #rule} and
     * {@link #value} pass over missing nodes silently, since their problem is already recorded.
     *
     * @param p the parser, on a value's first token
     * @return the tree
     * @throws IOException if the text is not well-formed JSON or breaks one of the parser's limits; the caller turns
     *                     it into a violation with {@link #malformed}
     */
    JsonNode tree(JsonParser p) throws IOException {
        return tree(p, "", 1);
    }

    private JsonNode tree(JsonParser p, String path, int depth) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            found.add(Violation.of(at(path), null, "is required: the JSON text is empty"));
            return MissingNode.getInstance();
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (depth > MAX_JSON_DEPTH) {
                    if (tooDeep.isEmpty()) {
                        tooDeep = Optional.of(Violation.of(at(path), depth + " JSON levels",
                                "is nested deeper than a rule of " + Rule.MAX_DEPTH + " levels can be"));
                    }
                    p.skipChildren();
                    return MissingNode.getInstance();
                }
                return token == JsonToken.START_OBJECT ? object(p, path, depth) : array(p, path, depth);
            }
            case VALUE_STRING -> {
                return TextNode.valueOf(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? BigIntegerNode.valueOf(p.getBigIntegerValue())
                        : LongNode.valueOf(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                try {
                    // Exact: the literal's digits, never through a double. A huge exponent costs nothing here; the
                    // domain's bounds refuse it before anything expands it.
                    return DecimalNode.valueOf(p.getDecimalValue());
                } catch (NumberFormatException | ArithmeticException | StreamConstraintsException e) {
                    found.add(Violation.of(at(path), Checks.abbreviate(p.getText()), "is not a number this library can hold"));
                    return MissingNode.getInstance();
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return BooleanNode.valueOf(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NullNode.getInstance();
            }
            default -> {
                found.add(Violation.of(at(path), token, "is not a JSON value"));
                return MissingNode.getInstance();
            }
        }
    }

    private JsonNode object(JsonParser p, String path, int depth) throws IOException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
            p.nextToken();
            String child = join(path, name);
            JsonNode value = tree(p, child, depth + 1);
            if (object.has(name)) {
                found.add(Violation.of(child, describe(value), "is given twice"));
            } else {
                object.set(name, value);
            }
        }
        return object;
    }

    private JsonNode array(JsonParser p, String path, int depth) throws IOException {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), index++) {
            if (t == null) {
                throw new JsonParseException(p, "Unexpected end of input: the array is not closed");
            }
            array.add(tree(p, path + "[" + index + "]", depth + 1));
        }
        return array;
    }

    /**
     * Records that the text after the value is not empty (a second value or garbage).
     *
     * @param p the parser, on the value's last token
     */
    void requireEnd(JsonParser p) {
        JsonLocation where;
        try {
            if (p.nextToken() == null) {
                return;
            }
            where = p.currentTokenLocation();
        } catch (IOException e) {
            where = e instanceof JsonProcessingException j && j.getLocation() != null ? j.getLocation() : p.currentLocation();
        }
        found.add(Violation.of(rootName, position(where), "must be a single JSON value, but more text follows it"));
    }

    /**
     * Records that the JSON text is malformed or broke a parser limit, at the path the parser had reached.
     *
     * @param p the parser that failed
     * @param e why
     */
    void malformed(JsonParser p, JsonProcessingException e) {
        if (tooDeep.isPresent()) {
            // The parser's own nesting limit struck while the reader was already skipping a subtree for its depth.
            found.add(tooDeep.get());
            tooDeep = Optional.empty();
            return;
        }
        String path = pathOf(p.getParsingContext());
        String reason = e instanceof StreamConstraintsException
                ? "exceeds a limit of the JSON parser: " + e.getOriginalMessage()
                : "is not well-formed JSON: " + e.getOriginalMessage();
        found.add(Violation.of(at(path), position(e.getLocation() != null ? e.getLocation() : p.currentLocation()), reason));
    }

    /** @throws ValidationException if anything was recorded */
    void throwIfAny() {
        if (found.isEmpty() && tooDeep.isPresent()) {
            found.add(tooDeep.get());
        }
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    // ------------------------------------------------------------------------------------------------ step 2: rule

    /**
     * @param tree a tree from {@link #tree}
     * @return the rule
     * @throws ValidationException listing every problem of the tree and of the text it came from
     */
    Rule rule(JsonNode tree) {
        Optional<Rule> rule = rule(tree, "", 1);
        throwIfAny();
        return rule.orElseThrow();
    }

    /**
     * @param tree    a tree from {@link #tree}
     * @param strings how a JSON string is read
     * @return the value
     * @throws ValidationException listing every problem
     */
    RuleValue value(JsonNode tree, Strings strings) {
        Optional<RuleValue> value = value(tree, "", strings);
        throwIfAny();
        return value.orElseThrow();
    }

    /**
     * @param tree a tree from {@link #tree}
     * @return the metric of a metric condition, without operator and values
     * @throws ValidationException listing every problem
     */
    Metric metric(JsonNode tree) {
        Optional<Metric> metric = Optional.empty();
        if (requireObject(tree, "", "must be a JSON object such as {\"metric\": \"totalSpend\", \"currency\": \"EUR\"}")) {
            onlyProperties(tree, "", List.of("metric", "currency", "channel", "window"), "a metric");
            metric = metric(tree, "");
        }
        throwIfAny();
        return metric.orElseThrow();
    }

    private Optional<Rule> rule(JsonNode node, String path, int depth) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        nodes++;
        if (nodes > Rule.MAX_NODES) {
            if (nodes == Rule.MAX_NODES + 1) {
                found.add(Violation.of(rootName, "more than " + Rule.MAX_NODES, "has more than " + Rule.MAX_NODES + " nodes"));
            }
            return Optional.empty();
        }
        if (depth > Rule.MAX_DEPTH) {
            found.add(Violation.of(at(path), depth, "is nested deeper than " + Rule.MAX_DEPTH + " levels"));
            return Optional.empty();
        }
        if (!requireObject(node, path, EXPECTED_RULE)) {
            return Optional.empty();
        }
        List<String> kinds = KINDS.stream().filter(node::has).toList();
        if (kinds.size() != 1) {
            found.add(Violation.of(at(path), describe(node), (kinds.isEmpty() ? "has none" : "has " + quoted(kinds))
                    + " of the properties " + quoted(KINDS) + "; a rule has exactly one"));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        return switch (kind) {
            case "all", "any" -> group(node, path, depth, kind);
            case "not" -> {
                onlyProperties(node, path, List.of("not"), "a \"not\" rule");
                yield rule(node.get("not"), join(path, "not"), depth + 1).map(Rule::not);
            }
            case "field" -> fieldCondition(node, path);
            case "metric" -> metricCondition(node, path);
            case "inList" -> {
                onlyProperties(node, path, List.of("inList"), "an \"inList\" rule");
                yield id(node.get("inList"), join(path, "inList"), StaticListId::parse).map(Rule::inList);
            }
            default -> {
                onlyProperties(node, path, List.of("inSegment"), "an \"inSegment\" rule");
                yield id(node.get("inSegment"), join(path, "inSegment"), SegmentId::parse).map(Rule::inSegment);
            }
        };
    }

    private Optional<Rule> group(JsonNode node, String path, int depth, String kind) {
        onlyProperties(node, path, List.of(kind), "an \"" + kind + "\" group");
        JsonNode children = node.get(kind);
        String childrenPath = join(path, kind);
        if (children.isMissingNode()) {
            return Optional.empty();
        }
        if (!children.isArray()) {
            found.add(Violation.of(childrenPath, describe(children), "must be a JSON array of rules"));
            return Optional.empty();
        }
        if (children.isEmpty()) {
            found.add(Violation.of(childrenPath, "[]", "must contain at least one rule"));
            return Optional.empty();
        }
        List<Rule> rules = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < children.size() && nodes <= Rule.MAX_NODES; i++) {
            Optional<Rule> child = rule(children.get(i), childrenPath + "[" + i + "]", depth + 1);
            child.ifPresent(rules::add);
            complete &= child.isPresent();
        }
        if (!complete || rules.size() != children.size()) {
            return Optional.empty();
        }
        return Optional.of(kind.equals("all") ? new Rule.All(rules) : new Rule.Any(rules));
    }

    private Optional<Rule> fieldCondition(JsonNode node, String path) {
        onlyProperties(node, path, List.of("field", "op", "value", "values"), "a field condition");
        Optional<String> field = text(node.get("field"), join(path, "field"), "a field name such as \"country\"");
        Optional<Operator> operator = operator(node, path);
        Optional<List<RuleValue>> values = operator.flatMap(op -> values(node, path, op));
        if (field.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule.FieldCondition(field.get(), operator.orElseThrow(), values.get()));
    }

    private Optional<Rule> metricCondition(JsonNode node, String path) {
        onlyProperties(node, path, List.of("metric", "currency", "channel", "window", "op", "value", "values"),
                "a metric condition");
        Optional<Metric> metric = metric(node, path);
        Optional<Operator> operator = operator(node, path);
        Optional<List<RuleValue>> values = operator.flatMap(op -> values(node, path, op));
        if (metric.isEmpty() || values.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule.MetricCondition(metric.get(), operator.orElseThrow(), values.get()));
    }

    /** The metric of a metric condition; the caller has checked the node's properties. */
    private Optional<Metric> metric(JsonNode node, String path) {
        Optional<MetricKind> kind = text(node.get("metric"), join(path, "metric"), "a metric name such as \"totalSpend\"")
                .flatMap(name -> named(name, MetricKind.fromJsonName(name), join(path, "metric"), "a metric",
                        Arrays.stream(MetricKind.values()).map(MetricKind::jsonName)));
        Optional<Currency> currency = Optional.empty();
        JsonNode currencyNode = node.get("currency");
        boolean currencyOk = true;
        if (present(currencyNode)) {
            currency = text(currencyNode, join(path, "currency"), "an ISO 4217 currency code such as \"EUR\"")
                    .flatMap(code -> replacingPath(join(path, "currency"), () -> Money.currency(code)));
            currencyOk = currency.isPresent();
        }
        boolean ok = currencyOk;
        Optional<Channel> channel = Optional.empty();
        JsonNode channelNode = node.get("channel");
        if (present(channelNode)) {
            channel = text(channelNode, join(path, "channel"), "a channel such as \"call\"")
                    .flatMap(name -> named(name, channelNamed(name), join(path, "channel"), "a channel",
                            Arrays.stream(Channel.values()).map(RuleReader::lowerName)));
            ok &= channel.isPresent();
        }
        Optional<RuleValue.Span> window = Optional.empty();
        JsonNode windowNode = node.get("window");
        if (present(windowNode)) {
            window = span(windowNode, join(path, "window"));
            ok &= window.isPresent();
        }
        if (kind.isEmpty() || !currencyOk) {
            // Without a currency that was given but is wrong, the metric would also report it as missing.
            return Optional.empty();
        }
        // Built with the parameters that were read, so that its own checks (a parameter the kind does not take, a
        // missing currency) are reported together with a broken window or channel.
        Optional<Currency> c = currency;
        Optional<Channel> ch = channel;
        Optional<RuleValue.Span> w = window;
        Optional<Metric> metric = nested(path, () -> new Metric(kind.get(), w, ch, c));
        return ok ? metric : Optional.empty();
    }

    private Optional<Operator> operator(JsonNode node, String path) {
        String opPath = join(path, "op");
        return text(node.get("op"), opPath, "an operator such as \"eq\"")
                .flatMap(name -> named(name, Operator.fromJsonName(name), opPath, "an operator",
                        Arrays.stream(Operator.values()).map(Operator::jsonName)));
    }

    /**
     * The values of a condition: {@code "value"} for operators taking one, {@code "values"} (an array) for those
     * taking two or more, neither for those taking none. Counts beyond that shape are the validator's to check.
     */
    private Optional<List<RuleValue>> values(JsonNode node, String path, Operator op) {
        JsonNode one = node.get("value");
        JsonNode many = node.get("values");
        String onePath = join(path, "value");
        String manyPath = join(path, "values");
        Strings strings = DATE_OPERATORS.contains(op) ? Strings.DATE : Strings.TEXT;
        switch (op.arity()) {
            case NONE -> {
                if (one != null) {
                    found.add(Violation.of(onePath, describe(one), op.jsonName() + " takes no value"));
                }
                if (many != null) {
                    found.add(Violation.of(manyPath, describe(many), op.jsonName() + " takes no values"));
                }
                return one == null && many == null ? Optional.of(List.of()) : Optional.empty();
            }
            case ONE -> {
                if (many != null) {
                    found.add(Violation.of(manyPath, describe(many), op.jsonName() + " takes a single \"value\", not \"values\""));
                    return Optional.empty();
                }
                if (one == null) {
                    found.add(Violation.of(onePath, null, "is required for " + op.jsonName()));
                    return Optional.empty();
                }
                return value(one, onePath, strings).map(List::of);
            }
            default -> {
                String shape = op.arity() == Operator.Arity.TWO ? "[lower, upper]" : "[...]";
                if (one != null) {
                    found.add(Violation.of(onePath, describe(one), op.jsonName() + " takes \"values\": " + shape + ", not \"value\""));
                    return Optional.empty();
                }
                if (many == null) {
                    found.add(Violation.of(manyPath, null, "is required for " + op.jsonName()));
                    return Optional.empty();
                }
                if (many.isMissingNode()) {
                    return Optional.empty();
                }
                if (!many.isArray()) {
                    found.add(Violation.of(manyPath, describe(many), "must be a JSON array " + shape));
                    return Optional.empty();
                }
                List<RuleValue> values = new ArrayList<>();
                for (int i = 0; i < many.size(); i++) {
                    value(many.get(i), manyPath + "[" + i + "]", strings).ifPresent(values::add);
                }
                return values.size() == many.size() ? Optional.of(values) : Optional.empty();
            }
        }
    }

    private Optional<RuleValue> value(JsonNode node, String path, Strings strings) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return switch (strings) {
                case TEXT -> replacingPath(path, () -> new RuleValue.Text(text));
                case DATE -> date(text, path);
                case AMBIGUOUS -> {
                    found.add(Violation.of(at(path), describe(node), "is a text or a date depending on the operator; "
                            + "read a rule, a RuleValue.Text or a RuleValue.Date instead"));
                    yield Optional.empty();
                }
            };
        }
        if (node.isNumber()) {
            return replacingPath(path, () -> new RuleValue.Number(node.decimalValue()));
        }
        if (node.isBoolean()) {
            return Optional.of(new RuleValue.Bool(node.booleanValue()));
        }
        if (node.isObject() && node.has("unit") && !node.has("currency")) {
            return span(node, path).map(RuleValue.class::cast);
        }
        if (node.isObject() && node.has("currency") && !node.has("unit")) {
            return amount(node, path).map(RuleValue.class::cast);
        }
        found.add(Violation.of(at(path), describe(node), node.isNull() ? "must not be null; " + EXPECTED_VALUE : EXPECTED_VALUE));
        return Optional.empty();
    }

    private Optional<RuleValue> date(String text, String path) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            found.add(Violation.of(at(path), Checks.abbreviate(text), EXPECTED_DATE));
            return Optional.empty();
        }
        return replacingPath(path, () -> new RuleValue.Date(date));
    }

    private Optional<RuleValue.Span> span(JsonNode node, String path) {
        if (!requireObject(node, path, "must be a span such as {\"amount\": 90, \"unit\": \"days\"}")) {
            return Optional.empty();
        }
        onlyProperties(node, path, List.of("amount", "unit"), "a span");
        String amountPath = join(path, "amount");
        Optional<Integer> amount = required(node.get("amount"), amountPath).flatMap(n -> {
            if (n.isIntegralNumber() && n.canConvertToInt()) {
                return Optional.of(n.intValue());
            }
            found.add(Violation.of(amountPath, describe(n), "must be a whole number from 0 to " + RuleValue.Span.MAX_AMOUNT));
            return Optional.empty();
        });
        String unitPath = join(path, "unit");
        Optional<SpanUnit> unit = text(node.get("unit"), unitPath, "a unit such as \"days\"")
                .flatMap(name -> named(name, spanUnitNamed(name), unitPath, "a unit",
                        Arrays.stream(SpanUnit.values()).map(RuleReader::lowerName)));
        if (amount.isEmpty() || unit.isEmpty()) {
            return Optional.empty();
        }
        return nested(path, () -> new RuleValue.Span(amount.get(), unit.get()));
    }

    private Optional<RuleValue.Amount> amount(JsonNode node, String path) {
        onlyProperties(node, path, List.of("amount", "currency"), "money");
        String amountPath = join(path, "amount");
        Optional<BigDecimal> amount = required(node.get("amount"), amountPath).flatMap(n -> {
            if (n.isNumber()) {
                return Optional.of(n.decimalValue());
            }
            if (n.isTextual() && n.textValue().length() <= MAX_DECIMAL_TEXT) {
                try {
                    return Optional.of(new BigDecimal(n.textValue().strip()));
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            found.add(Violation.of(amountPath, describe(n), "must be a decimal number such as \"12.50\""));
            return Optional.empty();
        });
        String currencyPath = join(path, "currency");
        Optional<Currency> currency = text(node.get("currency"), currencyPath, "an ISO 4217 currency code such as \"EUR\"")
                .flatMap(code -> replacingPath(currencyPath, () -> Money.currency(code)));
        if (amount.isEmpty() || currency.isEmpty()) {
            return Optional.empty();
        }
        return nested(path, () -> new RuleValue.Amount(new Money(amount.get(), currency.get())));
    }

    private <T> Optional<T> id(JsonNode node, String path, Function<String, T> parse) {
        return text(node, path, "a UUID").flatMap(text -> {
            try {
                return Optional.of(parse.apply(text));
            } catch (ValidationException e) {
                found.add(Violation.of(path, Checks.abbreviate(text), EXPECTED_UUID));
                return Optional.empty();
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private boolean requireObject(JsonNode node, String path, String expected) {
        if (node.isObject()) {
            return true;
        }
        if (!node.isMissingNode()) {
            found.add(Violation.of(at(path), describe(node), expected));
        }
        return false;
    }

    private void onlyProperties(JsonNode node, String path, List<String> allowed, String what) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!allowed.contains(property.getKey())) {
                found.add(Violation.of(join(path, Checks.abbreviate(property.getKey())), describe(property.getValue()),
                        "is not a property of " + what + "; it has " + quoted(allowed)));
            }
        }
    }

    private Optional<JsonNode> required(JsonNode node, String path) {
        if (node == null) {
            found.add(Violation.of(path, null, "is required"));
            return Optional.empty();
        }
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    private Optional<String> text(JsonNode node, String path, String expected) {
        return required(node, path).flatMap(n -> {
            if (n.isTextual()) {
                return Optional.of(n.textValue());
            }
            found.add(Violation.of(path, describe(n), "must be " + expected + " as a JSON string"));
            return Optional.empty();
        });
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }

    private <T> Optional<T> named(String name, Optional<T> constant, String path, String what, Stream<String> names) {
        if (constant.isEmpty()) {
            found.add(Violation.of(path, Checks.abbreviate(name), "is not " + what + "; use one of "
                    + names.collect(Collectors.joining(", "))));
        }
        return constant;
    }

    /** Runs a constructor whose violations name the value itself: they are reported at {@code path}. */
    private <T> Optional<T> replacingPath(String path, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (ValidationException e) {
            e.violations().forEach(v -> found.add(new Violation(at(path), v.rejectedValue(), v.reason())));
            return Optional.empty();
        }
    }

    /** Runs a constructor whose violations name its parts: they are reported under {@code path}. */
    private <T> Optional<T> nested(String path, Supplier<T> make) {
        try {
            return Optional.of(make.get());
        } catch (ValidationException e) {
            e.violations().forEach(v -> found.add(v.under(path)));
            return Optional.empty();
        }
    }

    private static Optional<Channel> channelNamed(String name) {
        return Arrays.stream(Channel.values()).filter(c -> lowerName(c).equals(name)).findFirst();
    }

    private static Optional<SpanUnit> spanUnitNamed(String name) {
        return Arrays.stream(SpanUnit.values()).filter(u -> lowerName(u).equals(name)).findFirst();
    }

    /** @return the name of a constant in the rule language: its Java name in lower case */
    static String lowerName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private String at(String path) {
        return path.isEmpty() ? rootName : path;
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + "." + part;
    }

    private static String quoted(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }

    /** @return a short description of a JSON value for a violation's rejected value */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + Checks.abbreviate(node.textValue()) + "\"";
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            return Checks.abbreviate("{" + String.join(", ", names) + "}");
        } else if (node.isArray()) {
            return "an array of " + node.size();
        } else if (node.isMissingNode()) {
            return "<absent>";
        }
        return Checks.abbreviate(node.asText());
    }

    private static String position(JsonLocation where) {
        return where == null ? "<unknown position>" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** @return the dotted path of the parser's position, such as {@code all[0].value} */
    private static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push("." + Checks.abbreviate(c.getCurrentName()));
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
