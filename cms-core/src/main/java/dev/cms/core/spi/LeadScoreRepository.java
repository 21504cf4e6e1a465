package dev.cms.core.spi;

import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.LeadScore;
import java.util.Optional;

/** Stores each customer's latest lead score, which rules filter on as the {@code leadScore} field. */
public interface LeadScoreRepository {
    /**
     * Stores a score, replacing the customer's previous one.
     *
     * @param score the score of an existing customer
     */
    void save(LeadScore score);

    /**
     * {@return the customer's latest score, or empty}
     *
     * @param customer a customer
     */
    Optional<LeadScore> find(CustomerId customer);
}
