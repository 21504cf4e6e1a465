package dev.cms.core.support;

/** How a ticket stands against one SLA target at an instant. */
public enum SlaState {
    /** Done by the due time (at the due time at the latest). */
    MET,
    /** Running, with more than the at-risk share of the allowed time left. */
    ON_TRACK,
    /** Running, with at most the at-risk share of the allowed time left (a clock standing exactly at its due time
     * is still at risk: breached means past it). */
    AT_RISK,
    /** Past the due time (still running, or done late). */
    BREACHED
}
