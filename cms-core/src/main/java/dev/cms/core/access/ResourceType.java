package dev.cms.core.access;

/** The kinds of data an {@link AccessPolicy} decides about. */
public enum ResourceType {
    /** Customer profiles, including custom attribute definitions. */
    CUSTOMER,
    /** The interaction timeline. */
    INTERACTION,
    /** Tasks and follow-ups. */
    TASK,
    /** Custom attribute definitions (the schema of customer profiles). */
    ATTRIBUTE_DEFINITION
}
