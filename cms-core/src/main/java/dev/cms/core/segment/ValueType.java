package dev.cms.core.segment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The type of a {@link FieldDefinition field}: it fixes which {@link Operator}s a condition on the field may use and
 * which {@link RuleValue}s they take.
 */
public enum ValueType {
    /** Text compared ignoring case (both sides lower-cased, see {@link Operator}); values are {@link RuleValue.Text}. */
    TEXT(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN, Operator.CONTAINS,
            Operator.NOT_CONTAINS, Operator.STARTS_WITH, Operator.ENDS_WITH, Operator.IS_SET, Operator.IS_NOT_SET)),
    /** A decimal number; values are {@link RuleValue.Number}. */
    NUMBER(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS_THAN, Operator.LESS_OR_EQUAL,
            Operator.GREATER_THAN, Operator.GREATER_OR_EQUAL, Operator.BETWEEN, Operator.IN, Operator.NOT_IN,
            Operator.IS_SET, Operator.IS_NOT_SET)),
    /** True or false; values are {@link RuleValue.Bool}. */
    BOOLEAN(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IS_SET, Operator.IS_NOT_SET)),
    /** A calendar date; values are {@link RuleValue.Date} or, for relative operators, {@link RuleValue.Span}. */
    DATE(dateOperators()),
    /**
     * An instant, compared by its calendar date in the rule's time zone ({@link RuleContext#zone()}); values as for
     * {@link #DATE}.
     */
    TIMESTAMP(dateOperators()),
    /** A set of tags compared exactly (case matters, as in the profile); values are {@link RuleValue.Text}. */
    TAGS(EnumSet.of(Operator.HAS_ANY, Operator.HAS_ALL, Operator.HAS_NONE, Operator.IS_SET, Operator.IS_NOT_SET)),
    /**
     * An amount of money; values are {@link RuleValue.Amount}. An amount in another currency never compares equal,
     * less or greater.
     */
    MONEY(EnumSet.of(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS_THAN, Operator.LESS_OR_EQUAL,
            Operator.GREATER_THAN, Operator.GREATER_OR_EQUAL, Operator.BETWEEN, Operator.IS_SET, Operator.IS_NOT_SET)),
    /** A yearly date such as a birthday: only "within the next N days/weeks/months" and set/not set. */
    ANNIVERSARY(EnumSet.of(Operator.WITHIN_NEXT, Operator.IS_SET, Operator.IS_NOT_SET));

    private final Set<Operator> operators;

    ValueType(Set<Operator> operators) {
        this.operators = Collections.unmodifiableSet(operators);
    }

    private static EnumSet<Operator> dateOperators() {
        return EnumSet.of(Operator.BEFORE, Operator.AFTER, Operator.ON, Operator.BETWEEN, Operator.WITHIN_LAST,
                Operator.MORE_THAN_AGO, Operator.WITHIN_NEXT, Operator.IS_SET, Operator.IS_NOT_SET);
    }

    /** {@return the operators a condition on a field of this type may use} */
    public Set<Operator> operators() {
        return operators;
    }

    /**
     * {@return the kind of value {@code operator} takes on a field of this type}
     *
     * @param operator one of {@link #operators()}
     */
    public Class<? extends RuleValue> valueKind(Operator operator) {
        return switch (this) {
            case TEXT, TAGS -> RuleValue.Text.class;
            case NUMBER -> RuleValue.Number.class;
            case BOOLEAN -> RuleValue.Bool.class;
            case MONEY -> RuleValue.Amount.class;
            case ANNIVERSARY -> RuleValue.Span.class;
            case DATE, TIMESTAMP -> operator.isRelative() ? RuleValue.Span.class : RuleValue.Date.class;
        };
    }
}
