package dev.cms.core;

/**
 * Receives {@link DomainEvent}s after commit, on the thread that committed, in the order they were raised. A listener
 * that throws is logged and skipped: the data is already committed, so the caller is not told of the failure.
 */
@FunctionalInterface
public interface EventListener {
    /**
     * Handles one event, after the transaction that raised it has committed.
     *
     * @param event a committed event
     */
    void on(DomainEvent event);
}
