package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import java.io.IOException;
import java.util.List;

/**
 * Writes the JSON form of rules and their parts (documented on {@link RuleJson}). A rule is written only if it reads
 * back as the same rule ({@link #requireJsonForm}); the operator decides whether a JSON string is a text or a date,
 * so for example a text under {@code before} has no JSON form.
 */
final class RuleWriter {
    private RuleWriter() {
    }

    /**
     * Checks that the rule has a JSON form that {@link RuleReader} reads back as an equal rule: at most
     * {@link Rule#MAX_DEPTH} levels and {@link Rule#MAX_NODES} nodes, exactly one value for operators taking one, none
     * for those taking none, dates exactly under {@code before}, {@code after}, {@code on} and {@code between}. Every
     * rule {@link dev.cms.core.segment.RuleValidator} accepts passes.
     *
     * @param rule the rule
     * @throws ValidationException listing every part without a JSON form, with its path
     */
    static void requireJsonForm(Rule rule) {
        Violations v = new Violations();
        check(rule, "", 1, new int[] {0}, v);
        v.throwIfAny();
    }

    private static void check(Rule rule, String path, int depth, int[] nodes, Violations v) {
        nodes[0]++;
        if (nodes[0] > Rule.MAX_NODES) {
            if (nodes[0] == Rule.MAX_NODES + 1) {
                v.add("rule", "more than " + Rule.MAX_NODES, "has more than " + Rule.MAX_NODES + " nodes");
            }
            return;
        }
        if (depth > Rule.MAX_DEPTH) {
            v.add(path.isEmpty() ? "rule" : path, depth, "is nested deeper than " + Rule.MAX_DEPTH + " levels");
            return;
        }
        if (rule instanceof Rule.All all) {
            children(all.rules(), join(path, "all"), depth, nodes, v);
        } else if (rule instanceof Rule.Any any) {
            children(any.rules(), join(path, "any"), depth, nodes, v);
        } else if (rule instanceof Rule.Not not) {
            check(not.rule(), join(path, "not"), depth + 1, nodes, v);
        } else if (rule instanceof Rule.FieldCondition c) {
            leaf(c.operator(), c.values(), path, v);
        } else if (rule instanceof Rule.MetricCondition m) {
            leaf(m.operator(), m.values(), path, v);
        }
    }

    private static void children(List<Rule> rules, String path, int depth, int[] nodes, Violations v) {
        for (int i = 0; i < rules.size() && nodes[0] <= Rule.MAX_NODES; i++) {
            check(rules.get(i), path + "[" + i + "]", depth + 1, nodes, v);
        }
    }

    private static void leaf(Operator op, List<RuleValue> values, String path, Violations v) {
        int n = values.size();
        if (op.arity() == Operator.Arity.NONE && n > 0) {
            v.add(join(path, "values"), values, op.jsonName() + " takes no value");
            return;
        }
        if (op.arity() == Operator.Arity.ONE && n != 1) {
            v.add(join(path, "value"), n, op.jsonName() + " takes exactly one value");
            return;
        }
        boolean dates = RuleReader.DATE_OPERATORS.contains(op);
        for (int i = 0; i < n; i++) {
            RuleValue value = values.get(i);
            String at = join(path, op.arity() == Operator.Arity.ONE ? "value" : "values[" + i + "]");
            if (value instanceof RuleValue.Text && dates) {
                v.add(at, value, "must be a date for " + op.jsonName() + ": in JSON a string under before, after, on "
                        + "and between is a date");
            } else if (value instanceof RuleValue.Date && !dates) {
                v.add(at, value, "must not be a date for " + op.jsonName() + ": in JSON a string under "
                        + op.jsonName() + " is a text");
            }
        }
    }

