package dev.cms.core.customer;

import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import dev.cms.core.task.Task;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an agent or a sales rep needs on one screen, read with a fixed number of store queries (one per
 * section, however many items it holds): see {@link CustomerService#view}.
 *
 * @param customer            the profile
 * @param latestInteractions  the newest interactions, newest first
 * @param openOpportunities   open deals with their probability and weighted value, newest first
 * @param openTasks           open and in-progress tasks, newest first
 * @param openTickets         open tickets with their SLA status now, newest first
 * @param purchases           the order-history summary
 * @param latestNps           the latest NPS answer
 * @param latestCsat          the latest CSAT answer
 */
public record CustomerView(Customer customer, List<Interaction> latestInteractions, List<OpportunityLine> openOpportunities,
                           List<Task> openTasks, List<TicketLine> openTickets, PurchaseSummary purchases,
                           Optional<SurveyResponse> latestNps, Optional<SurveyResponse> latestCsat) {
    /**
     * Copies the lists.
     *
     * @param customer            the profile
     * @param latestInteractions  the newest interactions, newest first
     * @param openOpportunities   open deals with their probability and weighted value, newest first
     * @param openTasks           open and in-progress tasks, newest first
     * @param openTickets         open tickets with their SLA status now, newest first
     * @param purchases           the order-history summary
     * @param latestNps           the latest NPS answer
     * @param latestCsat          the latest CSAT answer
     */
    public CustomerView {
        Objects.requireNonNull(customer, "customer");
        latestInteractions = List.copyOf(latestInteractions);
        openOpportunities = List.copyOf(openOpportunities);
        openTasks = List.copyOf(openTasks);
        openTickets = List.copyOf(openTickets);
        Objects.requireNonNull(purchases, "purchases");
        Objects.requireNonNull(latestNps, "latestNps");
        Objects.requireNonNull(latestCsat, "latestCsat");
    }

    /**
     * An open deal as the 360 view shows it.
     *
     * @param opportunity the deal
     * @param probability its win probability in percent (override or stage default)
     * @param weighted    amount × probability
     */
    public record OpportunityLine(Opportunity opportunity, int probability, Money weighted) {
        /**
         * Checks the parts are present.
         *
         * @param opportunity the deal
         * @param probability its win probability in percent (override or stage default)
         * @param weighted    amount × probability
         */
        public OpportunityLine {
            Objects.requireNonNull(opportunity, "opportunity");
            Objects.requireNonNull(weighted, "weighted");
        }
    }

    /**
     * An open ticket as the 360 view shows it.
     *
     * @param ticket the ticket
     * @param sla    its SLA status when the view was read
     */
    public record TicketLine(Ticket ticket, SlaStatus sla) {
        /**
         * Checks the parts are present.
         *
         * @param ticket the ticket
         * @param sla    its SLA status when the view was read
         */
        public TicketLine {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(sla, "sla");
        }
    }
}
