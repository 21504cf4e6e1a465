package dev.cms.core.internal;

import dev.cms.core.DomainEvent;
import dev.cms.core.EventListener;
import dev.cms.core.spi.Transactions;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service writes in the adapter's transaction and hands each raised event to the adapter's after-commit hook,
 * so listeners hear of a change only once the outermost transaction (the service's own, {@code Cms.inTransaction},
 * or one the application opened on the adapter) has committed, and never of a rolled-back one.
 */
public final class UnitOfWork {
    private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

    private final Transactions transactions;
    private final List<EventListener> listeners;

    /**
     * @param transactions the adapter's transaction runner
     * @param listeners    who receives committed events
     */
    public UnitOfWork(Transactions transactions, List<EventListener> listeners) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.listeners = List.copyOf(listeners);
    }

    /**
     * @param work the write
     * @param <T>  its result
     * @return the result, after commit (and after listeners ran, if this was the outermost transaction)
     */
    public <T> T write(Supplier<T> work) {
        return transactions.inTransaction(work);
    }

    /**
     * Publishes {@code event} to every listener once the current transaction commits.
     *
     * @param event the event
     * @throws IllegalStateException if called outside a transaction
     */
    public void raise(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        transactions.afterCommit(() -> deliver(event));
    }

    private void deliver(DomainEvent event) {
        for (EventListener listener : listeners) {
            try {
                listener.on(event);
            } catch (RuntimeException e) {
                LOG.error("event listener {} failed on {}; the data is committed, continuing with the other listeners",
                        listener, event.getClass().getSimpleName(), e);
            }
        }
    }
}
