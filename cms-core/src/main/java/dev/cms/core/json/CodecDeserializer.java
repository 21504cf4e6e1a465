package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.cms.core.ValidationException;
import java.io.IOException;
import java.io.Serial;

/**
 * Jackson deserializer for one of our types, reading through its {@link Codec}. Holds only the type, so it stays
 * serializable with the module; the codec is looked up in {@link CodecRegistry}.
 *
 * @param <T> the value type
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    /** @param type a type {@link CodecRegistry} has a codec for */
    CodecDeserializer(Class<T> type) {
        super(type);
        this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            return CodecRegistry.codec(type).read(p, ctxt);
        } catch (ValidationException e) {
            // Codecs convert validation failures themselves; this keeps the promise should one slip through.
            throw Scalars.rejected(p, ctxt, type, e);
        }
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
