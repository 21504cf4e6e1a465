package dev.cms.persistence.memory;

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
import java.util.Optional;

/** Deals by id, with newest-first indexes per customer, per customer of open deals, and per pipeline stage. */
final class MemoryOpportunities implements OpportunityRepository {
    private final MemoryStore store;
    private final Rows<OpportunityId, Opportunity> rows;
    private final SortedIndex<CustomerId, Opportunity> byCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<CustomerId, Opportunity> openByCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<StageKey, Opportunity> byStage = new SortedIndex<>(SortKey.DESCENDING);

    MemoryOpportunities(MemoryStore store) {
        this.store = store;
        this.rows = new Rows<>(store, "opportunity", new HashMap<>(), Opportunity::id, Opportunity::version, this::reindex);
    }

    @Override
    public void insert(Opportunity deal) {
        rows.insert(deal, Rows::noCheck);
    }

    @Override
    public void update(Opportunity deal) {
        rows.update(deal, Rows::noCheck);
    }

    @Override
    public Optional<Opportunity> findById(OpportunityId id) {
        return rows.find(id);
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

    private void reindex(Opportunity old, Opportunity now) {
        if (old != null) {
            SortKey key = key(old);
            byCustomer.remove(old.details().customer(), key);
            openByCustomer.remove(old.details().customer(), key);
            byStage.remove(new StageKey(old.pipeline(), old.stage()), key);
        }
        if (now != null) {
            SortKey key = key(now);
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

    /** Under the store's lock: the customer's open deals, newest first. */
    java.util.Collection<Opportunity> openOf(CustomerId customer) {
        return openByCustomer.all(customer);
    }
}
