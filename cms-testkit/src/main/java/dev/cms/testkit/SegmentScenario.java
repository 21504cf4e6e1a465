package dev.cms.testkit;

import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Rule;
import dev.cms.core.support.TicketStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One try of {@link SegmentModelProperties}: a business time zone and the instant rules are evaluated at, the data to
 * store through the public API (customers, their related facts, memberships of the two static lists
 * {@link RuleArbitraries#LISTS}, lead scores), the rules of the two saved segments {@link RuleArbitraries#SEGMENTS},
 * and the rules to check. Rules name lists and segments by those placeholder ids; {@link RuleArbitraries#bind} puts in
 * the ids the store gave. Facts name their customer by index into {@link #customers()} (modulo its size).
 *
 * @param zone       the {@code Cms} zone
 * @param now        when the rules are evaluated
 * @param customers  the customers, created in this order
 * @param facts      purchases, interactions, deals, tickets and survey answers, recorded in this order
 * @param savedRules the rules of the two saved segments; the second may refer to the first
 * @param rules      the rules whose members, count and matches are checked
 * @param pageSize   the page size members are read with
 */
public record SegmentScenario(ZoneId zone, Instant now, List<CustomerPlan> customers, List<FactPlan> facts,
                              List<Rule> savedRules, List<Rule> rules, int pageSize) {
    /**
     * Copies the lists.
     *
     * @param zone       the {@code Cms} zone
     * @param now        when the rules are evaluated
     * @param customers  the customers, created in this order
     * @param facts      related facts, recorded in this order
     * @param savedRules the rules of the two saved segments
     * @param rules      the rules to check
     * @param pageSize   the page size members are read with
     */
    public SegmentScenario {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(now, "now");
        customers = List.copyOf(customers);
        facts = List.copyOf(facts);
        savedRules = List.copyOf(savedRules);
        rules = List.copyOf(rules);
    }

    /**
     * A customer to create.
     *
     * @param profile   the profile, with values for some of {@link RuleArbitraries#ATTRIBUTES}
     * @param createdAt where the clock stands when it is created
     * @param touchedAt if present, where the clock stands when a tag is added to it afterwards
     * @param leadScore if present, the lead score stored for it
     * @param lists     which of the two static lists it is added to (0, 1)
     */
    public record CustomerPlan(CustomerProfile profile, Instant createdAt, Optional<Instant> touchedAt,
                               Optional<BigDecimal> leadScore, Set<Integer> lists) {
        /**
         * Copies the set.
         *
         * @param profile   the profile
         * @param createdAt creation instant
         * @param touchedAt instant of a later update
         * @param leadScore stored lead score
         * @param lists     which lists it is in
         */
        public CustomerPlan {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(touchedAt, "touchedAt");
            Objects.requireNonNull(leadScore, "leadScore");
            lists = Set.copyOf(lists);
        }
    }

    /** A fact about one customer, named by index. */
    public sealed interface FactPlan permits PurchasePlan, InteractionPlan, DealPlan, TicketPlan, SurveyPlan {
        /** {@return the index of the customer (modulo the number of customers)} */
        int customer();
    }

    /** How much of a purchase is refunded after it is recorded. */
    public enum Refund {
        /** Nothing. */
        NONE,
        /** One unit of the currency (1.00 EUR, 1 JPY), if the total is more than that. */
        PARTIAL,
        /** All of it, if the total is more than zero. */
        FULL
    }

    /**
     * A purchase.
     *
     * @param customer   the buyer's index
     * @param occurredAt when it was bought
     * @param total      what was paid
     * @param refund     what is refunded afterwards
     */
    public record PurchasePlan(int customer, Instant occurredAt, Money total, Refund refund) implements FactPlan {
    }

    /**
     * An interaction.
     *
     * @param customer   the customer's index
     * @param channel    how
     * @param occurredAt when
     */
    public record InteractionPlan(int customer, Channel channel, Instant occurredAt) implements FactPlan {
    }

    /** Where a deal ends up. */
    public enum DealEnd {
        /** Open in the default pipeline's first stage, Qualification (10 %). */
        QUALIFICATION,
        /** Open, moved to the stage Proposal (50 %). */
        PROPOSAL,
        /** Won. */
        WON,
        /** Lost. */
        LOST
    }

    /**
     * A deal in the default pipeline.
     *
     * @param customer    the customer's index
     * @param amount      its amount
     * @param probability its own probability, overriding the stage's
     * @param end         where it ends up
     */
    public record DealPlan(int customer, Money amount, Optional<Integer> probability, DealEnd end) implements FactPlan {
    }

    /**
     * A ticket, opened and then moved once unless the status is {@link TicketStatus#NEW}.
     *
     * @param customer the customer's index
     * @param status   its final status
     */
    public record TicketPlan(int customer, TicketStatus status) implements FactPlan {
    }

    /**
     * A survey answer.
     *
     * @param customer   the customer's index
     * @param type       which survey
     * @param score      the score, valid for the type
     * @param answeredAt when
     */
    public record SurveyPlan(int customer, SurveyType type, int score, Instant answeredAt) implements FactPlan {
    }
}
