package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent a customer gave or refused for one channel: the state, when it was recorded and where it came from
 * (a form, a call, an import). A granted or denied consent must say when; an unknown one has no time or source.
 *
 * @param state      granted, denied or unknown
 * @param recordedAt when the customer expressed it
 * @param source     where it came from, such as {@code "signup-form"}
 */
public record Consent(ConsentState state, Optional<Instant> recordedAt, Optional<String> source) {
    private static final Consent UNKNOWN = new Consent(ConsentState.UNKNOWN, Optional.empty(), Optional.empty());

    /**
     * Checks that granted and denied consents carry a time, and unknown ones carry nothing.
     *
     * @param state      granted, denied or unknown
     * @param recordedAt when the customer expressed it
     * @param source     where it came from, such as {@code "signup-form"}
     */
    public Consent {
        Objects.requireNonNull(state, "state");
        recordedAt = Checks.optionalInstant("recordedAt", recordedAt);
        source = Checks.optionalLine("source", source, 100);
        if (state == ConsentState.UNKNOWN && (recordedAt.isPresent() || source.isPresent())) {
            throw ValidationException.of("state", state, "an unknown consent has no time or source");
        }
        if (state != ConsentState.UNKNOWN && recordedAt.isEmpty()) {
            throw ValidationException.of("recordedAt", null, "is required for a " + state.name().toLowerCase(java.util.Locale.ROOT) + " consent");
        }
    }

    /**
     * {@return a granted consent}
     *
     * @param at     when the customer agreed
     * @param source where
     */
    public static Consent granted(Instant at, String source) {
        return new Consent(ConsentState.GRANTED, Optional.of(at), Optional.of(source));
    }

    /**
     * {@return a denied consent}
     *
     * @param at     when the customer refused
     * @param source where
     */
    public static Consent denied(Instant at, String source) {
        return new Consent(ConsentState.DENIED, Optional.of(at), Optional.of(source));
    }

    /** {@return the consent of a channel nobody asked about} */
    public static Consent unknown() {
        return UNKNOWN;
    }
}
