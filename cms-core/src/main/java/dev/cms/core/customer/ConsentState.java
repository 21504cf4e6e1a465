package dev.cms.core.customer;

/** Whether a customer agreed to be contacted on a channel. */
public enum ConsentState {
    /** Agreed (opt-in). */
    GRANTED,
    /** Refused or withdrew (opt-out). */
    DENIED,
    /** Never asked, or not known. */
    UNKNOWN
}
