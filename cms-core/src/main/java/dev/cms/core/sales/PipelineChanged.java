package dev.cms.core.sales;

import dev.cms.core.DomainEvent;
import dev.cms.core.access.UserId;
import java.time.Instant;

/**
 * A pipeline was created, or its name or stages changed.
 *
 * @param pipeline the pipeline as it is now
 * @param actor       who did it
 * @param occurredAt  when
 */
public record PipelineChanged(Pipeline pipeline, UserId actor, Instant occurredAt) implements DomainEvent {
}
