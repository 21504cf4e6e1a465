package dev.cms.core.internal;

import dev.cms.core.ValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Shared input rules. Text must be well-formed UTF-16 without NUL or other control characters (every database we
 * target rejects some of them), instants lie in years 1 to 9999 and are kept at microsecond precision (PostgreSQL's),
 * so a value accepted by the core is storable by every adapter unchanged.
 */
public final class Checks {
    /** Earliest instant accepted: 0001-01-01T00:00:00Z. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    /** Latest instant accepted: 9999-12-31T23:59:59.999999Z. */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");

    private Checks() {
    }

    /**
     * A single-line name-like text: trimmed, non-blank, at most {@code max} characters, no control characters.
     *
     * @param path  field path for errors
     * @param value the text
     * @param max   maximum length after trimming
     * @return the trimmed text
     * @throws ValidationException if the text breaks a rule
     */
    public static String line(String path, String value, int max) {
        return checked(path, value, max, true, Character::isISOControl, "must not contain control characters");
    }

    /**
     * An identifier kept exactly as given (a user id, a cursor token): non-blank, at most {@code max} characters, no
     * control characters, well-formed UTF-16. Leading or trailing white space is refused rather than trimmed, so an
     * id never changes silently between the caller and the store.
     *
     * @param path  field path for errors
     * @param value the identifier
     * @param max   maximum length
     * @return {@code value}, unchanged
     * @throws ValidationException if the identifier breaks a rule
     */
    public static String identifier(String path, String value, int max) {
        return checked(path, value, max, false, Character::isISOControl, "must not contain control characters");
    }

    /**
     * Free text (a description, a body): may span lines (tab, CR and LF allowed), non-blank, at most {@code max}.
     *
     * @param path  field path for errors
     * @param value the text
     * @param max   maximum length
     * @return the text with surrounding white space removed
     * @throws ValidationException if the text breaks a rule
     */
    public static String text(String path, String value, int max) {
        return checked(path, value, max, true, c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t',
                "must not contain control characters other than tab and line breaks");
    }

    /**
     * The rules all text shares, in the order their violations are reported: present, not blank, at most {@code max}
     * characters, (untrimmed only) no surrounding white space, no forbidden character, well-formed UTF-16.
     *
     * @param trim whether surrounding white space is removed (names, free text) or refused (identifiers)
     */
    private static String checked(String path, String value, int max, boolean trim, java.util.function.IntPredicate forbidden,
                                  String forbiddenReason) {
        if (value == null) {
            throw ValidationException.of(path, null, "is required");
        }
        String candidate = trim ? value.strip() : value;
        if (candidate.isBlank()) {
            throw ValidationException.of(path, value, "must not be blank");
        }
        if (candidate.length() > max) {
            throw ValidationException.of(path, abbreviate(candidate), "must be at most " + max + " characters, was " + candidate.length());
        }
        if (!trim && value.strip().length() != value.length()) {
            throw ValidationException.of(path, abbreviate(value), "must not begin or end with white space");
        }
        if (candidate.chars().anyMatch(forbidden)) {
            throw ValidationException.of(path, abbreviate(candidate), forbiddenReason);
        }
        requireWellFormed(path, candidate);
        return candidate;
    }

    /**
     * @param path  field path
     * @param value optional single-line text
     * @param max   maximum length
     * @return the checked, trimmed value
     */
    public static Optional<String> optionalLine(String path, Optional<String> value, int max) {
        return requirePresent(path, value).map(v -> line(path, v, max));
    }

    /**
     * @param path  field path
     * @param value optional free text
     * @param max   maximum length
     * @return the checked, trimmed value
     */
    public static Optional<String> optionalText(String path, Optional<String> value, int max) {
        return requirePresent(path, value).map(v -> text(path, v, max));
    }

    /**
     * @param path  field path
     * @param value an instant
     * @return the instant truncated to microseconds
     * @throws ValidationException if it lies outside years 1 to 9999
     */
    public static Instant instant(String path, Instant value) {
        if (value == null) {
            throw ValidationException.of(path, null, "is required");
        }
        if (value.isBefore(MIN_INSTANT) || value.isAfter(MAX_INSTANT)) {
            throw ValidationException.of(path, value, "must lie between years 1 and 9999");
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * @param path  field path
     * @param value an optional instant
     * @return the checked instant
     */
    public static Optional<Instant> optionalInstant(String path, Optional<Instant> value) {
        return requirePresent(path, value).map(v -> instant(path, v));
    }

    /**
     * @param path  field path
     * @param value a reference that must not be null
     * @param <T>   type
     * @return the value
     * @throws ValidationException if it is null
     */
    public static <T> T present(String path, T value) {
        if (value == null) {
            throw ValidationException.of(path, null, "is required");
        }
        return value;
    }

    private static <T> Optional<T> requirePresent(String path, Optional<T> value) {
        if (value == null) {
            throw ValidationException.of(path, null, "must be an Optional, not null");
        }
        return value;
    }

    private static void requireWellFormed(String path, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw ValidationException.of(path, abbreviate(value), "must be well-formed Unicode (unpaired surrogate at index " + i + ")");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                throw ValidationException.of(path, abbreviate(value), "must be well-formed Unicode (unpaired surrogate at index " + i + ")");
            }
        }
    }

    /**
     * @param value a possibly long text
     * @return at most 80 characters of it, for error messages
     */
    public static String abbreviate(String value) {
        return value.length() <= 80 ? value : value.substring(0, 77) + "...";
    }
}
