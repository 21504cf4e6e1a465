package dev.cms.core.task;

/** How urgent a task is, from lowest to highest. */
public enum Priority {
    /** Whenever there is time. */
    LOW,
    /** The default. */
    NORMAL,
    /** Before normal work. */
    HIGH,
    /** Drop everything. */
    URGENT
}
