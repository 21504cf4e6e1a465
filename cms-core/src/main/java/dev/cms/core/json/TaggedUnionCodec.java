package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codec of a sealed interface: a JSON object whose discriminator property (written first) names the variant,
 * followed by that variant's own properties. On input the discriminator may appear anywhere in the object.
 *
 * @param <T> the sealed interface
 */
final class TaggedUnionCodec<T> implements Codec<T> {
    private final Class<T> base;
    private final String discriminator;
    private final Map<String, Variant<? extends T>> byTag = new LinkedHashMap<>();
    private final Map<Class<?>, Variant<? extends T>> byClass = new LinkedHashMap<>();

    /**
     * @param base          the sealed interface
     * @param discriminator the property naming the variant, such as {@code "kind"}
     */
    TaggedUnionCodec(Class<T> base, String discriminator) {
        this.base = base;
        this.discriminator = discriminator;
    }

    /**
     * @param tag   the discriminator value of the variant
     * @param codec the variant's properties
     * @param <S>   the variant type
     * @return this codec
     */
    <S extends T> TaggedUnionCodec<T> variant(String tag, ObjectCodec<S> codec) {
        if (codec.hasProperty(discriminator)) {
            throw new IllegalStateException(codec.type().getName() + " has a property named like the discriminator " + discriminator);
        }
        Variant<S> variant = new Variant<>(tag, codec);
        byTag.put(tag, variant);
        byClass.put(codec.type(), variant);
        return this;
    }

    /**
     * @param sub a variant type
     * @param <S> the variant type
     * @return a codec that writes {@code sub} like this union and reads only objects of that variant
     */
    <S extends T> Codec<S> narrow(Class<S> sub) {
        TaggedUnionCodec<T> union = this;
        return new Codec<>() {
            @Override
            public void write(S value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                union.write(value, gen, provider);
            }

            @Override
            public S read(JsonParser p, DeserializationContext ctxt) throws IOException {
                T value = union.read(p, ctxt);
                if (!sub.isInstance(value)) {
                    return ctxt.reportInputMismatch(sub, "expected %s '%s' for %s, not '%s'", discriminator,
                            byClass.get(sub).tag, sub.getSimpleName(), byClass.get(value.getClass()).tag);
                }
                return sub.cast(value);
            }
        };
    }

    @Override
    public void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Variant<? extends T> variant = byClass.get(value.getClass());
        if (variant == null) {
            throw JsonMappingException.from(gen, "no JSON form for " + value.getClass().getName());
        }
        gen.writeStartObject(value);
        gen.writeStringField(discriminator, variant.tag);
        variant.writeProperties(value, gen, provider);
        gen.writeEndObject();
    }

    @Override
    public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return ctxt.reportInputMismatch(base, "expected a JSON object for %s, not %s", base.getSimpleName(),
                    Scalars.describe(p.currentToken()));
        }
        // The discriminator may come after the properties it governs, so the object is buffered and scanned first.
        TokenBuffer buffer = ctxt.bufferAsCopyOfValue(p);
        String tag = null;
        try (JsonParser scan = buffer.asParser(p)) {
            scan.nextToken();
            for (String name = scan.nextFieldName(); name != null; name = scan.nextFieldName()) {
                JsonToken token = scan.nextToken();
                if (!discriminator.equals(name)) {
                    scan.skipChildren();
                } else if (tag != null) {
                    throw withPath(MismatchedInputException.from(p, base, "Property '" + discriminator + "' of "
                            + base.getSimpleName() + " is given twice"));
                } else if (token != JsonToken.VALUE_STRING) {
                    throw withPath(MismatchedInputException.from(p, base, "Property '" + discriminator + "' of "
                            + base.getSimpleName() + " must be one of " + byTag.keySet() + ", not " + Scalars.describe(token)));
                } else {
                    tag = scan.getText();
                }
            }
        }
        if (tag == null) {
            throw withPath(MismatchedInputException.from(p, base, "Missing property '" + discriminator + "' of "
                    + base.getSimpleName() + ", one of " + byTag.keySet()));
        }
        Variant<? extends T> variant = byTag.get(tag);
        if (variant == null) {
            throw withPath(InvalidFormatException.from(p, "Property '" + discriminator + "' of " + base.getSimpleName()
                    + " must be one of " + byTag.keySet() + ", not '" + tag + "'", tag, base));
        }
        try (JsonParser properties = buffer.asParser(p)) {
            properties.nextToken();
            return variant.codec.read(properties, ctxt, Optional.of(discriminator));
        }
    }

    private JsonMappingException withPath(JsonMappingException e) {
        e.prependPath(base, discriminator);
        return e;
    }

    /** One variant: its tag and its properties. */
    private static final class Variant<S> {
        private final String tag;
        private final ObjectCodec<S> codec;

        Variant(String tag, ObjectCodec<S> codec) {
            this.tag = tag;
            this.codec = codec;
        }

        void writeProperties(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            codec.writeProperties(codec.type().cast(value), gen, provider);
        }
    }
}
