package dev.cms.core.commerce;

/** Where a purchase was made. */
public enum SalesChannel {
    /** A web shop or app. */
    ONLINE,
    /** A physical store. */
    STORE,
    /** Ordered by telephone. */
    PHONE,
    /** A third-party marketplace. */
    MARKETPLACE,
    /** Closed by the sales team (a won deal). */
    DIRECT_SALES,
    /** Anything else. */
    OTHER
}
