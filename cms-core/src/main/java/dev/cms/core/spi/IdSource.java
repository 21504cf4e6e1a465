package dev.cms.core.spi;

import dev.cms.core.internal.TimeOrderedIds;
import java.time.Clock;
import java.util.UUID;

/**
 * Hands out the UUIDs behind new typed ids. The default, {@link #timeOrdered(Clock)}, makes version 7 UUIDs, which
 * sort roughly by creation time and so keep database indexes compact. Tests may supply a deterministic source.
 */
@FunctionalInterface
public interface IdSource {
    /** {@return a UUID never handed out before} */
    UUID nextId();

    /**
     * {@return a source of RFC 9562 version 7 UUIDs}
     *
     * @param clock time source for the timestamp part
     */
    static IdSource timeOrdered(Clock clock) {
        return new TimeOrderedIds(clock);
    }
}
