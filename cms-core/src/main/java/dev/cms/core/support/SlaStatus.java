package dev.cms.core.support;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A ticket's standing against its priority's {@link SlaPolicy} at an instant of the injected clock. Both clocks are
 * empty when no policy covers the ticket's priority.
 *
 * @param firstResponse the first-response target
 * @param resolution    the resolution target
 */
public record SlaStatus(Optional<SlaClock> firstResponse, Optional<SlaClock> resolution) {
    /**
     * Checks the parts are present.
     *
     * @param firstResponse the first-response target
     * @param resolution    the resolution target
     */
    public SlaStatus {
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** {@return the status of a ticket no policy covers} */
    public static SlaStatus none() {
        return new SlaStatus(Optional.empty(), Optional.empty());
    }

    /**
     * {@return the worse of the two states (breached before at risk before on track before met), if any policy applies}
     */
    public Optional<SlaState> overall() {
        return Stream.of(firstResponse, resolution).flatMap(Optional::stream).map(SlaClock::state)
                .max((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
    }
}
