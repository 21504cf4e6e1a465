package dev.cms.testkit;

import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.StaticListId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A test's own record of what it stored through the public API, as plain data: the customers as the services returned
 * them, and for each related fact only what segmentation rules look at. {@link ReferenceRuleEvaluator} evaluates rules
 * over it. Nothing here is read back from the store, so a store that loses or changes a fact disagrees with it.
 */
public final class ReferenceWorld {
    private final Map<CustomerId, Customer> customers = new TreeMap<>(
            (a, b) -> ReferenceModel.UNSIGNED.compare(a.value(), b.value()));
    private final List<AttributeDefinition> attributes = new ArrayList<>();
    private final List<PurchaseFact> purchases = new ArrayList<>();
    private final List<InteractionFact> interactions = new ArrayList<>();
    private final List<DealFact> deals = new ArrayList<>();
    private final List<TicketFact> tickets = new ArrayList<>();
    private final List<SurveyFact> surveys = new ArrayList<>();
    private final Map<StaticListId, Set<CustomerId>> lists = new LinkedHashMap<>();
    private final Map<CustomerId, BigDecimal> leadScores = new LinkedHashMap<>();
    private final Map<SegmentId, Rule> segments = new LinkedHashMap<>();

    /** Creates an empty record. */
    public ReferenceWorld() {
    }

    /**
     * A purchase as rules see it.
     *
     * @param customer   the buyer
     * @param occurredAt when it was bought
     * @param total      what was paid
     * @param refunded   how much of it was refunded so far (zero in the total's currency if nothing)
     */
    public record PurchaseFact(CustomerId customer, Instant occurredAt, Money total, Money refunded) {
        /**
         * Requires every part.
         *
         * @param customer   the buyer
         * @param occurredAt when it was bought
         * @param total      what was paid
         * @param refunded   how much of it was refunded so far
         */
        public PurchaseFact {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(refunded, "refunded");
        }
    }

    /**
     * An interaction as rules see it.
     *
     * @param customer   with whom
     * @param channel    how
     * @param occurredAt when it happened
     */
    public record InteractionFact(CustomerId customer, Channel channel, Instant occurredAt) {
        /**
         * Requires every part.
         *
         * @param customer   with whom
         * @param channel    how
         * @param occurredAt when it happened
         */
        public InteractionFact {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }
    }

