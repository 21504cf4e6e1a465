package dev.cms.core.internal;

import dev.cms.core.spi.IdSource;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/** RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds from the clock, then 74 random bits. */
public final class TimeOrderedIds implements IdSource {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param clock time source */
    public TimeOrderedIds(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public UUID nextId() {
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
