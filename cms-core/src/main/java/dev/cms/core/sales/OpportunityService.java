package dev.cms.core.sales;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import java.util.Optional;

/**
 * Opens deals, moves them through their pipeline's stages, wins and loses them, and converts leads; obtain it with
 * {@code cms.as(principal).opportunities()}. Changes take the version the caller read ({@link ConflictException} if
 * stale); every stage move is appended to the deal's history and publishes {@link OpportunityStageChanged}.
 */
public interface OpportunityService {
    /**
     * Opens a deal in the default pipeline's first open stage; publishes {@link OpportunityCreated}.
     *
     * @param details the deal
     * @return the stored deal
     * @throws ValidationException if the customer does not exist
     */
    Opportunity create(OpportunityDetails details);

    /**
     * Opens a deal in a given open stage of a given pipeline.
     *
     * @param details  the deal
     * @param pipeline the pipeline
     * @param stage    an open stage of it
     * @return the stored deal
     * @throws ValidationException if the stage is not an open stage of the pipeline
     */
    Opportunity create(OpportunityDetails details, PipelineId pipeline, StageId stage);

    /**
     * {@return the deal}
     *
     * @param id a deal id
     * @throws NotFoundException if there is none
     */
    Opportunity get(OpportunityId id);

    /**
     * {@return the deal, or empty}
     *
     * @param id a deal id
     */
    Optional<Opportunity> find(OpportunityId id);

    /**
     * {@return the updated deal; publishes {@link OpportunityUpdated}}
     *
     * @param id              the deal
     * @param expectedVersion the version read
     * @param details         new details
     */
    Opportunity update(OpportunityId id, long expectedVersion, OpportunityDetails details);

    /**
     * {@return the deal in its new stage}
     *
     * @param id              an open deal
     * @param expectedVersion the version read
     * @param stage           another open stage of its pipeline
     * @throws ValidationException if the deal is closed, or the stage is not another open stage of its pipeline
     */
    Opportunity moveToStage(OpportunityId id, long expectedVersion, StageId stage);

    /**
     * Moves an open deal to the closed-won stage; publishes {@link OpportunityStageChanged} and
     * {@link OpportunityWon}.
     *
     * @param id              an open deal
     * @param expectedVersion the version read
     * @return the won deal
     */
    Opportunity win(OpportunityId id, long expectedVersion);

    /**
     * Wins a deal and records its purchase (its line items, or its amount, sold through
     * {@link dev.cms.core.commerce.SalesChannel#DIRECT_SALES} now) in the same transaction: both or neither.
     *
     * @param id              an open deal
     * @param expectedVersion the version read
     * @return the won deal and its purchase
     */
    WonDeal winAndRecordPurchase(OpportunityId id, long expectedVersion);

    /**
     * Moves an open deal to the closed-lost stage; publishes {@link OpportunityStageChanged} and
     * {@link OpportunityLost}.
     *
     * @param id              an open deal
     * @param expectedVersion the version read
     * @param reason          why it was lost
     * @return the lost deal
     */
    Opportunity lose(OpportunityId id, long expectedVersion, String reason);

    /**
     * {@return the deal, open again}
     *
     * @param id              a won or lost deal
     * @param expectedVersion the version read
     * @param stage           the open stage to put it back in
     */
    Opportunity reopen(OpportunityId id, long expectedVersion, StageId stage);

    /**
     * {@return the customer's deals of any status, newest first}
     *
     * @param customer a customer
     * @param page     which page
     */
    Page<Opportunity> byCustomer(CustomerId customer, PageRequest page);

    /**
     * {@return the deals currently in the stage, newest first}
     *
     * @param pipeline a pipeline
     * @param stage    one of its stages
     * @param page     which page
     */
    Page<Opportunity> inStage(PipelineId pipeline, StageId stage, PageRequest page);

    /**
     * Converts a lead in one transaction: moves it to the conversion's target stage and, as asked, creates and
     * links an organization, opens a deal and creates a follow-up task. All or nothing.
     *
     * @param lead       a customer in a funnel stage before {@link dev.cms.core.customer.LifecycleStage#CUSTOMER}
     * @param conversion what to do
     * @return everything created
     * @throws ValidationException if the customer is not a lead, or anything created is invalid
     */
    ConvertedLead convertLead(CustomerId lead, LeadConversion conversion);
}
