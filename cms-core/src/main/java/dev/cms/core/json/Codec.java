package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;

/**
 * Writes and reads one type's JSON form. {@link #read} is called with the parser on the value's first token, which is
 * never {@code null} (properties given as {@code null} are handled by the enclosing object), and leaves it on the
 * value's last token. A value the domain rejects is reported as a Jackson exception whose cause is the
 * {@link dev.cms.core.ValidationException}; a {@code ValidationException} never escapes a codec unwrapped.
 *
 * @param <T> the value type
 */
interface Codec<T> {
    /**
     * @param value    the value, not null
     * @param gen      where to write
     * @param provider Jackson's serialization context
     * @throws IOException if writing fails
     */
    void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;

    /**
     * @param p    parser on the value's first token
     * @param ctxt Jackson's deserialization context
     * @return the value, never null
     * @throws IOException a {@link com.fasterxml.jackson.databind.JsonMappingException} if the JSON is not a valid
     *                     value of this type
     */
    T read(JsonParser p, DeserializationContext ctxt) throws IOException;
}
