package dev.cms.core.spi;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.StageId;
import java.util.List;
import java.util.Optional;

/** Stores deals with their stage history. Orders are createdAt descending, then id descending (unsigned). */
public interface OpportunityRepository {
    /**
     * Stores a new deal.
     *
     * @param opportunity a new deal
     * @throws ConflictException with {@link ConflictException.Reason#CONCURRENT_MODIFICATION} if the id exists
     */
    void insert(Opportunity opportunity);

    /**
     * Replaces a stored deal with its next version.
     *
     * @param opportunity the next version
     * @throws NotFoundException if it does not exist
     * @throws ConflictException with {@link ConflictException.Reason#STALE_VERSION} unless the stored version is
     *                           {@code opportunity.version() - 1}
     */
    void update(Opportunity opportunity);

    /**
     * {@return the deal, or empty}
     *
     * @param id a deal id
     */
    Optional<Opportunity> findById(OpportunityId id);

    /**
     * {@return the customer's deals, newest first, strictly after {@code after}}
     *
     * @param customer a customer
     * @param openOnly whether to return only open deals
     * @param after    position of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<Opportunity> byCustomer(CustomerId customer, boolean openOnly, Optional<OpportunityPosition> after, int limit);

    /**
     * {@return the deals currently in the stage, newest first, strictly after {@code after}}
     *
     * @param pipeline a pipeline
     * @param stage    a stage of it
     * @param after    position of the last item of the previous page
     * @param limit    maximum number to return
     */
    List<Opportunity> inStage(PipelineId pipeline, StageId stage, Optional<OpportunityPosition> after, int limit);
}
