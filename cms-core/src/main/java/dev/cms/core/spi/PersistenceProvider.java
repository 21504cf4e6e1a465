package dev.cms.core.spi;

/**
 * What a persistence adapter gives the core: one repository per aggregate and the transaction runner that makes
 * writes across them all-or-nothing. Pass an implementation to {@code Cms.builder().persistence(...)}. An adapter is
 * correct when it passes every contract test of {@code cms-testkit}.
 */
public interface PersistenceProvider {
    /** {@return the transaction runner shared by all repositories below} */
    Transactions transactions();

    /** {@return the customer repository} */
    CustomerRepository customers();

    /** {@return the custom attribute declarations} */
    AttributeDefinitionRepository attributeDefinitions();

    /** {@return the interaction repository} */
    InteractionRepository interactions();

    /** {@return the task repository} */
    TaskRepository tasks();

    /** {@return the pipeline repository} */
    PipelineRepository pipelines();

    /** {@return the deal repository} */
    OpportunityRepository opportunities();

    /** {@return the purchase repository} */
    PurchaseRepository purchases();

    /** {@return the ticket repository} */
    TicketRepository tickets();

    /** {@return the survey response repository} */
    SurveyResponseRepository surveyResponses();

    /** {@return the saved segment repository} */
    SegmentRepository segments();

    /** {@return the static list repository} */
    StaticListRepository staticLists();

    /** {@return the lead score repository} */
    LeadScoreRepository leadScores();

    /** {@return the rule evaluation port: segment members and counts} */
    CustomerQueries customerQueries();
}
