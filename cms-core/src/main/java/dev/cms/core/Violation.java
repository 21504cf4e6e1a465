package dev.cms.core;

import java.util.Objects;

/**
 * One rejected input: where it is ({@code path}, e.g. {@code emails[1].address}), what was given (rendered as text, or
 * {@code "<absent>"}) and why it was rejected.
 *
 * @param path          dotted field path with list indexes, never blank
 * @param rejectedValue the offending value as text
 * @param reason        a sentence saying what is wrong and what is expected
 */
public record Violation(String path, String rejectedValue, String reason) {
    /**
     * Validates that all parts are present.
     *
     * @param path          dotted field path with list indexes, never blank
     * @param rejectedValue the offending value as text
     * @param reason        a sentence saying what is wrong and what is expected
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(rejectedValue, "rejectedValue");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * {@return a violation rendering {@code value} as text}
     *
     * @param path  field path
     * @param value the rejected value, may be {@code null} for a missing value
     * @param reason why it was rejected
     */
    public static Violation of(String path, Object value, String reason) {
        return new Violation(path, value == null ? "<absent>" : String.valueOf(value), reason);
    }

    /**
     * {@return the same violation with its path nested under {@code prefix}}
     *
     * @param prefix path to put in front, e.g. {@code emails[0]}
     */
    public Violation under(String prefix) {
        return new Violation(prefix.isEmpty() ? path : prefix + "." + path, rejectedValue, reason);
    }

    @Override
    public String toString() {
        return path + ": " + reason + " (was: " + rejectedValue + ")";
    }
}