    /**
     * Writes a rule that passed {@link #requireJsonForm}.
     *
     * @param rule the rule
     * @param gen  where to write
     * @throws IOException if writing fails
     */
    static void write(Rule rule, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        if (rule instanceof Rule.All all) {
            writeRules("all", all.rules(), gen);
        } else if (rule instanceof Rule.Any any) {
            writeRules("any", any.rules(), gen);
        } else if (rule instanceof Rule.Not not) {
            gen.writeFieldName("not");
            write(not.rule(), gen);
        } else if (rule instanceof Rule.FieldCondition c) {
            gen.writeStringField("field", c.field());
            writeComparison(c.operator(), c.values(), gen);
        } else if (rule instanceof Rule.MetricCondition m) {
            writeMetricProperties(m.metric(), gen);
            writeComparison(m.operator(), m.values(), gen);
        } else if (rule instanceof Rule.InList in) {
            gen.writeStringField("inList", in.list().toString());
        } else if (rule instanceof Rule.InSegment in) {
            gen.writeStringField("inSegment", in.segment().toString());
        }
        gen.writeEndObject();
    }

    private static void writeRules(String name, List<Rule> rules, JsonGenerator gen) throws IOException {
        gen.writeArrayFieldStart(name);
        for (Rule rule : rules) {
            write(rule, gen);
        }
        gen.writeEndArray();
    }

    private static void writeComparison(Operator op, List<RuleValue> values, JsonGenerator gen) throws IOException {
        gen.writeStringField("op", op.jsonName());
        switch (op.arity()) {
            case NONE -> {
                // no value
            }
            case ONE -> {
                gen.writeFieldName("value");
                writeValue(values.get(0), gen);
            }
            default -> {
                gen.writeArrayFieldStart("values");
                for (RuleValue value : values) {
                    writeValue(value, gen);
                }
                gen.writeEndArray();
            }
        }
    }

    /**
     * Writes the properties of a metric ({@code "metric"}, then {@code "currency"}, {@code "channel"} and
     * {@code "window"} where given) into the object being written.
     *
     * @param metric the metric
     * @param gen    where to write, inside an object
     * @throws IOException if writing fails
     */
    static void writeMetricProperties(Metric metric, JsonGenerator gen) throws IOException {
        gen.writeStringField("metric", metric.kind().jsonName());
        if (metric.currency().isPresent()) {
            gen.writeStringField("currency", metric.currency().get().getCurrencyCode());
        }
        if (metric.channel().isPresent()) {
            gen.writeStringField("channel", RuleReader.lowerName(metric.channel().get()));
        }
        if (metric.window().isPresent()) {
            gen.writeFieldName("window");
            writeValue(metric.window().get(), gen);
        }
    }

    /**
     * Writes a value: a text or a date as a JSON string, a number as a JSON number in plain notation, a truth value as
     * {@code true} or {@code false}, a span as {@code {"amount": 3, "unit": "days"}}, money as
     * {@code {"amount": "12.50", "currency": "EUR"}}.
     *
     * @param value the value
     * @param gen   where to write
     * @throws IOException if writing fails
     */
    static void writeValue(RuleValue value, JsonGenerator gen) throws IOException {
        if (value instanceof RuleValue.Text text) {
            gen.writeString(text.value());
        } else if (value instanceof RuleValue.Number number) {
            // Plain notation, at most 20 integer and 18 fraction digits: 500, not 5E+2 as BigDecimal would write it.
            gen.writeNumber(number.value().toPlainString());
        } else if (value instanceof RuleValue.Bool bool) {
            gen.writeBoolean(bool.value());
        } else if (value instanceof RuleValue.Date date) {
            gen.writeString(date.value().toString());
        } else if (value instanceof RuleValue.Span span) {
            gen.writeStartObject();
            gen.writeNumberField("amount", span.amount());
            gen.writeStringField("unit", RuleReader.lowerName(span.unit()));
            gen.writeEndObject();
        } else if (value instanceof RuleValue.Amount amount) {
            gen.writeStartObject();
            gen.writeStringField("amount", amount.value().amount().toPlainString());
            gen.writeStringField("currency", amount.value().currency().getCurrencyCode());
            gen.writeEndObject();
        }
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + "." + part;
    }
}
