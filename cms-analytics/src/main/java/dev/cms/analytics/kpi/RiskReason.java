package dev.cms.analytics.kpi;

/** Why a customer is on the at-risk list ({@link AtRiskRule}). */
public enum RiskReason {
    /** Health below the threshold. */
    LOW_HEALTH,
    /** Health fell by at least the threshold since the previous window. */
    FALLING_HEALTH,
    /** The fitted model gives a probability of being alive below the threshold. */
    LOW_PROBABILITY_ALIVE
}
