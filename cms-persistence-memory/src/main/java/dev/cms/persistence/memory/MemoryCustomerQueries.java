package dev.cms.persistence.memory;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates rules with the core's {@link RuleEvaluator} over the stored objects, under the read lock. When the rule
 * is a static-list membership, or an "all" group with one, only that list's members are scanned (the list is a
 * sorted index of customer ids); otherwise every customer is.
 */
final class MemoryCustomerQueries implements CustomerQueries {
    private final MemoryStore store;
    private final MemoryPersistence persistence;

    MemoryCustomerQueries(MemoryStore store, MemoryPersistence persistence) {
        this.store = store;
        this.persistence = persistence;
    }

    @Override
    public List<Customer> matching(Rule rule, RuleContext context, Optional<CustomerId> after, int limit) {
        return store.read(() -> {
            RuleEvaluator evaluator = compile(rule, context);
            Facts facts = new Facts();
            List<Customer> found = new ArrayList<>();
            for (Customer customer : candidates(rule, after)) {
                if (found.size() >= limit) {
                    break;
                }
                facts.customer = customer;
                if (evaluator.matches(facts)) {
                    found.add(customer);
                }
            }
            return found;
        });
    }

    @Override
    public long count(Rule rule, RuleContext context) {
        return store.read(() -> {
            RuleEvaluator evaluator = compile(rule, context);
            Facts facts = new Facts();
            long n = 0;
            for (Customer customer : candidates(rule, Optional.empty())) {
                facts.customer = customer;
                if (evaluator.matches(facts)) {
                    n++;
                }
            }
            return n;
        });
    }

    private RuleEvaluator compile(Rule rule, RuleContext context) {
        return RuleEvaluator.compile(rule, context, FieldRegistry.of(persistence.attributeDefinitions().findAll()));
    }

    /** Customers that may match, ascending by id after {@code after}: a list's members when the rule requires one. */
    private Iterable<Customer> candidates(Rule rule, Optional<CustomerId> after) {
        Optional<StaticListId> list = requiredList(rule);
        if (list.isEmpty()) {
            return persistence.memoryCustomers().after(after);
        }
        Collection<CustomerId> ids = after.map(a -> (Collection<CustomerId>) persistence.memoryStaticLists().membersOf(list.get()).tailSet(a, false))
                .orElse(persistence.memoryStaticLists().membersOf(list.get()));
        return () -> ids.stream().map(id -> persistence.memoryCustomers().findById(id))
                .flatMap(Optional::stream).iterator();
    }

    private static Optional<StaticListId> requiredList(Rule rule) {
        if (rule instanceof Rule.InList in) {
            return Optional.of(in.list());
        }
        if (rule instanceof Rule.All all) {
            for (Rule part : all.rules()) {
                if (part instanceof Rule.InList in) {
                    return Optional.of(in.list());
                }
            }
        }
        return Optional.empty();
    }

    /** One reusable view of the current customer's facts, read straight from the indexes. */
    private final class Facts implements CustomerFacts {
        private Customer customer;

        @Override
        public Customer customer() {
            return customer;
        }

        @Override
        public Iterable<Purchase> purchases() {
            return persistence.memoryPurchases().allOf(customer.id());
        }

        @Override
        public Iterable<Interaction> interactions() {
            return persistence.memoryInteractions().allOf(customer.id());
        }

        @Override
        public Iterable<Opportunity> openOpportunities() {
            return persistence.memoryOpportunities().openOf(customer.id());
        }

        @Override
        public Optional<Pipeline> pipeline(PipelineId id) {
            return persistence.pipelines().findById(id);
        }

        @Override
        public Iterable<Ticket> openTickets() {
            return persistence.memoryTickets().openOf(customer.id());
        }

        @Override
        public Iterable<SurveyResponse> surveyResponses() {
            return persistence.memorySurveyResponses().allOf(customer.id());
        }

        @Override
        public boolean inList(StaticListId list) {
            return persistence.memoryStaticLists().isMember(list, customer.id());
        }

        @Override
        public Optional<BigDecimal> leadScore() {
            return Optional.ofNullable(persistence.memoryLeadScores().get(customer.id())).map(LeadScore::score);
        }
    }
}
