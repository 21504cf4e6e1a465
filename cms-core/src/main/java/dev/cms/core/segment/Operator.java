package dev.cms.core.segment;

import java.util.Locale;
import java.util.Optional;

/**
 * How a condition compares a field or metric with its values. Which operators a field allows depends on its
 * {@link ValueType}. Each operator has a stable JSON name ({@link #jsonName()}).
 *
 * <p>Every condition is either true or false, never unknown. A positive operator is true when <em>some</em> value of
 * the field satisfies it (fields such as {@code email} or {@code country} may hold several values, one per contact
 * point); a field with no value satisfies no positive operator. Each negative operator ({@link #NOT_EQUALS},
 * {@link #NOT_IN}, {@link #NOT_CONTAINS}, {@link #HAS_NONE}) is exactly the negation of its positive twin, so it is
 * true for a field with no value.
 *
 * <p>Text operators ignore case by lower-casing both sides with {@code String.toLowerCase(Locale.ROOT)}, the whole
 * string at once: {@code ß} stays {@code ß} (it never equals {@code ss}), and {@code İ} becomes {@code i} followed by a
 * combining dot (so {@code İlker} equals {@code İLKER} but not {@code ilker}). Tags are compared exactly.
 */
public enum Operator {
    /** Equal to the value (text ignoring case). */
    EQUALS("eq", Arity.ONE),
    /** Not {@link #EQUALS}. */
    NOT_EQUALS("neq", Arity.ONE),
    /** Less than the value. */
    LESS_THAN("lt", Arity.ONE),
    /** Less than or equal to the value. */
    LESS_OR_EQUAL("lte", Arity.ONE),
    /** Greater than the value. */
    GREATER_THAN("gt", Arity.ONE),
    /** Greater than or equal to the value. */
    GREATER_OR_EQUAL("gte", Arity.ONE),
    /** Between the two values, both included; the first must not be greater than the second. */
    BETWEEN("between", Arity.TWO),
    /** Equal to one of the values. */
    IN("in", Arity.MANY),
    /** Not {@link #IN}. */
    NOT_IN("not_in", Arity.MANY),
    /** Has a value. */
    IS_SET("is_set", Arity.NONE),
    /** Has no value. */
    IS_NOT_SET("is_not_set", Arity.NONE),
    /** Contains the text, ignoring case. */
    CONTAINS("contains", Arity.ONE),
    /** Not {@link #CONTAINS}. */
    NOT_CONTAINS("not_contains", Arity.ONE),
    /** Starts with the text, ignoring case. */
    STARTS_WITH("starts_with", Arity.ONE),
    /** Ends with the text, ignoring case. */
    ENDS_WITH("ends_with", Arity.ONE),
    /** On a calendar date before the value. */
    BEFORE("before", Arity.ONE),
    /** On a calendar date after the value. */
    AFTER("after", Arity.ONE),
    /** On the value's calendar date. */
    ON("on", Arity.ONE),
    /** On a date from today minus the span to today, both included. */
    WITHIN_LAST("within_last", Arity.ONE),
    /** On a date before today minus the span. */
    MORE_THAN_AGO("more_than_ago", Arity.ONE),
    /** On a date from today to today plus the span, both included (for anniversaries: the next one). */
    WITHIN_NEXT("within_next", Arity.ONE),
    /** Has at least one of the tags. */
    HAS_ANY("has_any", Arity.MANY),
    /** Has every one of the tags. */
    HAS_ALL("has_all", Arity.MANY),
    /** Not {@link #HAS_ANY}. */
    HAS_NONE("has_none", Arity.MANY);

    /** How many values an operator takes. */
    public enum Arity {
        /** No value. */
        NONE,
        /** Exactly one value. */
        ONE,
        /** Exactly two values: lower and upper bound. */
        TWO,
        /** One value or more. */
        MANY
    }

    private final String jsonName;
    private final Arity arity;

    Operator(String jsonName, Arity arity) {
        this.jsonName = jsonName;
        this.arity = arity;
    }

    /** {@return the name used in the JSON form, such as {@code "not_in"}} */
    public String jsonName() {
        return jsonName;
    }

    /** {@return how many values the operator takes} */
    public Arity arity() {
        return arity;
    }

    /** {@return whether the operator measures from today with a {@link RuleValue.Span}} */
    public boolean isRelative() {
        return this == WITHIN_LAST || this == MORE_THAN_AGO || this == WITHIN_NEXT;
    }

    /** {@return whether the operator is the negation of another one} */
    public boolean isNegative() {
        return this == NOT_EQUALS || this == NOT_IN || this == NOT_CONTAINS || this == HAS_NONE;
    }

    /** {@return for a negative operator, the operator it negates; else this operator} */
    public Operator positive() {
        return switch (this) {
            case NOT_EQUALS -> EQUALS;
            case NOT_IN -> IN;
            case NOT_CONTAINS -> CONTAINS;
            case HAS_NONE -> HAS_ANY;
            default -> this;
        };
    }

    /**
     * {@return the operator with this JSON name, or empty}
     *
     * @param name a JSON name such as {@code "gte"}; case matters
     */
    public static Optional<Operator> fromJsonName(String name) {
        for (Operator operator : values()) {
            if (operator.jsonName.equals(name)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return jsonName.toLowerCase(Locale.ROOT);
    }
}
