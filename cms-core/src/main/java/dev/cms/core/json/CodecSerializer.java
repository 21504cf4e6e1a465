package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;

/**
 * Jackson serializer for one of our types, writing through its {@link Codec}. Holds only the type, so it stays
 * serializable with the module; the codec is looked up in {@link CodecRegistry}.
 *
 * @param <T> the value type
 */
final class CodecSerializer<T> extends StdSerializer<T> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** @param type a type {@link CodecRegistry} has a codec for */
    CodecSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        CodecRegistry.codec(handledType()).write(value, gen, provider);
    }
}
