package dev.cms.core.internal;

import dev.cms.core.Cursor;
import dev.cms.core.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Encodes keyset positions as opaque cursors: {@code kind|epochSecond|nano|uuid|crc} in URL-safe Base64. The kind
 * names the query, so a cursor from one query is refused by another; the checksum catches edited or truncated text.
 */
public final class Cursors {
    private Cursors() {
    }

    /** A decoded position. @param instant sort instant, or {@link Instant#EPOCH} for id-only positions @param id id */
    public record Position(Instant instant, UUID id) {
    }

    /**
     * @param kind    the query's name
     * @param instant the sort instant
     * @param id      the id
     * @return the cursor
     */
    public static Cursor encode(String kind, Instant instant, UUID id) {
        String payload = kind + "|" + instant.getEpochSecond() + "|" + instant.getNano() + "|" + id;
        String token = payload + "|" + Long.toHexString(crc(payload));
        return Cursor.of(Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param kind   the query's name
     * @param cursor a cursor from {@link #encode}
     * @return the position
     * @throws ValidationException if the cursor is malformed or belongs to another query
     */
    public static Position decode(String kind, Cursor cursor) {
        try {
            String token = new String(Base64.getUrlDecoder().decode(cursor.token()), StandardCharsets.UTF_8);
            String[] parts = token.split("\\|", -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException("shape");
            }
            String payload = token.substring(0, token.lastIndexOf('|'));
            if (Long.parseLong(parts[4], 16) != crc(payload)) {
                throw new IllegalArgumentException("checksum");
            }
            if (!parts[0].equals(kind)) {
                throw ValidationException.of("page.after", cursor.token(), "is a cursor of another query (" + parts[0] + "), not of " + kind);
            }
            return new Position(Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2])), UUID.fromString(parts[3]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ValidationException.of("page.after", cursor.token(), "is not a cursor this library issued");
        }
    }

    private static long crc(String payload) {
        CRC32 crc = new CRC32();
        crc.update(payload.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
