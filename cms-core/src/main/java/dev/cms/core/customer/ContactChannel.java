package dev.cms.core.customer;

/** A channel through which a customer can be contacted, and for which consent is recorded. */
public enum ContactChannel {
    /** E-mail. */
    EMAIL,
    /** Text messages. */
    SMS,
    /** Telephone calls. */
    PHONE,
    /** Letters. */
    POST
}
