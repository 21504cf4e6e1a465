package dev.cms.core.segment;

import dev.cms.core.commerce.Purchase;
import dev.cms.core.customer.Customer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.support.Ticket;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What {@link RuleEvaluator} reads about one customer: the customer and the related facts metrics are computed
 * from. An adapter that evaluates rules in memory implements it over its own storage; each method is called only
 * when a rule needs it, so an implementation may load lazily.
 */
public interface CustomerFacts {
    /** {@return the customer} */
    Customer customer();

    /** {@return the customer's purchases, in any order} */
    Iterable<Purchase> purchases();

    /** {@return the customer's interactions, in any order} */
    Iterable<Interaction> interactions();

    /** {@return the customer's open deals, in any order} */
    Iterable<Opportunity> openOpportunities();

    /**
     * {@return a pipeline, for the stage probabilities of open deals}
     *
     * @param id the pipeline's id
     */
    Optional<Pipeline> pipeline(PipelineId id);

    /** {@return the customer's tickets that are new, open or pending, in any order} */
    Iterable<Ticket> openTickets();

    /** {@return the customer's survey responses, in any order} */
    Iterable<SurveyResponse> surveyResponses();

    /**
     * {@return whether the customer is a member of the static list}
     *
     * @param list a list id
     */
    boolean inList(StaticListId list);

    /** {@return the customer's latest lead score, or empty if never scored} */
    Optional<BigDecimal> leadScore();
}
