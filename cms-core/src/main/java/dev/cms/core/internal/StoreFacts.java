package dev.cms.core.internal;

import dev.cms.core.commerce.Purchase;
import dev.cms.core.customer.Customer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.segment.CustomerFacts;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.spi.OpportunityPosition;
import dev.cms.core.spi.PersistenceProvider;
import dev.cms.core.spi.PurchasePosition;
import dev.cms.core.spi.SurveyResponsePosition;
import dev.cms.core.spi.TicketPosition;
import dev.cms.core.spi.TimelinePosition;
import dev.cms.core.support.Ticket;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One customer's facts read through the repository ports, page by page and only when a rule asks, for
 * {@code matches} and {@code explain} of a single customer.
 */
final class StoreFacts implements CustomerFacts {
    private static final int PAGE = 500;

    private final PersistenceProvider store;
    private final Customer customer;

    StoreFacts(PersistenceProvider store, Customer customer) {
        this.store = store;
        this.customer = customer;
    }

    @Override
    public Customer customer() {
        return customer;
    }

    @Override
    public Iterable<Purchase> purchases() {
        return Pages.<Purchase, PurchasePosition>all(PAGE, after -> store.purchases().byCustomer(customer.id(), Checks.MIN_INSTANT, Checks.MAX_INSTANT.plusNanos(1000),
                after, PAGE), p -> new PurchasePosition(p.details().occurredAt(), p.id()));
    }

    @Override
    public Iterable<Interaction> interactions() {
        return Pages.<Interaction, TimelinePosition>all(PAGE, after -> store.interactions().timeline(customer.id(), after, PAGE),
                i -> new TimelinePosition(i.details().occurredAt(), i.id()));
    }

    @Override
    public Iterable<Opportunity> openOpportunities() {
        return Pages.<Opportunity, OpportunityPosition>all(PAGE, after -> store.opportunities().byCustomer(customer.id(), true, after, PAGE),
                o -> new OpportunityPosition(o.createdAt(), o.id()));
    }

    @Override
    public Optional<Pipeline> pipeline(PipelineId id) {
        return store.pipelines().findById(id);
    }

    @Override
    public Iterable<Ticket> openTickets() {
        return Pages.<Ticket, TicketPosition>all(PAGE, after -> store.tickets().byCustomer(customer.id(), true, after, PAGE),
                t -> new TicketPosition(t.createdAt(), t.id()));
    }

    @Override
    public Iterable<SurveyResponse> surveyResponses() {
        return Pages.<SurveyResponse, SurveyResponsePosition>all(PAGE, after -> store.surveyResponses().byCustomer(customer.id(), after, PAGE),
                r -> new SurveyResponsePosition(r.answer().answeredAt(), r.id()));
    }

    @Override
    public boolean inList(StaticListId list) {
        return store.staticLists().contains(list, customer.id());
    }

    @Override
    public Optional<BigDecimal> leadScore() {
        return store.leadScores().find(customer.id()).map(LeadScore::score);
    }
}
