package dev.cms.core.customer;

/** Whether a customer is a natural person or an organization. */
public enum CustomerKind {
    /** A natural person. */
    PERSON,
    /** A company, association or other organization. */
    ORGANIZATION
}
