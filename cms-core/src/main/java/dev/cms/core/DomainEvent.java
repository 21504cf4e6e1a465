package dev.cms.core;

import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * Something that happened in the domain, published to every {@link EventListener} after the transaction that caused
 * it has committed, and never for a transaction that rolled back. Each feature package defines its own events
 * ({@code CustomerCreated}, {@code InteractionLogged}, {@code TaskCompleted}...).
 */
public interface DomainEvent {
    /** {@return when it happened, from the {@link Cms}'s clock} */
    Instant occurredAt();

    /** {@return the user on whose behalf it happened} */
    UserId actor();
}
