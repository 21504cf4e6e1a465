package dev.cms.persistence.memory;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.spi.LeadScoreRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The latest lead score per customer. */
final class MemoryLeadScores implements LeadScoreRepository {
    private final MemoryStore store;
    private final Map<CustomerId, LeadScore> byCustomer = new HashMap<>();

    MemoryLeadScores(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void save(LeadScore score) {
        store.write(() -> {
            LeadScore previous = byCustomer.put(score.customer(), score);
            return () -> {
                if (previous == null) {
                    byCustomer.remove(score.customer());
                } else {
                    byCustomer.put(score.customer(), previous);
                }
            };
        });
    }

    @Override
    public Optional<LeadScore> find(CustomerId customer) {
        return store.read(() -> Optional.ofNullable(byCustomer.get(customer)));
    }

    /** Under the store's lock. */
    LeadScore get(CustomerId customer) {
        return byCustomer.get(customer);
    }
}
