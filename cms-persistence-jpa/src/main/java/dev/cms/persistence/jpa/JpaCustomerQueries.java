package dev.cms.persistence.jpa;

import dev.cms.core.commerce.Purchase;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.segment.CustomerFacts;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleEvaluator;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.spi.CustomerQueries;
import dev.cms.core.support.Ticket;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CustomerQueries} for now without push-down: it pages through the customers in id order inside one
 * transaction and evaluates the rule with the core's {@link RuleEvaluator}, reading each customer's related facts
 * through the repositories only when the rule asks for them. Correct (the reference semantics) but linear in the
 * number of customers; translating rules into one SQL query is the next step of this adapter.
 */
final class JpaCustomerQueries implements CustomerQueries {
    private static final int PAGE = 200;
    private static final Instant BEGINNING = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant AFTER_THE_END = Instant.parse("+10000-01-01T00:00:00Z");

    private final JpaPersistence store;
    private final JpaTransactions tx;

    JpaCustomerQueries(JpaPersistence store, JpaTransactions tx) {
        this.store = store;
        this.tx = tx;
    }

    @Override
    public List<Customer> matching(Rule rule, RuleContext context, Optional<CustomerId> after, int limit) {
        return tx.inTransaction(() -> {
            RuleEvaluator evaluator = compile(rule, context);
            Facts facts = new Facts();
            List<Customer> found = new ArrayList<>();
            Optional<CustomerId> position = after;
            while (found.size() < limit) {
                List<Customer> page = store.customers().list(position, PAGE);
                for (Customer customer : page) {
                    facts.customer = customer;
                    if (found.size() < limit && evaluator.matches(facts)) {
                        found.add(customer);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                position = Optional.of(page.get(page.size() - 1).id());
                forgetLoadedRows();
            }
            return found;
        });
    }

    @Override
    public long count(Rule rule, RuleContext context) {
        return tx.inTransaction(() -> {
            RuleEvaluator evaluator = compile(rule, context);
            Facts facts = new Facts();
            long n = 0;
            Optional<CustomerId> position = Optional.empty();
            while (true) {
                List<Customer> page = store.customers().list(position, PAGE);
                for (Customer customer : page) {
                    facts.customer = customer;
                    if (evaluator.matches(facts)) {
                        n++;
                    }
                }
                if (page.size() < PAGE) {
                    return n;
                }
                position = Optional.of(page.get(page.size() - 1).id());
                forgetLoadedRows();
            }
        });
    }

    private RuleEvaluator compile(Rule rule, RuleContext context) {
        return RuleEvaluator.compile(rule, context, FieldRegistry.of(store.attributeDefinitions().findAll()));
    }

    /** Keeps the persistence context small while scanning: written rows are flushed first, none is lost. */
    private void forgetLoadedRows() {
        tx.read(em -> {
            em.flush();
            em.clear();
            return null;
        });
    }

    /** The current customer's facts, each read on first use through the repositories. */
    private final class Facts implements CustomerFacts {
        private final Map<PipelineId, Optional<Pipeline>> pipelines = new HashMap<>();
        private Customer customer;

        @Override
        public Customer customer() {
            return customer;
        }

        @Override
        public Iterable<Purchase> purchases() {
            return store.purchases().byCustomer(customer.id(), BEGINNING, AFTER_THE_END, Optional.empty(), Integer.MAX_VALUE);
        }

        @Override
        public Iterable<Interaction> interactions() {
            return store.interactions().timeline(customer.id(), Optional.empty(), Integer.MAX_VALUE);
        }

        @Override
        public Iterable<Opportunity> openOpportunities() {
            return store.opportunities().byCustomer(customer.id(), true, Optional.empty(), Integer.MAX_VALUE);
        }

        @Override
        public Optional<Pipeline> pipeline(PipelineId id) {
            return pipelines.computeIfAbsent(id, p -> store.pipelines().findById(p));
        }

        @Override
        public Iterable<Ticket> openTickets() {
            return store.tickets().byCustomer(customer.id(), true, Optional.empty(), Integer.MAX_VALUE);
        }

        @Override
        public Iterable<SurveyResponse> surveyResponses() {
            return store.surveyResponses().byCustomer(customer.id(), Optional.empty(), Integer.MAX_VALUE);
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
}
