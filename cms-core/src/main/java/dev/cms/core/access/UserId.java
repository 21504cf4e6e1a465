package dev.cms.core.access;

import dev.cms.core.ValidationException;

/**
 * Identifies a user of the host application (an owner, an assignee, the author of an interaction). The library does
 * not manage users; it stores the application's own identifier.
 *
 * @param value the application's user identifier, 1 to 200 characters, no control characters
 */
public record UserId(String value) implements Comparable<UserId> {
    /**
     * Validates the identifier.
     *
     * @param value the application's user identifier, 1 to 200 characters, no control characters
     */
    public UserId {
        if (value == null || value.isBlank() || value.length() > 200 || value.chars().anyMatch(Character::isISOControl)) {
            throw ValidationException.of("userId", value, "must be 1 to 200 characters without control characters");
        }
    }

    /**
     * {@return the id}
     *
     * @param value the application's user identifier
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
