package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.TimelinePosition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Interactions by id, and each customer's timeline sorted newest first. */
final class MemoryInteractions implements InteractionRepository {
    private final MemoryStore store;
    private final Map<InteractionId, Interaction> byId = new HashMap<>();
    private final SortedIndex<CustomerId, Interaction> timelines = new SortedIndex<>(SortKey.DESCENDING);

    MemoryInteractions(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Interaction interaction) {
        store.write(() -> {
            if (byId.containsKey(interaction.id())) {
                throw new ConflictException(ConflictException.Reason.CONCURRENT_MODIFICATION,
                        "interaction " + interaction.id() + " already exists");
            }
            SortKey key = key(interaction);
            byId.put(interaction.id(), interaction);
            timelines.put(interaction.customer(), key, interaction);
            return () -> {
                byId.remove(interaction.id());
                timelines.remove(interaction.customer(), key);
            };
        });
    }

    @Override
    public Optional<Interaction> findById(InteractionId id) {
        return store.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Interaction> timeline(CustomerId customer, Optional<TimelinePosition> after, int limit) {
        return store.read(() -> timelines.page(customer,
                after.map(p -> new SortKey(p.occurredAt(), p.id().value())), limit));
    }

    private static SortKey key(Interaction interaction) {
        return new SortKey(interaction.occurredAt(), interaction.id().value());
    }

    /** Under the store's lock: the customer's interactions, newest first. */
    java.util.Collection<Interaction> allOf(CustomerId customer) {
        return timelines.all(customer);
    }
}
