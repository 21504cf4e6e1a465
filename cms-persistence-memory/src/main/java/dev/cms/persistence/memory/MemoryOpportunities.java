package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.StageId;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.OpportunityRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Deals by id, with newest-first indexes per customer, per customer of open deals, and per pipeline stage. */
final class MemoryOpportunities implements OpportunityRepository {
    private final MemoryStore store;
    private final Map<OpportunityId, Opportunity> byId = new HashMap<>();
    private final SortedIndex<CustomerId, Opportunity> byCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<CustomerId, Opportunity> openByCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<StageKey, Opportunity> byStage = new SortedIndex<>(SortKey.DESCENDING);

    MemoryOpportunities(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(Opportunity deal) {
        store.write(() -> {
            if (byId.containsKey(deal.id())) {
                throw new ConflictException(ConflictException.Reason.CONCURRENT_MODIFICATION, "opportunity " + deal.id() + " already exists");
            }
            replace(null, deal);
            return () -> replace(deal, null);
        });
    }

    @Override
    public void update(Opportunity deal) {
        store.write(() -> {
            Opportunity stored = byId.get(deal.id());
            if (stored == null) {
                throw new NotFoundException("opportunity", deal.id().toString());
            }
            if (stored.version() != deal.version() - 1) {
                throw ConflictException.staleVersion("opportunity", deal.id(), deal.version() - 1, stored.version());
            }
            replace(stored, deal);
            return () -> replace(deal, stored);
        });
    }

    @Override
    public Optional<Opportunity> findById(OpportunityId id) {
        return store.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Opportunity> byCustomer(CustomerId customer, boolean openOnly, Optional<OpportunityPosition> after, int limit) {
        SortedIndex<CustomerId, Opportunity> index = openOnly ? openByCustomer : byCustomer;
        return store.read(() -> index.page(customer, after.map(p -> new SortKey(p.createdAt(), p.id().value())), limit));
    }

    @Override
    public List<Opportunity> inStage(PipelineId pipeline, StageId stage, Optional<OpportunityPosition> after, int limit) {
        return store.read(() -> byStage.page(new StageKey(pipeline, stage),
                after.map(p -> new SortKey(p.createdAt(), p.id().value())), limit));
    }

    private void replace(Opportunity old, Opportunity now) {
        if (old != null) {
            SortKey key = key(old);
            byId.remove(old.id());
            byCustomer.remove(old.details().customer(), key);
            openByCustomer.remove(old.details().customer(), key);
            byStage.remove(new StageKey(old.pipeline(), old.stage()), key);
        }
        if (now != null) {
            SortKey key = key(now);
            byId.put(now.id(), now);
            byCustomer.put(now.details().customer(), key, now);
            if (now.status() == OpportunityStatus.OPEN) {
                openByCustomer.put(now.details().customer(), key, now);
            }
            byStage.put(new StageKey(now.pipeline(), now.stage()), key, now);
        }
    }

    private static SortKey key(Opportunity deal) {
        return new SortKey(deal.createdAt(), deal.id().value());
    }

    /** Stage ids need only be unique within their pipeline, so the stage index is keyed by both. */
    private record StageKey(PipelineId pipeline, StageId stage) {
    }
}
