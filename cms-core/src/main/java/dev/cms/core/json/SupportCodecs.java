package dev.cms.core.json;

import static dev.cms.core.json.DomainCodecs.CUSTOMER_ID;
import static dev.cms.core.json.DomainCodecs.TICKET_ID;
import static dev.cms.core.json.DomainCodecs.USER_ID;
import static dev.cms.core.json.Scalars.DURATION;
import static dev.cms.core.json.Scalars.INSTANT;
import static dev.cms.core.json.Scalars.LOCAL_TIME;
import static dev.cms.core.json.Scalars.LONG;
import static dev.cms.core.json.Scalars.STRING;
import static dev.cms.core.json.Scalars.ZONE_ID;
import static dev.cms.core.json.Scalars.enumeration;

import dev.cms.core.support.BusinessHours;
import dev.cms.core.support.RoutingRule;
import dev.cms.core.support.SlaClock;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketChanged;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketOpened;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import java.time.DayOfWeek;
import java.util.Comparator;

/**
 * The JSON form of the support package: tickets, routing rules, SLA policies and clocks, and the ticket events.
 * {@code SupportQueue} and {@code SupportSettings} have none: they hold an {@code AssignmentStrategy}, which is code.
 */
final class SupportCodecs {
    static final Codec<TicketPriority> TICKET_PRIORITY = enumeration(TicketPriority.class);
    static final Codec<TicketStatus> TICKET_STATUS = enumeration(TicketStatus.class);
    static final Codec<SlaState> SLA_STATE = enumeration(SlaState.class);
    /** Days of the week by name, {@code "MONDAY"}; only inside {@link BusinessHours}, not registered for the JDK type. */
    static final Codec<DayOfWeek> DAY_OF_WEEK = enumeration(DayOfWeek.class);

    static final ObjectCodec<TicketDetails> TICKET_DETAILS = ObjectCodec.define(TicketDetails.class, s -> {
        var customer = s.required("customer", CUSTOMER_ID, TicketDetails::customer);
        var subject = s.required("subject", STRING, TicketDetails::subject);
        var description = s.optional("description", STRING, TicketDetails::description);
        var category = s.optional("category", STRING, TicketDetails::category);
        var priority = s.required("priority", TICKET_PRIORITY, TicketDetails::priority);
        return v -> new TicketDetails(v.get(customer), v.get(subject), v.get(description), v.get(category), v.get(priority));
    });

    static final ObjectCodec<TicketStatusChange> TICKET_STATUS_CHANGE = ObjectCodec.define(TicketStatusChange.class, s -> {
        var from = s.required("from", TICKET_STATUS, TicketStatusChange::from);
        var to = s.required("to", TICKET_STATUS, TicketStatusChange::to);
        var at = s.required("at", INSTANT, TicketStatusChange::at);
        var by = s.required("by", USER_ID, TicketStatusChange::by);
        var reason = s.optional("reason", STRING, TicketStatusChange::reason);
        return v -> new TicketStatusChange(v.get(from), v.get(to), v.get(at), v.get(by), v.get(reason));
    });

    static final ObjectCodec<Ticket> TICKET = ObjectCodec.define(Ticket.class, s -> {
        var id = s.required("id", TICKET_ID, Ticket::id);
        var details = s.required("details", TICKET_DETAILS, Ticket::details);
        var status = s.required("status", TICKET_STATUS, Ticket::status);
        var queue = s.optional("queue", STRING, Ticket::queue);
        var assignee = s.optional("assignee", USER_ID, Ticket::assignee);
        var createdAt = s.required("createdAt", INSTANT, Ticket::createdAt);
        var firstResponseAt = s.optional("firstResponseAt", INSTANT, Ticket::firstResponseAt);
        var resolvedAt = s.optional("resolvedAt", INSTANT, Ticket::resolvedAt);
        var history = s.list("history", TICKET_STATUS_CHANGE, Ticket::history);
        var updatedAt = s.required("updatedAt", INSTANT, Ticket::updatedAt);
        var version = s.required("version", LONG, Ticket::version);
        return v -> new Ticket(v.get(id), v.get(details), v.get(status), v.get(queue), v.get(assignee), v.get(createdAt),
                v.get(firstResponseAt), v.get(resolvedAt), v.get(history), v.get(updatedAt), v.get(version));
    });

