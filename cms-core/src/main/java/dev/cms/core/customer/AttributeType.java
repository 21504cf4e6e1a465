package dev.cms.core.customer;

/** The type of a custom attribute, which fixes the kind of {@link AttributeValue} it accepts. */
public enum AttributeType {
    /** Single-line text ({@link AttributeValue.Text}). */
    TEXT,
    /** A decimal number ({@link AttributeValue.Number}). */
    NUMBER,
    /** Yes or no ({@link AttributeValue.Bool}). */
    BOOLEAN,
    /** A calendar date ({@link AttributeValue.Date}). */
    DATE,
    /** An amount of money ({@link AttributeValue.MoneyValue}). */
    MONEY,
    /** One of a declared list of options ({@link AttributeValue.Choice}). */
    ENUMERATION
}
