package dev.cms.core.internal;

import dev.cms.core.DomainEvent;
import dev.cms.core.EventListener;
import dev.cms.core.spi.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs service writes in the adapter's transaction and collects the events they raise; the outermost call publishes
 * them after the adapter has committed. A transaction that throws, in the work or in the commit, publishes nothing.
 */
public final class UnitOfWork {
    private static final Logger LOG = LoggerFactory.getLogger(UnitOfWork.class);

    private final Transactions transactions;
    private final List<EventListener> listeners;
    private final ThreadLocal<List<DomainEvent>> pending = new ThreadLocal<>();

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
     * @return the result, after commit and after listeners ran
     */
    public <T> T write(Supplier<T> work) {
        if (pending.get() != null) {
            return transactions.inTransaction(work);
        }
        List<DomainEvent> events = new ArrayList<>();
        pending.set(events);
        T result;
        try {
            result = transactions.inTransaction(work);
        } finally {
            pending.remove();
        }
        publish(events);
        return result;
    }

    /**
     * Records an event to publish when the current transaction commits.
     *
     * @param event the event
     * @throws IllegalStateException if called outside {@link #write}
     */
    public void raise(DomainEvent event) {
        List<DomainEvent> events = pending.get();
        if (events == null) {
            throw new IllegalStateException("events can only be raised inside a write");
        }
        events.add(event);
    }

    private void publish(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            for (EventListener listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    LOG.error("event listener {} failed on {}; the data is committed, continuing", listener, event.getClass().getSimpleName(), e);
                }
            }
        }
    }
}
