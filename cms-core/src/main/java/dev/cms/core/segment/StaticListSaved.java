package dev.cms.core.segment;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A static list was created or renamed.
 *
 * @param list the list as saved
 * @param actor      who did it
 * @param occurredAt when
 */
public record StaticListSaved(StaticList list, UserId actor, Instant occurredAt) implements DomainEvent {
}
