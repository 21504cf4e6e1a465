package dev.cms.core.json;

import static dev.cms.core.json.CommerceCodecs.PURCHASE_SUMMARY;
import static dev.cms.core.json.DomainCodecs.CUSTOMER;
import static dev.cms.core.json.DomainCodecs.INTERACTION;
import static dev.cms.core.json.DomainCodecs.MONEY;
import static dev.cms.core.json.DomainCodecs.TASK;
import static dev.cms.core.json.FeedbackCodecs.SURVEY_RESPONSE;
import static dev.cms.core.json.SalesCodecs.OPPORTUNITY;
import static dev.cms.core.json.Scalars.INT;
import static dev.cms.core.json.SupportCodecs.SLA_STATUS;
import static dev.cms.core.json.SupportCodecs.TICKET;

import dev.cms.core.customer.CustomerView;

/** The JSON form of the customer 360 view, which draws on every feature's codecs. */
final class ViewCodecs {
    static final ObjectCodec<CustomerView.OpportunityLine> OPPORTUNITY_LINE = ObjectCodec.define(CustomerView.OpportunityLine.class, s -> {
        var opportunity = s.required("opportunity", OPPORTUNITY, CustomerView.OpportunityLine::opportunity);
        var probability = s.required("probability", INT, CustomerView.OpportunityLine::probability);
        var weighted = s.required("weighted", MONEY, CustomerView.OpportunityLine::weighted);
        return v -> new CustomerView.OpportunityLine(v.get(opportunity), v.get(probability), v.get(weighted));
    });

    static final ObjectCodec<CustomerView.TicketLine> TICKET_LINE = ObjectCodec.define(CustomerView.TicketLine.class, s -> {
        var ticket = s.required("ticket", TICKET, CustomerView.TicketLine::ticket);
        var sla = s.required("sla", SLA_STATUS, CustomerView.TicketLine::sla);
        return v -> new CustomerView.TicketLine(v.get(ticket), v.get(sla));
    });

    static final ObjectCodec<CustomerView> CUSTOMER_VIEW = ObjectCodec.define(CustomerView.class, s -> {
        var customer = s.required("customer", CUSTOMER, CustomerView::customer);
        var latestInteractions = s.list("latestInteractions", INTERACTION, CustomerView::latestInteractions);
        var openOpportunities = s.list("openOpportunities", OPPORTUNITY_LINE, CustomerView::openOpportunities);
        var openTasks = s.list("openTasks", TASK, CustomerView::openTasks);
        var openTickets = s.list("openTickets", TICKET_LINE, CustomerView::openTickets);
        var purchases = s.required("purchases", PURCHASE_SUMMARY, CustomerView::purchases);
        var latestNps = s.optional("latestNps", SURVEY_RESPONSE, CustomerView::latestNps);
        var latestCsat = s.optional("latestCsat", SURVEY_RESPONSE, CustomerView::latestCsat);
        return v -> new CustomerView(v.get(customer), v.get(latestInteractions), v.get(openOpportunities), v.get(openTasks),
                v.get(openTickets), v.get(purchases), v.get(latestNps), v.get(latestCsat));
    });

    private ViewCodecs() {
    }
}
