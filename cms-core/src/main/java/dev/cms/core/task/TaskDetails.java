package dev.cms.core.task;

import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.support.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a task asks for, who does it and by when: everything about a task that users edit. Its status is changed
 * separately, through the legal moves of {@link TaskStatus}.
 *
 * @param title       a one-line title, at most 200 characters
 * @param description details, at most 10,000 characters
 * @param due         when it must be done
 * @param priority    urgency
 * @param assignee    who does it
 * @param links       the customer, deal or ticket it concerns
 * @param remindAt    when to remind the assignee; not after {@code due}
 */
public record TaskDetails(String title, Optional<String> description, Optional<Instant> due, Priority priority,
                          Optional<UserId> assignee, TaskLinks links, Optional<Instant> remindAt) {
    /**
     * Checks every part.
     *
     * @param title       a one-line title, at most 200 characters
     * @param description details, at most 10,000 characters
     * @param due         when it must be done
     * @param priority    urgency
     * @param assignee    who does it
     * @param links       the customer, deal or ticket it concerns
     * @param remindAt    when to remind the assignee; not after {@code due}
     * @throws ValidationException listing every problem
     */
    public TaskDetails {
        Violations v = new Violations();
        title = v.line("title", title, 200);
        description = v.optionalText("description", description, 10_000);
        due = v.optionalInstant("due", due);
        v.require(priority != null, "priority", null, "is required");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(links, "links");
        remindAt = v.optionalInstant("remindAt", remindAt);
        if (due != null && remindAt != null && due.isPresent() && remindAt.isPresent()) {
            v.require(!remindAt.get().isAfter(due.get()), "remindAt", remindAt.get(), "must not be after the due time " + due.get());
        }
        v.throwIfAny();
    }

    /**
     * {@return details with normal priority and nothing else set}
     *
     * @param title what to do
     */
    public static TaskDetails titled(String title) {
        return new TaskDetails(title, Optional.empty(), Optional.empty(), Priority.NORMAL, Optional.empty(),
                TaskLinks.none(), Optional.empty());
    }

    /**
     * {@return a copy with the description}
     *
     * @param text details
     */
    public TaskDetails withDescription(String text) {
        return new TaskDetails(title, Optional.of(text), due, priority, assignee, links, remindAt);
    }

    /**
     * {@return a copy with the due time}
     *
     * @param at deadline
     */
    public TaskDetails dueAt(Instant at) {
        return new TaskDetails(title, description, Optional.of(at), priority, assignee, links, remindAt);
    }

    /**
     * {@return a copy with the priority}
     *
     * @param value urgency
     */
    public TaskDetails withPriority(Priority value) {
        return new TaskDetails(title, description, due, value, assignee, links, remindAt);
    }

    /**
     * {@return a copy with the assignee}
     *
     * @param user who does it
     */
    public TaskDetails assignedTo(UserId user) {
        return new TaskDetails(title, description, due, priority, Optional.of(user), links, remindAt);
    }

    /** {@return a copy with nobody assigned} */
    public TaskDetails unassigned() {
        return new TaskDetails(title, description, due, priority, Optional.empty(), links, remindAt);
    }

    /**
     * {@return a copy linked to the customer}
     *
     * @param customer the customer it concerns
     */
    public TaskDetails about(CustomerId customer) {
        return new TaskDetails(title, description, due, priority, assignee,
                new TaskLinks(Optional.of(customer), links.opportunity(), links.ticket()), remindAt);
    }

    /**
     * {@return a copy linked to the deal}
     *
     * @param opportunity the deal it advances
     */
    public TaskDetails about(OpportunityId opportunity) {
        return new TaskDetails(title, description, due, priority, assignee,
                new TaskLinks(links.customer(), Optional.of(opportunity), links.ticket()), remindAt);
    }

    /**
     * {@return a copy linked to the ticket}
     *
     * @param ticket the ticket it resolves
     */
    public TaskDetails about(TicketId ticket) {
        return new TaskDetails(title, description, due, priority, assignee,
                new TaskLinks(links.customer(), links.opportunity(), Optional.of(ticket)), remindAt);
    }

    /**
     * {@return a copy with the reminder}
     *
     * @param at when to remind the assignee
     */
    public TaskDetails remindAt(Instant at) {
        return new TaskDetails(title, description, due, priority, assignee, links, Optional.of(at));
    }
}
