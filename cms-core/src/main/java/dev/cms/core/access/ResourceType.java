package dev.cms.core.access;

/** The kinds of data an {@link AccessPolicy} decides about. */
public enum ResourceType {
    /** Customer profiles. */
    CUSTOMER,
    /** The interaction timeline. */
    INTERACTION,
    /** Tasks and follow-ups. */
    TASK,
    /** Custom attribute definitions (the schema of customer profiles). */
    ATTRIBUTE_DEFINITION,
    /** Sales pipelines and their stages. */
    PIPELINE,
    /** Deals. */
    OPPORTUNITY,
    /** Purchases (order history). */
    PURCHASE,
    /** Support tickets. */
    TICKET,
    /** Survey answers (NPS, CSAT, CES). */
    FEEDBACK,
    /** Saved segments (rules). */
    SEGMENT,
    /** Static lists and their memberships. */
    LIST,
    /** Lead scoring models and scores. */
    LEAD_SCORE
}
