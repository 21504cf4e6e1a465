package dev.cms.core.segment;

import dev.cms.core.NotFoundException;
import dev.cms.core.ValidationException;
import dev.cms.core.customer.CustomerId;
import java.util.Optional;

/**
 * Scores customers with a {@link LeadScoringModel} and stores the latest score, which rules then filter on as the
 * {@code leadScore} field. Obtain it from {@code cms.as(principal).leadScoring()}.
 */
public interface LeadScoringService {
    /**
     * {@return the customer's score card under the model, computed now and not stored}
     *
     * @param model    the model
     * @param customer a customer
     * @throws ValidationException if a rule of the model is not valid for the current fields
     * @throws NotFoundException   if the customer does not exist
     */
    ScoreCard explain(LeadScoringModel model, CustomerId customer);

    /**
     * Computes and stores the customer's score.
     *
     * @param model    the model
     * @param customer a customer
     * @return the score card
     * @throws NotFoundException if the customer does not exist
     */
    ScoreCard rescore(LeadScoringModel model, CustomerId customer);

    /**
     * Computes and stores the score of every customer matching {@code population} (everyone when empty), page by page,
     * one transaction per page, and moves qualified customers whose stage is one of the model's promotable stages on
     * to the next funnel stage.
     *
     * @param model      the model
     * @param population who to score; empty for everyone
     * @return how many were scored, qualified and promoted
     */
    ScoringRun rescoreAll(LeadScoringModel model, Optional<Rule> population);

    /**
     * {@return the customer's stored score, or empty if never scored}
     *
     * @param customer a customer
     */
    Optional<LeadScore> find(CustomerId customer);
}
