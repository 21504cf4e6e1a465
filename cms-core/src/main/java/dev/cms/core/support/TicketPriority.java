package dev.cms.core.support;

/** How urgent a ticket is, from lowest to highest; SLA policies are set per priority. */
public enum TicketPriority {
    /** Questions and wishes. */
    LOW,
    /** The default. */
    NORMAL,
    /** Something important does not work. */
    HIGH,
    /** The customer cannot work. */
    URGENT
}
