package dev.cms.core;

import java.util.Objects;

/**
 * An opaque position in a keyset-paged result, handed out by {@link Page#next()} and given back in
 * {@link PageRequest#after(Cursor, int)}. Safe to send to a browser and back: it is URL-safe text
 * ({@link #token()}) and is checked when decoded, so a tampered or foreign cursor is a
 * {@link ValidationException}, never a wrong page.
 *
 * @param token the URL-safe text form
 */
public record Cursor(String token) {
    /**
     * Rejects blank tokens.
     *
     * @param token the URL-safe text form
     */
    public Cursor {
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw ValidationException.of("cursor", token, "must not be blank");
        }
    }

    /**
     * {@return the cursor}
     *
     * @param token text previously obtained from {@link #token()}
     */
    public static Cursor of(String token) {
        return new Cursor(token);
    }

    @Override
    public String toString() {
        return token;
    }
}
