package dev.cms.persistence.memory;

import dev.cms.core.ConflictException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.SurveyResponseRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Survey responses by id, per customer, and per customer and survey type, most recently answered first. */
final class MemorySurveyResponses implements SurveyResponseRepository {
    private final MemoryStore store;
    private final Map<SurveyResponseId, SurveyResponse> byId = new HashMap<>();
    private final SortedIndex<CustomerId, SurveyResponse> byCustomer = new SortedIndex<>(SortKey.DESCENDING);
    private final SortedIndex<String, SurveyResponse> byCustomerAndType = new SortedIndex<>(SortKey.DESCENDING);

    MemorySurveyResponses(MemoryStore store) {
        this.store = store;
    }

    @Override
    public void insert(SurveyResponse response) {
        store.write(() -> {
            if (byId.containsKey(response.id())) {
                throw new ConflictException(ConflictException.Reason.CONCURRENT_MODIFICATION, "survey response " + response.id() + " already exists");
            }
            SortKey key = new SortKey(response.answer().answeredAt(), response.id().value());
            String typed = typed(response.answer().customer(), response.answer().type());
            byId.put(response.id(), response);
            byCustomer.put(response.answer().customer(), key, response);
            byCustomerAndType.put(typed, key, response);
            return () -> {
                byId.remove(response.id());
                byCustomer.remove(response.answer().customer(), key);
                byCustomerAndType.remove(typed, key);
            };
        });
    }

    @Override
    public Optional<SurveyResponse> findById(SurveyResponseId id) {
        return store.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<SurveyResponse> byCustomer(CustomerId customer, Optional<SurveyResponsePosition> after, int limit) {
        return store.read(() -> byCustomer.page(customer, after.map(p -> new SortKey(p.answeredAt(), p.id().value())), limit));
    }

    @Override
    public Optional<SurveyResponse> latest(CustomerId customer, SurveyType type) {
        return store.read(() -> byCustomerAndType.page(typed(customer, type), Optional.empty(), 1).stream().findFirst());
    }

    private static String typed(CustomerId customer, SurveyType type) {
        return customer + "/" + type;
    }

    /** Under the store's lock: the customer's survey responses, newest first. */
    java.util.Collection<SurveyResponse> allOf(CustomerId customer) {
        return byCustomer.all(customer);
    }
}
