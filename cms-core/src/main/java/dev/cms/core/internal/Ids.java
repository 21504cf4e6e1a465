package dev.cms.core.internal;

import dev.cms.core.ValidationException;
import java.util.UUID;

/** Parsing shared by the typed ids. */
public final class Ids {
    private Ids() {
    }

    /**
     * @param field field name for the error
     * @param text  canonical UUID text
     * @return the UUID
     * @throws ValidationException if {@code text} is absent or not a UUID
     */
    public static UUID parseUuid(String field, String text) {
        if (text == null) {
            throw ValidationException.of(field, null, "is required");
        }
        try {
            UUID uuid = UUID.fromString(text);
            if (!uuid.toString().equalsIgnoreCase(text)) {
                throw new IllegalArgumentException("non-canonical");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, text, "must be a UUID such as 0190f5c1-7e2a-7cc4-a7e1-5b0f3f0d1a2b");
        }
    }
}
