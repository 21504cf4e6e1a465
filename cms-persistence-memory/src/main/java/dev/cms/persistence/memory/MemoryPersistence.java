package dev.cms.persistence.memory;

import dev.cms.core.spi.AttributeDefinitionRepository;
import dev.cms.core.spi.CustomerQueries;
import dev.cms.core.spi.LeadScoreRepository;
import dev.cms.core.spi.SegmentRepository;
import dev.cms.core.spi.StaticListRepository;
import dev.cms.core.spi.CustomerRepository;
import dev.cms.core.spi.InteractionRepository;
import dev.cms.core.spi.OpportunityRepository;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.spi.PipelineRepository;
import dev.cms.core.spi.PurchaseRepository;
import dev.cms.core.spi.SurveyResponseRepository;
import dev.cms.core.spi.TaskRepository;
import dev.cms.core.spi.TicketRepository;
import dev.cms.core.spi.Transactions;

/**
 * Keeps everything in memory: fast, thread-safe and transactional, with nothing to set up. The default store for
 * tests, demos and prototypes; data is lost when the JVM exits.
 *
 * <pre>{@code
 * Cms cms = Cms.builder().persistence(new MemoryPersistence()).build();
 * }</pre>
 */
public final class MemoryPersistence implements PersistenceProvider {
    private final MemoryStore store = new MemoryStore();
    private final MemoryCustomers customers = new MemoryCustomers(store);
    private final MemoryAttributeDefinitions attributeDefinitions = new MemoryAttributeDefinitions(store);
    private final MemoryInteractions interactions = new MemoryInteractions(store);
    private final MemoryTasks tasks = new MemoryTasks(store);
    private final MemoryPipelines pipelines = new MemoryPipelines(store);
    private final MemoryOpportunities opportunities = new MemoryOpportunities(store);
    private final MemoryPurchases purchases = new MemoryPurchases(store);
    private final MemoryTickets tickets = new MemoryTickets(store);
    private final MemorySurveyResponses surveyResponses = new MemorySurveyResponses(store);
    private final MemorySegments segments = new MemorySegments(store);
    private final MemoryStaticLists staticLists = new MemoryStaticLists(store);
    private final MemoryLeadScores leadScores = new MemoryLeadScores(store);
    private final MemoryCustomerQueries customerQueries = new MemoryCustomerQueries(store, this);

    /** Creates an empty store. */
    public MemoryPersistence() {
    }

    @Override
    public Transactions transactions() {
        return store;
    }

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public AttributeDefinitionRepository attributeDefinitions() {
        return attributeDefinitions;
    }

    @Override
    public InteractionRepository interactions() {
        return interactions;
    }

    @Override
    public TaskRepository tasks() {
        return tasks;
    }

    @Override
    public PipelineRepository pipelines() {
        return pipelines;
    }

    @Override
    public OpportunityRepository opportunities() {
        return opportunities;
    }

    @Override
    public PurchaseRepository purchases() {
        return purchases;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
        return surveyResponses;
    }

    @Override
    public SegmentRepository segments() {
        return segments;
    }

    @Override
    public StaticListRepository staticLists() {
        return staticLists;
    }

    @Override
    public LeadScoreRepository leadScores() {
        return leadScores;
    }

    @Override
    public CustomerQueries customerQueries() {
        return customerQueries;
    }

    MemoryCustomers memoryCustomers() {
        return customers;
    }

    MemoryPurchases memoryPurchases() {
        return purchases;
    }

    MemoryInteractions memoryInteractions() {
        return interactions;
    }

    MemoryOpportunities memoryOpportunities() {
        return opportunities;
    }

    MemoryTickets memoryTickets() {
        return tickets;
    }

    MemorySurveyResponses memorySurveyResponses() {
        return surveyResponses;
    }

    MemoryStaticLists memoryStaticLists() {
        return staticLists;
    }

    MemoryLeadScores memoryLeadScores() {
        return leadScores;
    }
}
