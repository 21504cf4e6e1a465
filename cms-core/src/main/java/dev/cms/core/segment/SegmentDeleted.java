package dev.cms.core.segment;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A segment was deleted.
 *
 * @param segment the deleted segment
 * @param actor      who did it
 * @param occurredAt when
 */
public record SegmentDeleted(SegmentId segment, UserId actor, Instant occurredAt) implements DomainEvent {
}
