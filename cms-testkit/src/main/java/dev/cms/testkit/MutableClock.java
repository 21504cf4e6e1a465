package dev.cms.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} that tests move by hand, so time-dependent behaviour (overdue tasks, timestamps, ordering) is
 * deterministic. Thread-safe.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * {@return a UTC clock standing at {@code start}}
     *
     * @param start the initial instant
     */
    public static MutableClock at(Instant start) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
    }

    /**
     * {@return a UTC clock standing there}
     *
     * @param text an ISO-8601 instant such as {@code 2026-01-15T09:00:00Z}
     */
    public static MutableClock at(String text) {
        return at(Instant.parse(text));
    }

    /**
     * {@return the new instant}
     *
     * @param amount how far to move forward
     */
    public Instant advance(Duration amount) {
        return now.updateAndGet(i -> i.plus(amount));
    }

    /**
     * Moves the clock to an instant, forward or back.
     *
     * @param instant where to stand now
     */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
