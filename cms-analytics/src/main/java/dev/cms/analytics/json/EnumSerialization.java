package dev.cms.analytics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;

/** An enum of the reports as its name, whatever the mapper's enum settings, read back strictly. */
final class EnumSerialization {
    private EnumSerialization() {
    }

    /** Writes the constant's name. */
    static final class Writer<E extends Enum<E>> extends StdSerializer<E> {
        @Serial
        private static final long serialVersionUID = 1L;

        Writer(Class<E> type) {
            super(type);
        }

        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.name());
        }
    }

    /** Reads a constant from its exact name. */
    static final class Reader<E extends Enum<E>> extends StdDeserializer<E> {
        @Serial
        private static final long serialVersionUID = 1L;

        private final Class<E> type;

        Reader(Class<E> type) {
            super(type);
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(type, "expected the name of a %s, not %s", type.getSimpleName(), p.currentToken());
            }
            String text = p.getText();
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                throw InvalidFormatException.from(p, "not a " + type.getSimpleName() + ": " + text, text, type);
            }
        }
    }
}
