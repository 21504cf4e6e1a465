package dev.cms.core.sales;

/** Whether a deal is still being worked on, won or lost. */
public enum OpportunityStatus {
    /** In an open stage. */
    OPEN,
    /** In the closed-won stage. */
    WON,
    /** In the closed-lost stage, with a reason. */
    LOST
}
