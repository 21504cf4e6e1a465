package dev.cms.persistence.jpa;

import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SpanUnit;
import dev.cms.core.segment.StaticListId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a {@link Rule} as its pre-order list of nodes and values, and reads it back. */
final class RuleMapper {
    private RuleMapper() {
    }

    /** Appends the nodes and values of {@code rule} in pre-order. */
    static void write(Rule rule, List<RuleNodeCell> nodes, List<RuleValueCell> values) {
        int position = nodes.size();
        RuleNodeCell node = new RuleNodeCell();
        nodes.add(node);
        if (rule instanceof Rule.All all) {
            group(node, "ALL", all.rules(), nodes, values);
        } else if (rule instanceof Rule.Any any) {
            group(node, "ANY", any.rules(), nodes, values);
        } else if (rule instanceof Rule.Not not) {
            group(node, "NOT", List.of(not.rule()), nodes, values);
        } else if (rule instanceof Rule.FieldCondition field) {
            node.kind = "FIELD";
            node.field = field.field();
            node.operator = field.operator().name();
            field.values().forEach(v -> values.add(cell(position, v)));
        } else if (rule instanceof Rule.MetricCondition metric) {
            node.kind = "METRIC";
            Metric m = metric.metric();
            node.metricKind = m.kind().name();
            node.windowAmount = m.window().map(RuleValue.Span::amount).orElse(null);
            node.windowUnit = m.window().map(w -> w.unit().name()).orElse(null);
            node.channel = m.channel().map(Channel::name).orElse(null);
            node.currency = m.currency().map(Currency::getCurrencyCode).orElse(null);
            node.operator = metric.operator().name();
            metric.values().forEach(v -> values.add(cell(position, v)));
        } else if (rule instanceof Rule.InList in) {
            node.kind = "IN_LIST";
            node.reference = in.list().value();
        } else if (rule instanceof Rule.InSegment in) {
            node.kind = "IN_SEGMENT";
            node.reference = in.segment().value();
        } else {
            throw new IllegalArgumentException("unknown rule node " + rule.getClass());
        }
    }

    /** {@return the rule the nodes and values describe} */
    static Rule read(List<RuleNodeCell> nodes, List<RuleValueCell> values) {
        Map<Integer, List<RuleValue>> byNode = new HashMap<>();
        for (RuleValueCell cell : values) {
            byNode.computeIfAbsent(cell.nodePosition, k -> new ArrayList<>()).add(value(cell));
        }
        int[] next = {0};
        Rule rule = read(nodes, byNode, next);
        if (next[0] != nodes.size()) {
            throw new IllegalStateException("stored rule has " + (nodes.size() - next[0]) + " nodes after its end");
        }
        return rule;
    }

    private static Rule read(List<RuleNodeCell> nodes, Map<Integer, List<RuleValue>> values, int[] next) {
        int position = next[0]++;
        RuleNodeCell node = nodes.get(position);
        List<RuleValue> own = values.getOrDefault(position, List.of());
        switch (node.kind) {
            case "ALL", "ANY", "NOT" -> {
                List<Rule> children = new ArrayList<>();
                for (int i = 0; i < node.children; i++) {
                    children.add(read(nodes, values, next));
                }
                return switch (node.kind) {
                    case "ALL" -> new Rule.All(children);
                    case "ANY" -> new Rule.Any(children);
                    default -> new Rule.Not(children.get(0));
                };
            }
            case "FIELD" -> {
                return new Rule.FieldCondition(node.field, Operator.valueOf(node.operator), own);
            }
            case "METRIC" -> {
                Metric metric = new Metric(MetricKind.valueOf(node.metricKind),
                        Optional.ofNullable(node.windowAmount).map(a -> new RuleValue.Span(a, SpanUnit.valueOf(node.windowUnit))),
                        Optional.ofNullable(node.channel).map(Channel::valueOf), Optional.ofNullable(node.currency).map(Money::currency));
                return new Rule.MetricCondition(metric, Operator.valueOf(node.operator), own);
            }
            case "IN_LIST" -> {
                return new Rule.InList(StaticListId.of(node.reference));
            }
            case "IN_SEGMENT" -> {
                return new Rule.InSegment(SegmentId.of(node.reference));
            }
            default -> throw new IllegalStateException("unknown stored rule node kind " + node.kind);
        }
    }

    private static void group(RuleNodeCell node, String kind, List<Rule> children, List<RuleNodeCell> nodes,
                              List<RuleValueCell> values) {
        node.kind = kind;
        node.children = children.size();
        children.forEach(child -> write(child, nodes, values));
    }

    private static RuleValueCell cell(int nodePosition, RuleValue value) {
        RuleValueCell cell = new RuleValueCell();
        cell.nodePosition = nodePosition;
        if (value instanceof RuleValue.Text text) {
            cell.kind = "TEXT";
            cell.text = text.value();
        } else if (value instanceof RuleValue.Number number) {
            cell.kind = "NUMBER";
            cell.number = number.value();
        } else if (value instanceof RuleValue.Bool bool) {
            cell.kind = "BOOL";
            cell.bool = bool.value();
        } else if (value instanceof RuleValue.Date date) {
            cell.kind = "DATE";
            cell.date = date.value();
        } else if (value instanceof RuleValue.Span span) {
            cell.kind = "SPAN";
            cell.spanAmount = span.amount();
            cell.spanUnit = span.unit().name();
        } else if (value instanceof RuleValue.Amount amount) {
            cell.kind = "AMOUNT";
            cell.moneyAmount = amount.value().amount();
            cell.moneyCurrency = amount.value().currency().getCurrencyCode();
        } else {
            throw new IllegalArgumentException("unknown rule value " + value.getClass());
        }
        return cell;
    }

    private static RuleValue value(RuleValueCell cell) {
        return switch (cell.kind) {
            case "TEXT" -> new RuleValue.Text(cell.text);
            case "NUMBER" -> new RuleValue.Number(cell.number);
            case "BOOL" -> new RuleValue.Bool(cell.bool);
            case "DATE" -> new RuleValue.Date(cell.date);
            case "SPAN" -> new RuleValue.Span(cell.spanAmount, SpanUnit.valueOf(cell.spanUnit));
            case "AMOUNT" -> new RuleValue.Amount(Money.of(cell.moneyAmount, Money.currency(cell.moneyCurrency)));
            default -> throw new IllegalStateException("unknown stored rule value kind " + cell.kind);
        };
    }
}
