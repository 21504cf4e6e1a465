package dev.cms.core.interaction;

/** Who started an interaction. */
public enum Direction {
    /** The customer reached us. */
    INBOUND,
    /** We reached the customer. */
    OUTBOUND,
    /** Among ourselves, such as a note. */
    INTERNAL
}
