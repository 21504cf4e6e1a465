package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Violations;
import java.util.List;
import java.util.Locale;

/**
 * Checks a rule against a {@link FieldRegistry} before it runs: unknown fields, operators the field's type does not
 * allow, the wrong number or kind of values, values outside a closed vocabulary, reversed {@code between} bounds, and
 * rules nested deeper than {@link Rule#MAX_DEPTH} or larger than {@link Rule#MAX_NODES}. All problems are reported
 * at once, each with its path in the tree such as {@code any[1].all[0].value}, matching the JSON form.
 */
public final class RuleValidator {
    private RuleValidator() {
    }

    /**
     * Checks a rule.
     *
     * @param rule     the rule
     * @param registry the fields it may use
     * @throws ValidationException listing every problem with its path
     */
    public static void validate(Rule rule, FieldRegistry registry) {
        Violations v = new Violations();
        int[] nodes = {0};
        check(rule, registry, "", 1, nodes, v);
        v.require(nodes[0] <= Rule.MAX_NODES, "rule", nodes[0], "has more than " + Rule.MAX_NODES + " nodes");
        v.throwIfAny();
    }

    private static void check(Rule rule, FieldRegistry registry, String path, int depth, int[] nodes, Violations v) {
        nodes[0]++;
        if (depth > Rule.MAX_DEPTH) {
            v.add(path.isEmpty() ? "rule" : path, depth, "is nested deeper than " + Rule.MAX_DEPTH + " levels");
            return;
        }
        if (rule instanceof Rule.All all) {
            children(all.rules(), "all", registry, path, depth, nodes, v);
        } else if (rule instanceof Rule.Any any) {
            children(any.rules(), "any", registry, path, depth, nodes, v);
        } else if (rule instanceof Rule.Not not) {
            check(not.rule(), registry, join(path, "not"), depth + 1, nodes, v);
        } else if (rule instanceof Rule.FieldCondition c) {
            var field = registry.find(c.field());
            if (field.isEmpty()) {
                v.add(join(path, "field"), c.field(), "is not a known field");
                return;
            }
            leaf(field.get().type(), c.operator(), c.values(), path, v);
            field.get().allowedValues().ifPresent(allowed -> {
                for (int i = 0; i < c.values().size(); i++) {
                    if (c.values().get(i) instanceof RuleValue.Text t
                            && !allowed.contains(t.value().toLowerCase(Locale.ROOT))) {
                        v.add(valuePath(path, c.operator(), i), t.value(), "must be one of " + allowed);
                    }
                }
            });
        } else if (rule instanceof Rule.MetricCondition m) {
            leaf(ValueType.NUMBER, m.operator(), m.values(), path, v);
        }
        // InList and InSegment have nothing to check here: the service checks that they exist.
    }

    private static void children(List<Rule> rules, String name, FieldRegistry registry, String path, int depth,
                                 int[] nodes, Violations v) {
        for (int i = 0; i < rules.size(); i++) {
            check(rules.get(i), registry, join(path, name + "[" + i + "]"), depth + 1, nodes, v);
        }
    }

    private static void leaf(ValueType type, Operator operator, List<RuleValue> values, String path, Violations v) {
        if (!type.operators().contains(operator)) {
            v.add(join(path, "op"), operator.jsonName(), "is not an operator for a " + type.name().toLowerCase(Locale.ROOT)
                    + " field; use one of " + type.operators().stream().map(Operator::jsonName).toList());
            return;
        }
        int n = values.size();
        boolean arityOk = switch (operator.arity()) {
            case NONE -> n == 0;
            case ONE -> n == 1;
            case TWO -> n == 2;
            case MANY -> n >= 1 && n <= 1000;
        };
        if (!arityOk) {
            String expected = switch (operator.arity()) {
                case NONE -> "takes no value";
                case ONE -> "takes exactly one value";
                case TWO -> "takes exactly two values (lower and upper bound)";
                case MANY -> "takes one to 1000 values";
            };
            v.add(join(path, operator.arity() == Operator.Arity.ONE ? "value" : "values"), n, operator.jsonName() + " " + expected);
            return;
        }
        Class<? extends RuleValue> kind = type.valueKind(operator);
        boolean kindsOk = true;
        for (int i = 0; i < n; i++) {
            RuleValue value = values.get(i);
            if (!kind.isInstance(value)) {
                kindsOk = false;
                v.add(valuePath(path, operator, i), value, "must be " + describe(kind) + " for " + operator.jsonName()
                        + " on a " + type.name().toLowerCase(Locale.ROOT) + " field");
            }
        }
        if (kindsOk && operator == Operator.BETWEEN && compare(values.get(0), values.get(1)) > 0) {
            v.add(join(path, "values"), values, "lower bound is greater than upper bound");
        }
        if (kindsOk && operator == Operator.BETWEEN && values.get(0) instanceof RuleValue.Amount lo
                && values.get(1) instanceof RuleValue.Amount hi && !lo.value().currency().equals(hi.value().currency())) {
            v.add(join(path, "values"), values, "bounds must be in the same currency");
        }
    }

    private static int compare(RuleValue a, RuleValue b) {
        if (a instanceof RuleValue.Number x && b instanceof RuleValue.Number y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof RuleValue.Date x && b instanceof RuleValue.Date y) {
            return x.value().compareTo(y.value());
        }
        if (a instanceof RuleValue.Amount x && b instanceof RuleValue.Amount y
                && x.value().currency().equals(y.value().currency())) {
            return x.value().amount().compareTo(y.value().amount());
        }
        return 0;
    }

    private static String describe(Class<? extends RuleValue> kind) {
        if (kind == RuleValue.Text.class) {
            return "a text";
        } else if (kind == RuleValue.Number.class) {
            return "a number";
        } else if (kind == RuleValue.Bool.class) {
            return "true or false";
        } else if (kind == RuleValue.Date.class) {
            return "a date";
        } else if (kind == RuleValue.Span.class) {
            return "a span of days, weeks or months";
        }
        return "an amount of money";
    }

    static String valuePath(String path, Operator operator, int index) {
        return join(path, operator.arity() == Operator.Arity.ONE ? "value" : "values[" + index + "]");
    }

    private static String join(String path, String part) {
        return path.isEmpty() ? part : path + "." + part;
    }
}
