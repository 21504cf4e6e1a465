package dev.cms.testkit;

import dev.cms.core.DomainEvent;
import dev.cms.core.EventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventListener} that remembers every event it receives, for assertions. Thread-safe. */
public final class RecordingListener implements EventListener {
    private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

    /** Creates a listener that has received nothing. */
    public RecordingListener() {
    }

    @Override
    public void on(DomainEvent event) {
        events.add(event);
    }

    /** {@return every event received so far, in order} */
    public List<DomainEvent> events() {
        return List.copyOf(events);
    }

    /**
     * {@return the received events of that type, in order}
     *
     * @param type an event class
     * @param <E>  the event type
     */
    public <E extends DomainEvent> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Forgets every event received so far. */
    public void clear() {
        events.clear();
    }
}
