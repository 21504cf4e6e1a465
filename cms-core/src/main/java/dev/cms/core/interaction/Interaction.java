package dev.cms.core.interaction;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;

/**
 * One entry on a customer's timeline: a call, an e-mail, a meeting, a note... An append-only fact: once logged it is
 * not edited.
 *
 * @param id       the interaction's id
 * @param customer whose timeline it belongs to
 * @param details  what happened
 * @param loggedBy the user who logged it
 * @param loggedAt when it was logged
 */
public record Interaction(InteractionId id, CustomerId customer, InteractionDetails details, UserId loggedBy,
                          Instant loggedAt) {
    /**
     * Checks the parts.
     *
     * @param id       the interaction's id
     * @param customer whose timeline it belongs to
     * @param details  what happened
     * @param loggedBy the user who logged it
     * @param loggedAt when it was logged
     */
    public Interaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(loggedBy, "loggedBy");
        loggedAt = Checks.instant("loggedAt", loggedAt);
    }

    /** {@return when it happened} */
    public Instant occurredAt() {
        return details.occurredAt();
    }

    /** {@return how it happened} */
    public Channel channel() {
        return details.channel();
    }

    /** {@return who started it} */
    public Direction direction() {
        return details.direction();
    }
}
