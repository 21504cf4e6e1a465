package dev.cms.core.sales;

/** Whether a pipeline stage holds deals still being worked on, or closes them. */
public enum StageKind {
    /** The deal is being worked on. */
    OPEN,
    /** The closed-won stage: the deal was won. */
    WON,
    /** The closed-lost stage: the deal was lost. */
    LOST
}
