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
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Evaluates rules with the core's {@link RuleEvaluator} over the stored objects, under the read lock. The customers
 * scanned are the {@link IndexedCandidates} of the rule: those the field indexes and static lists leave possible, in
 * id order. When those are exactly the members (every leaf answered by an index), the rule is not evaluated at all;
 * otherwise it is evaluated on each candidate, or on every customer when no leaf has an index.
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
            List<Customer> found = new ArrayList<>();
            if (limit > 0) {
                scan(rule, context, after, customer -> {
                    found.add(customer);
                    return found.size() < limit;
                });
            }
            return found;
        });
    }

    @Override
    public long count(Rule rule, RuleContext context) {
        return store.read(() -> {
            long[] n = {0};
            scan(rule, context, Optional.empty(), customer -> {
                n[0]++;
                return true;
            });
            return n[0];
        });
    }

    /**
     * Hands the members with ids greater than {@code after} to {@code sink} in id order, until it returns false.
     * Under the read lock.
     */
    private void scan(Rule rule, RuleContext context, Optional<CustomerId> after, Predicate<Customer> sink) {
        RuleEvaluator evaluator = RuleEvaluator.compile(rule, context,
                FieldRegistry.of(persistence.attributeDefinitions().findAll()));
        CustomerSnapshot snapshot = persistence.memoryCustomers().snapshot();
        Customer[] customers = snapshot.customers();
        int from = snapshot.firstAfter(after);
        Optional<IndexedCandidates.Candidates> narrowed = IndexedCandidates.of(rule, snapshot,
                persistence.memoryStaticLists()::membersOf);
        BitSet positions = narrowed.map(IndexedCandidates.Candidates::positions).orElseGet(() -> {
            BitSet everyone = new BitSet(customers.length);
            everyone.set(0, customers.length);
            return everyone;
        });
        boolean exact = narrowed.map(IndexedCandidates.Candidates::exact).orElse(false);
        Facts facts = new Facts();
        for (int i = positions.nextSetBit(from); i >= 0; i = positions.nextSetBit(i + 1)) {
            facts.customer = customers[i];
            if ((exact || evaluator.matches(facts)) && !sink.test(customers[i])) {
                return;
            }
        }
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
