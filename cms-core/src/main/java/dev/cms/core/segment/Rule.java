package dev.cms.core.segment;

import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A segmentation rule: a tree of {@link All} (and), {@link Any} (or) and {@link Not} over leaf conditions. Leaves
 * compare a customer field ({@link FieldCondition}), compare a metric derived from related facts
 * ({@link MetricCondition}), or test membership ({@link InList}, {@link InSegment}).
 *
 * <p>A rule is plain data: it is built here or read from JSON ({@code dev.cms.core.json.RuleJson}), validated
 * against a {@link FieldRegistry} ({@link RuleValidator}) and evaluated by the store: in memory by
 * {@link RuleEvaluator}, by a database adapter as one query. Every leaf is true or false, never unknown, so
 * {@code not(r)} matches exactly the customers {@code r} does not. Semantics of each operator: {@link Operator};
 * of each field: {@link FieldRegistry}; of each metric: {@link MetricKind}.
 *
 * <pre>{@code
 * Rule germanBigSpenders = Rule.all(
 *         Rule.field("country").eq("DE"),
 *         Rule.metric(Metric.totalSpend(Money.currency("EUR")).within(Span.days(90))).gt(500),
 *         Rule.not(Rule.metric(Metric.interactionCount().on(Channel.CALL)).gt(0)));
 * }</pre>
 */
public sealed interface Rule {
    /** Most levels of nesting a rule may have (the root is level 1). */
    int MAX_DEPTH = 32;
    /** Most nodes a rule may have. */
    int MAX_NODES = 1_000;

    /**
     * Every rule matches (and). An empty list is refused: say what you mean with a condition.
     *
     * @param rules at least one rule
     */
    record All(List<Rule> rules) implements Rule {
        /**
         * Copies the list.
         *
         * @param rules at least one rule
         * @throws ValidationException if the list is empty
         */
        public All {
            rules = children("all", rules);
        }
    }

    /**
     * At least one rule matches (or).
     *
     * @param rules at least one rule
     */
    record Any(List<Rule> rules) implements Rule {
        /**
         * Copies the list.
         *
         * @param rules at least one rule
         * @throws ValidationException if the list is empty
         */
        public Any {
            rules = children("any", rules);
        }
    }

