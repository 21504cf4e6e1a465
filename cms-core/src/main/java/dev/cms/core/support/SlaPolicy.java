package dev.cms.core.support;

import dev.cms.core.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Service-level targets for tickets of one priority: first response within, resolution within, counted either
 * around the clock or in {@link BusinessHours}.
 *
 * @param priority      the tickets it applies to
 * @param firstResponse time allowed until the first answer
 * @param resolution    time allowed until resolution
 * @param hours         working hours the clocks run in; empty means around the clock
 */
public record SlaPolicy(TicketPriority priority, Duration firstResponse, Duration resolution, Optional<BusinessHours> hours) {
    /** Longest target a policy may set: a year (longer targets are not service levels, and would make due times slow to compute). */
    public static final Duration MAX_TARGET = Duration.ofDays(366);

    /**
     * Checks the targets: positive, resolution not shorter than first response, at most {@link #MAX_TARGET}.
     *
     * @param priority      the tickets it applies to
     * @param firstResponse time allowed until the first answer
     * @param resolution    time allowed until resolution
     * @param hours         working hours the clocks run in; empty means around the clock
     */
    public SlaPolicy {
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(hours, "hours");
        if (resolution.compareTo(MAX_TARGET) > 0) {
            throw ValidationException.of("resolution", resolution, "must be at most " + MAX_TARGET.toDays() + " days");
        }
        if (firstResponse.isNegative() || firstResponse.isZero()) {
            throw ValidationException.of("firstResponse", firstResponse, "must be positive");
        }
        if (resolution.compareTo(firstResponse) < 0) {
            throw ValidationException.of("resolution", resolution, "must not be shorter than the first-response target " + firstResponse);
        }
    }

    /**
     * {@return a policy counted around the clock}
     *
     * @param priority      tickets it applies to
     * @param firstResponse time to first answer
     * @param resolution    time to resolution
     */
    public static SlaPolicy of(TicketPriority priority, Duration firstResponse, Duration resolution) {
        return new SlaPolicy(priority, firstResponse, resolution, Optional.empty());
    }

    /**
     * {@return a copy counted in those hours}
     *
     * @param value working hours
     */
    public SlaPolicy inBusinessHours(BusinessHours value) {
        return new SlaPolicy(priority, firstResponse, resolution, Optional.of(value));
    }

    /**
     * @param start  when the clock starts
     * @param target the allowed time
     * @return when the target falls due
     */
    Instant due(Instant start, Duration target) {
        return hours.map(h -> h.plus(start, target)).orElseGet(() -> start.plus(target));
    }

    /**
     * @param from start
     * @param to   end
     * @return the time that counts against the targets between the two instants
     */
    Duration elapsed(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        return hours.map(h -> h.between(from, to)).orElseGet(() -> Duration.between(from, to));
    }
}
