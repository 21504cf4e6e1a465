package dev.cms.core.support;

/** How a ticket stands against one SLA target at an instant. */
public enum SlaState {
    /** Done before the due time. */
    MET,
    /** Running, with more than the at-risk share of the allowed time left. */
    ON_TRACK,
    /** Running, with at most the at-risk share of the allowed time left. */
    AT_RISK,
    /** Past the due time (still running, or done late). */
    BREACHED
}
