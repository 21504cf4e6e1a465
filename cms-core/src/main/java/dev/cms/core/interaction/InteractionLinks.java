package dev.cms.core.interaction;

import dev.cms.core.sales.OpportunityId;
import dev.cms.core.support.TicketId;
import dev.cms.core.task.TaskId;
import java.util.Objects;
import java.util.Optional;

/**
 * What an interaction relates to besides its customer, by id: a deal, a ticket, a task.
 *
 * @param opportunity the deal it was about
 * @param ticket      the support ticket it answered
 * @param task        the task it carried out
 */
public record InteractionLinks(Optional<OpportunityId> opportunity, Optional<TicketId> ticket, Optional<TaskId> task) {
    private static final InteractionLinks NONE = new InteractionLinks(Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the parts are present.
     *
     * @param opportunity the deal it was about
     * @param ticket      the support ticket it answered
     * @param task        the task it carried out
     */
    public InteractionLinks {
        Objects.requireNonNull(opportunity, "opportunity");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(task, "task");
    }

    /** {@return links to nothing} */
    public static InteractionLinks none() {
        return NONE;
    }
}
