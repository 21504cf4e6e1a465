package dev.cms.core.segment;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A segment was created or its definition changed.
 *
 * @param segment the segment as saved
 * @param actor      who did it
 * @param occurredAt when
 */
public record SegmentSaved(Segment segment, UserId actor, Instant occurredAt) implements DomainEvent {
}
