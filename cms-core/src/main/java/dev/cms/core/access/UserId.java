package dev.cms.core.access;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;

/**
 * Identifies a user of the host application (an owner, an assignee, the author of an interaction). The library does
 * not manage users; it stores the application's own identifier.
 *
 * @param value the application's user identifier, 1 to 200 characters, kept exactly as given: no control characters,
 *              no leading or trailing white space (refused, not trimmed), well-formed UTF-16
 */
public record UserId(String value) implements Comparable<UserId> {
    /** Longest identifier accepted. */
    public static final int MAX_LENGTH = 200;

    /**
     * Validates the identifier.
     *
     * @param value the application's user identifier, 1 to 200 characters
     * @throws ValidationException if it is blank, too long, begins or ends with white space, or contains a control
     *                             character or an unpaired surrogate
     */
    public UserId {
        Checks.identifier("userId", value, MAX_LENGTH);
    }

    /**
     * {@return the id}
     *
     * @param value the application's user identifier
     * @throws ValidationException if the identifier breaks a rule of the constructor
     */
    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public int compareTo(UserId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
