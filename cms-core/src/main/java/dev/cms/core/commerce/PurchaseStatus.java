package dev.cms.core.commerce;

/** Whether a purchase stands, or was (partly) refunded. */
public enum PurchaseStatus {
    /** Paid and kept. */
    COMPLETED,
    /** Part of the total was refunded. */
    PARTIALLY_REFUNDED,
    /** The whole total was refunded. */
    REFUNDED
}
