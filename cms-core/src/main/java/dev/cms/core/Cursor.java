package dev.cms.core;

import dev.cms.core.internal.Checks;

/**
 * An opaque position in a keyset-paged result, handed out by {@link Page#next()} and given back in
 * {@link PageRequest#after(Cursor, int)}. Safe to send to a browser and back: it is URL-safe text
 * ({@link #token()}) and is checked when decoded, so a tampered or foreign cursor is a
 * {@link ValidationException}, never a wrong page.
 *
 * @param token the URL-safe text form
 */
public record Cursor(String token) {
    /** Longest token accepted. */
    public static final int MAX_LENGTH = 1000;

    /**
     * Checks the token's form; whether it is a cursor this library issued is checked only when it is used.
     *
     * @param token the URL-safe text form
     * @throws ValidationException if the token is blank, longer than {@link #MAX_LENGTH}, begins or ends with white
     *                             space, or contains a control character or an unpaired surrogate
     */
    public Cursor {
        Checks.identifier("cursor", token, MAX_LENGTH);
    }

    /**
     * {@return the cursor}
     *
     * @param token text previously obtained from {@link #token()}
     * @throws ValidationException if the token breaks a rule of the constructor
     */
    public static Cursor of(String token) {
        return new Cursor(token);
    }

    @Override
    public String toString() {
        return token;
    }
}
