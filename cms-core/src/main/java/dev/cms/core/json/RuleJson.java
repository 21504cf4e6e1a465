package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.cms.core.ValidationException;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValidator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Reads and writes segmentation {@link Rule}s as JSON, the form front ends build in the browser, without any
 * {@code ObjectMapper} to configure. {@link CmsJacksonModule} uses the same form for rules inside segments and
 * explanations. The format is stable; the README's "Rule JSON format" section shows it with examples.
 *
 * <table>
 *   <caption>The rule JSON format</caption>
 *   <tr><th>node</th><th>JSON</th></tr>
 *   <tr><td>and, or</td><td>{@code {"all": [rule, ...]}}, {@code {"any": [rule, ...]}}, at least one rule</td></tr>
 *   <tr><td>not</td><td>{@code {"not": rule}}</td></tr>
 *   <tr><td>field condition</td><td>{@code {"field": "country", "op": "eq", "value": "DE"}}; operators taking two
 *       or more values have {@code "values": [...]} instead, {@code is_set} and {@code is_not_set} neither</td></tr>
 *   <tr><td>metric condition</td><td>{@code {"metric": "totalSpend", "currency": "EUR", "window": {"amount": 90,
 *       "unit": "days"}, "op": "gt", "value": 500}}; {@code "channel": "call"} for interaction metrics; the
 *       parameters a metric does not take are left out</td></tr>
 *   <tr><td>membership</td><td>{@code {"inList": "<static list id>"}}, {@code {"inSegment": "<segment id>"}}</td></tr>
 * </table>
 *
 * <p>Names: operators by {@link dev.cms.core.segment.Operator#jsonName()} ({@code "not_in"}), metrics by
 * {@link dev.cms.core.segment.MetricKind#jsonName()} ({@code "totalSpend"}), span units, channels and other
 * constants in lower case ({@code "days"}, {@code "call"}), currencies by ISO 4217 code. Values, decided by the JSON
 * value alone together with the operator, never by the field, so reading needs no {@link FieldRegistry}:
 * <ul>
 *   <li>a JSON number is a {@link dev.cms.core.segment.RuleValue.Number}, read exactly from its digits, never through
 *       a {@code double}; numeric strings are not numbers;</li>
 *   <li>{@code true} and {@code false} are a {@link dev.cms.core.segment.RuleValue.Bool};</li>
 *   <li>a JSON string is a {@link dev.cms.core.segment.RuleValue.Date} ({@code "2026-01-31"}) under {@code before},
 *       {@code after}, {@code on} and {@code between}, and a {@link dev.cms.core.segment.RuleValue.Text} under every
 *       other operator (no operator compares dates and texts alike, so no valid rule is ambiguous);</li>
 *   <li>{@code {"amount": 3, "unit": "days"}} is a {@link dev.cms.core.segment.RuleValue.Span} (a whole amount;
 *       units {@code days}, {@code weeks}, {@code months}); {@code {"amount": "12.50", "currency": "EUR"}} is a
 *       {@link dev.cms.core.segment.RuleValue.Amount} (the amount a string, or a JSON number, as for money
 *       elsewhere).</li>
 * </ul>
 *
 * <p>Reading is strict and reports every problem it can at once as a {@link ValidationException} whose violations
 * carry the path in the rule, in the form {@link RuleValidator} uses ({@code any[1].all[0].value},
 * {@code all[0].window.unit}; {@code rule} for the rule as a whole): malformed JSON, a root that is not an object,
 * text after it, unknown, repeated or missing properties, JSON values of the wrong kind, unknown operators, metrics,
 * units and channels, malformed ids, dates and currencies, numbers beyond the bounds of
 * {@link dev.cms.core.segment.RuleValue.Number}, and nesting deeper than {@link Rule#MAX_DEPTH} or more than
 * {@link Rule#MAX_NODES} nodes. Whether fields exist and operators and values suit them is the validator's part:
 * {@link #read(String, FieldRegistry)} does both.
 */
public final class RuleJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private RuleJson() {
    }

    /**
     * Reads a rule from its JSON form. The rule is not checked against any fields; see
     * {@link #read(String, FieldRegistry)}.
     *
     * @param json the JSON text of one rule
     * @return the rule
     * @throws ValidationException listing every problem with its path
     */
    public static Rule read(String json) {
        Objects.requireNonNull(json, "json");
        RuleReader reader = new RuleReader("rule");
        JsonNode tree;
        try {
            JsonParser p = FACTORY.createParser(json);
            try (p) {
                p.nextToken();
                tree = reader.tree(p);
                reader.requireEnd(p);
            } catch (JsonProcessingException e) {
                reader.malformed(p, e);
                tree = MissingNode.getInstance(); // nothing more to read: the violation above is thrown below
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a string failed", e);
        }
        return reader.rule(tree);
    }

    /**
     * Reads a rule from its JSON form and validates it against the fields ({@link RuleValidator}), so a rule sent by
     * a front end is either usable or refused with every problem and its path.
     *
     * @param json     the JSON text of one rule
     * @param registry the fields the rule may use, such as {@code segments().fields()}
     * @return the valid rule
     * @throws ValidationException listing every problem of the JSON form or, if there is none, every problem the
     *                             validator finds
     */
    public static Rule read(String json, FieldRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        Rule rule = read(json);
        RuleValidator.validate(rule, registry);
        return rule;
    }

    /**
     * Writes a rule as compact JSON, properties in the documented order. {@link #read(String)} reads the text back
     * as an equal rule.
     *
     * @param rule the rule
     * @return its JSON text
     * @throws ValidationException if the rule has no JSON form: nesting deeper than {@link Rule#MAX_DEPTH} or more
     *                             than {@link Rule#MAX_NODES} nodes, a count of values its operator cannot take
     *                             (several for {@code eq}, any for {@code is_set}), a text under {@code before},
     *                             {@code after}, {@code on} or {@code between} or a date under another operator. The
     *                             validator refuses all of these too.
     */
    public static String write(Rule rule) {
        Objects.requireNonNull(rule, "rule");
        RuleWriter.requireJsonForm(rule);
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(out)) {
            RuleWriter.write(rule, gen);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }
}