    /**
     * The rule does not match.
     *
     * @param rule the negated rule
     */
    record Not(Rule rule) implements Rule {
        /**
         * Requires the rule.
         *
         * @param rule the negated rule
         */
        public Not {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /**
     * Compares a field of the customer, such as {@code country} or {@code attribute.plan}.
     *
     * @param field    a field name from the {@link FieldRegistry}
     * @param operator the comparison
     * @param values   what it compares with; how many and of which kind depends on the operator and the field type
     */
    record FieldCondition(String field, Operator operator, List<RuleValue> values) implements Rule {
        /**
         * Copies the values; the field and the values are checked by {@link RuleValidator}.
         *
         * @param field    a field name from the {@link FieldRegistry}
         * @param operator the comparison
         * @param values   what it compares with
         */
        public FieldCondition {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            values = List.copyOf(values);
        }
    }

    /**
     * Compares a metric derived from the customer's related facts, such as net spend in the last 90 days.
     *
     * @param metric   what is measured
     * @param operator a {@link ValueType#NUMBER} comparison
     * @param values   numbers
     */
    record MetricCondition(Metric metric, Operator operator, List<RuleValue> values) implements Rule {
        /**
         * Copies the values; they are checked by {@link RuleValidator}.
         *
         * @param metric   what is measured
         * @param operator a {@link ValueType#NUMBER} comparison
         * @param values   numbers
         */
        public MetricCondition {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(operator, "operator");
            values = List.copyOf(values);
        }
    }

    /**
     * The customer is a member of a static list.
     *
     * @param list the list
     */
    record InList(StaticListId list) implements Rule {
        /**
         * Requires the id.
         *
         * @param list the list
         */
        public InList {
            Objects.requireNonNull(list, "list");
        }
    }

    /**
     * The customer matches a saved segment's rule (as it is when evaluated). Cycles are refused when a segment is
     * saved.
     *
     * @param segment the segment
     */
    record InSegment(SegmentId segment) implements Rule {
        /**
         * Requires the id.
         *
         * @param segment the segment
         */
        public InSegment {
            Objects.requireNonNull(segment, "segment");
        }
    }

    /**
     * {@return a rule matching when every one of {@code rules} does}
     *
     * @param rules at least one rule
     */
    static Rule all(Rule... rules) {
        return new All(Arrays.asList(rules));
    }

    /**
     * {@return a rule matching when at least one of {@code rules} does}
     *
     * @param rules at least one rule
     */
    static Rule any(Rule... rules) {
        return new Any(Arrays.asList(rules));
    }

    /**
     * {@return a rule matching when {@code rule} does not}
     *
     * @param rule the rule to negate
     */
    static Rule not(Rule rule) {
        return new Not(rule);
    }

    /**
     * {@return a rule matching the members of a static list}
     *
     * @param list the list
     */
    static Rule inList(StaticListId list) {
        return new InList(list);
    }

    /**
     * {@return a rule matching the members of a saved segment}
     *
     * @param segment the segment
     */
    static Rule inSegment(SegmentId segment) {
        return new InSegment(segment);
    }

    /**
     * {@return the start of a condition on a field}
     *
     * @param name a field name, such as {@code "country"} or {@code "attribute.plan"}
     */
    static Subject field(String name) {
        Objects.requireNonNull(name, "name");
        return new Subject((operator, values) -> new FieldCondition(name, operator, values));
    }

    /**
     * {@return the start of a condition on a metric}
     *
     * @param metric what is measured
     */
    static Subject metric(Metric metric) {
        Objects.requireNonNull(metric, "metric");
        return new Subject((operator, values) -> new MetricCondition(metric, operator, values));
    }

    private static List<Rule> children(String path, List<Rule> rules) {
        Objects.requireNonNull(rules, "rules");
        if (rules.isEmpty()) {
            throw ValidationException.of(path, "[]", "must contain at least one rule");
        }
        return List.copyOf(rules);
    }

    /**
     * The left side of a condition, waiting for its operator and values. Each method returns the finished leaf.
     * Values are not checked against the field here; {@link RuleValidator} does that with the registry.
     */
    final class Subject {
        private final java.util.function.BiFunction<Operator, List<RuleValue>, Rule> make;

        Subject(java.util.function.BiFunction<Operator, List<RuleValue>, Rule> make) {
            this.make = make;
        }

        /**
         * {@return the condition with any operator and values}
         *
         * @param operator the comparison
         * @param values   its values
         */
        public Rule is(Operator operator, RuleValue... values) {
            return make.apply(operator, List.of(values));
        }

        /**
         * {@return equals the text}
         *
         * @param text compared ignoring case
         */
        public Rule eq(String text) {
            return is(Operator.EQUALS, new RuleValue.Text(text));
        }

        /**
         * {@return equals the number}
         *
         * @param number a number
         */
        public Rule eq(long number) {
            return is(Operator.EQUALS, RuleValue.Number.of(number));
        }

        /**
         * {@return equals the truth value}
         *
         * @param value true or false
         */
        public Rule eq(boolean value) {
            return is(Operator.EQUALS, new RuleValue.Bool(value));
        }

        /**
         * {@return does not equal the text}
         *
         * @param text compared ignoring case
         */
        public Rule neq(String text) {
            return is(Operator.NOT_EQUALS, new RuleValue.Text(text));
        }

        /**
         * {@return equals one of the texts}
         *
         * @param texts compared ignoring case
         */
        public Rule in(String... texts) {
            return make.apply(Operator.IN, Arrays.stream(texts).<RuleValue>map(RuleValue.Text::new).toList());
        }

        /**
         * {@return equals none of the texts}
         *
         * @param texts compared ignoring case
         */
        public Rule notIn(String... texts) {
            return make.apply(Operator.NOT_IN, Arrays.stream(texts).<RuleValue>map(RuleValue.Text::new).toList());
        }

        /**
         * {@return contains the text}
         *
         * @param text compared ignoring case
         */
        public Rule contains(String text) {
            return is(Operator.CONTAINS, new RuleValue.Text(text));
        }

        /**
         * {@return starts with the text}
         *
         * @param text compared ignoring case
         */
        public Rule startsWith(String text) {
            return is(Operator.STARTS_WITH, new RuleValue.Text(text));
        }

        /**
         * {@return ends with the text}
         *
         * @param text compared ignoring case
         */
        public Rule endsWith(String text) {
            return is(Operator.ENDS_WITH, new RuleValue.Text(text));
        }

        /**
         * {@return greater than the number}
         *
         * @param number a number
         */
        public Rule gt(long number) {
            return is(Operator.GREATER_THAN, RuleValue.Number.of(number));
        }

        /**
         * {@return greater than the decimal}
         *
         * @param number a decimal number
         */
        public Rule gt(BigDecimal number) {
            return is(Operator.GREATER_THAN, new RuleValue.Number(number));
        }

        /**
         * {@return greater than or equal to the number}
         *
         * @param number a number
         */
        public Rule gte(long number) {
            return is(Operator.GREATER_OR_EQUAL, RuleValue.Number.of(number));
        }

        /**
         * {@return less than the number}
         *
         * @param number a number
         */
        public Rule lt(long number) {
            return is(Operator.LESS_THAN, RuleValue.Number.of(number));
        }

        /**
         * {@return less than or equal to the number}
         *
         * @param number a number
         */
        public Rule lte(long number) {
            return is(Operator.LESS_OR_EQUAL, RuleValue.Number.of(number));
        }

        /**
         * {@return between the numbers, both included}
         *
         * @param low  lower bound
         * @param high upper bound
         */
        public Rule between(long low, long high) {
            return is(Operator.BETWEEN, RuleValue.Number.of(low), RuleValue.Number.of(high));
        }

        /**
         * {@return greater than the amount (same currency only)}
         *
         * @param amount an amount of money
         */
        public Rule gt(Money amount) {
            return is(Operator.GREATER_THAN, new RuleValue.Amount(amount));
        }

        /**
         * {@return on a date before the given one}
         *
         * @param date a calendar date
         */
        public Rule before(LocalDate date) {
            return is(Operator.BEFORE, new RuleValue.Date(date));
        }

        /**
         * {@return on a date after the given one}
         *
         * @param date a calendar date
         */
        public Rule after(LocalDate date) {
            return is(Operator.AFTER, new RuleValue.Date(date));
        }

        /**
         * {@return on the given date}
         *
         * @param date a calendar date
         */
        public Rule on(LocalDate date) {
            return is(Operator.ON, new RuleValue.Date(date));
        }

        /**
         * {@return on a date from today minus the span to today}
         *
         * @param span days, weeks or months
         */
        public Rule withinLast(RuleValue.Span span) {
            return is(Operator.WITHIN_LAST, span);
        }

        /**
         * {@return on a date before today minus the span}
         *
         * @param span days, weeks or months
         */
        public Rule moreThanAgo(RuleValue.Span span) {
            return is(Operator.MORE_THAN_AGO, span);
        }

        /**
         * {@return on a date from today to today plus the span (for anniversaries, the next one)}
         *
         * @param span days, weeks or months
         */
        public Rule withinNext(RuleValue.Span span) {
            return is(Operator.WITHIN_NEXT, span);
        }

        /**
         * {@return has at least one of the tags}
         *
         * @param tags compared exactly
         */
        public Rule hasAny(String... tags) {
            return make.apply(Operator.HAS_ANY, Arrays.stream(tags).<RuleValue>map(RuleValue.Text::new).toList());
        }

        /**
         * {@return has every one of the tags}
         *
         * @param tags compared exactly
         */
        public Rule hasAll(String... tags) {
            return make.apply(Operator.HAS_ALL, Arrays.stream(tags).<RuleValue>map(RuleValue.Text::new).toList());
        }

        /**
         * {@return has none of the tags}
         *
         * @param tags compared exactly
         */
        public Rule hasNone(String... tags) {
            return make.apply(Operator.HAS_NONE, Arrays.stream(tags).<RuleValue>map(RuleValue.Text::new).toList());
        }

        /** {@return has a value} */
        public Rule isSet() {
            return is(Operator.IS_SET);
        }

        /** {@return has no value} */
        public Rule isNotSet() {
            return is(Operator.IS_NOT_SET);
        }
    }
}