    /**
     * A deal as rules see it.
     *
     * @param customer    with whom
     * @param amount      its amount
     * @param probability the percentage that weighs it: the deal's own, else its stage's
     * @param open        whether it is still open (neither won nor lost)
     */
    public record DealFact(CustomerId customer, Money amount, int probability, boolean open) {
        /**
         * Requires every part.
         *
         * @param customer    with whom
         * @param amount      its amount
         * @param probability the percentage that weighs it
         * @param open        whether it is still open
         */
        public DealFact {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A ticket as rules see it.
     *
     * @param customer who raised it
     * @param open     whether it is new, open or pending
     */
    public record TicketFact(CustomerId customer, boolean open) {
        /**
         * Requires the customer.
         *
         * @param customer who raised it
         * @param open     whether it is new, open or pending
         */
        public TicketFact {
            Objects.requireNonNull(customer, "customer");
        }
    }

    /**
     * A survey answer as rules see it.
     *
     * @param customer   who answered
     * @param type       which survey
     * @param score      the score
     * @param answeredAt when
     * @param id         the stored response's id (breaks ties between answers at the same instant)
     */
    public record SurveyFact(CustomerId customer, SurveyType type, int score, Instant answeredAt, UUID id) {
        /**
         * Requires every part.
         *
         * @param customer   who answered
         * @param type       which survey
         * @param score      the score
         * @param answeredAt when
         * @param id         the stored response's id
         */
        public SurveyFact {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(answeredAt, "answeredAt");
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Records a customer as the service returned it after a create or an update.
     *
     * @param customer the stored customer
     */
    public void customer(Customer customer) {
        customers.put(customer.id(), customer);
    }

    /**
     * Records a declared custom attribute.
     *
     * @param definition the declaration
     */
    public void attribute(AttributeDefinition definition) {
        attributes.add(definition);
    }

    /**
     * Records a purchase; a refund replaces the earlier record of the same purchase (same index).
     *
     * @param fact the purchase
     * @return its index, for {@link #refunded}
     */
    public int purchase(PurchaseFact fact) {
        purchases.add(fact);
        return purchases.size() - 1;
    }

    /**
     * Records that a purchase has been refunded up to a new total.
     *
     * @param index    what {@link #purchase} returned
     * @param refunded everything refunded so far
     */
    public void refunded(int index, Money refunded) {
        PurchaseFact p = purchases.get(index);
        purchases.set(index, new PurchaseFact(p.customer(), p.occurredAt(), p.total(), refunded));
    }

    /**
     * Records an interaction.
     *
     * @param fact the interaction
     */
    public void interaction(InteractionFact fact) {
        interactions.add(fact);
    }

    /**
     * Records a deal in its final state.
     *
     * @param fact the deal
     */
    public void deal(DealFact fact) {
        deals.add(fact);
    }

    /**
     * Records a ticket in its final state.
     *
     * @param fact the ticket
     */
    public void ticket(TicketFact fact) {
        tickets.add(fact);
    }

    /**
     * Records a survey answer.
     *
     * @param fact the answer
     */
    public void survey(SurveyFact fact) {
        surveys.add(fact);
    }

    /**
     * Records a new, empty static list.
     *
     * @param list its id
     */
    public void list(StaticListId list) {
        lists.put(list, new TreeSet<>((a, b) -> ReferenceModel.UNSIGNED.compare(a.value(), b.value())));
    }

    /**
     * Records customers added to a list.
     *
     * @param list      the list
     * @param customers the customers added
     */
    public void addToList(StaticListId list, Collection<CustomerId> customers) {
        lists.get(list).addAll(customers);
    }

    /**
     * Records customers removed from a list.
     *
     * @param list      the list
     * @param customers the customers removed
     */
    public void removeFromList(StaticListId list, Collection<CustomerId> customers) {
        lists.get(list).removeAll(customers);
    }

    /**
     * Records a customer's latest lead score.
     *
     * @param customer the customer
     * @param score    the score
     */
    public void leadScore(CustomerId customer, BigDecimal score) {
        leadScores.put(customer, score);
    }

    /**
     * Records a saved segment's rule.
     *
     * @param segment the segment
     * @param rule    its rule as saved
     */
    public void segment(SegmentId segment, Rule rule) {
        segments.put(segment, rule);
    }

    /** {@return every customer, ascending by id in unsigned order} */
    public List<Customer> customers() {
        return List.copyOf(customers.values());
    }

    /** {@return the declared custom attributes, in order of declaration} */
    public List<AttributeDefinition> attributes() {
        return Collections.unmodifiableList(attributes);
    }

    /** {@return every purchase} */
    public List<PurchaseFact> purchases() {
        return Collections.unmodifiableList(purchases);
    }

    /** {@return every interaction} */
    public List<InteractionFact> interactions() {
        return Collections.unmodifiableList(interactions);
    }

    /** {@return every deal} */
    public List<DealFact> deals() {
        return Collections.unmodifiableList(deals);
    }

    /** {@return every ticket} */
    public List<TicketFact> tickets() {
        return Collections.unmodifiableList(tickets);
    }

    /** {@return every survey answer} */
    public List<SurveyFact> surveys() {
        return Collections.unmodifiableList(surveys);
    }

    /**
     * {@return whether the customer is in the list}
     *
     * @param list     a recorded list
     * @param customer a customer
     */
    public boolean inList(StaticListId list, CustomerId customer) {
        return lists.getOrDefault(list, Set.of()).contains(customer);
    }

    /**
     * {@return the customer's latest lead score, or empty}
     *
     * @param customer a customer
     */
    public Optional<BigDecimal> leadScore(CustomerId customer) {
        return Optional.ofNullable(leadScores.get(customer));
    }

    /**
     * {@return a saved segment's rule}
     *
     * @param segment a recorded segment
     * @throws IllegalArgumentException if it was not recorded
     */
    public Rule segmentRule(SegmentId segment) {
        Rule rule = segments.get(segment);
        if (rule == null) {
            throw new IllegalArgumentException("no segment " + segment + " was recorded");
        }
        return rule;
    }

    @Override
    public String toString() {
        return customers.size() + " customers, " + purchases.size() + " purchases, " + interactions.size()
                + " interactions, " + deals.size() + " deals, " + tickets.size() + " tickets, " + surveys.size()
                + " survey answers, lists " + lists + ", lead scores " + leadScores + ", segments " + segments.keySet();
    }
}