    static final ObjectCodec<RoutingRule> ROUTING_RULE = ObjectCodec.define(RoutingRule.class, s -> {
        var category = s.optional("category", STRING, RoutingRule::category);
        var priorities = s.set("priorities", TICKET_PRIORITY, Comparator.naturalOrder(), RoutingRule::priorities);
        var keywords = s.set("keywords", STRING, Comparator.naturalOrder(), RoutingRule::keywords);
        var queue = s.required("queue", STRING, RoutingRule::queue);
        return v -> new RoutingRule(v.get(category), v.get(priorities), v.get(keywords), v.get(queue));
    });

    static final ObjectCodec<BusinessHours> BUSINESS_HOURS = ObjectCodec.define(BusinessHours.class, s -> {
        var zone = s.required("zone", ZONE_ID, BusinessHours::zone);
        var opens = s.required("opens", LOCAL_TIME, BusinessHours::opens);
        var closes = s.required("closes", LOCAL_TIME, BusinessHours::closes);
        var days = s.set("days", DAY_OF_WEEK, Comparator.naturalOrder(), BusinessHours::days);
        return v -> new BusinessHours(v.get(zone), v.get(opens), v.get(closes), v.get(days));
    });

    static final ObjectCodec<SlaPolicy> SLA_POLICY = ObjectCodec.define(SlaPolicy.class, s -> {
        var priority = s.required("priority", TICKET_PRIORITY, SlaPolicy::priority);
        var firstResponse = s.required("firstResponse", DURATION, SlaPolicy::firstResponse);
        var resolution = s.required("resolution", DURATION, SlaPolicy::resolution);
        var hours = s.optional("hours", BUSINESS_HOURS, SlaPolicy::hours);
        return v -> new SlaPolicy(v.get(priority), v.get(firstResponse), v.get(resolution), v.get(hours));
    });

    static final ObjectCodec<SlaClock> SLA_CLOCK = ObjectCodec.define(SlaClock.class, s -> {
        var due = s.required("due", INSTANT, SlaClock::due);
        var state = s.required("state", SLA_STATE, SlaClock::state);
        return v -> new SlaClock(v.get(due), v.get(state));
    });

    static final ObjectCodec<SlaStatus> SLA_STATUS = ObjectCodec.define(SlaStatus.class, s -> {
        var firstResponse = s.optional("firstResponse", SLA_CLOCK, SlaStatus::firstResponse);
        var resolution = s.optional("resolution", SLA_CLOCK, SlaStatus::resolution);
        return v -> new SlaStatus(v.get(firstResponse), v.get(resolution));
    });

    static final ObjectCodec<TicketOpened> TICKET_OPENED = ObjectCodec.define(TicketOpened.class, s -> {
        var ticket = s.required("ticket", TICKET, TicketOpened::ticket);
        var actor = s.required("actor", USER_ID, TicketOpened::actor);
        var occurredAt = s.required("occurredAt", INSTANT, TicketOpened::occurredAt);
        return v -> new TicketOpened(v.get(ticket), v.get(actor), v.get(occurredAt));
    });

    static final ObjectCodec<TicketChanged> TICKET_CHANGED = ObjectCodec.define(TicketChanged.class, s -> {
        var before = s.required("before", TICKET, TicketChanged::before);
        var after = s.required("after", TICKET, TicketChanged::after);
        var actor = s.required("actor", USER_ID, TicketChanged::actor);
        var occurredAt = s.required("occurredAt", INSTANT, TicketChanged::occurredAt);
        return v -> new TicketChanged(v.get(before), v.get(after), v.get(actor), v.get(occurredAt));
    });

    private SupportCodecs() {
    }
}
