package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.cms.core.Page;
import java.io.IOException;
import java.io.Serial;

/**
 * Reads a {@link Page} of the item type the caller asks for ({@code new TypeReference<Page<Customer>>() {}}); without
 * a type parameter the items are read as plain JSON values (maps, lists, strings...).
 */
final class PageDeserializer extends StdDeserializer<Page<?>> implements ContextualDeserializer {
    @Serial
    private static final long serialVersionUID = 1L;

    /** {@code Page.class} typed for a page of {@code Object}; the type parameter is erased at run time anyway. */
    @SuppressWarnings("unchecked")
    private static final Class<Page<Object>> PAGE = (Class<Page<Object>>) (Class<?>) Page.class;

    /** Rebuilt by {@link #createContextual}, which Jackson calls before any use, so it need not be serialized. */
    private final transient ObjectCodec<Page<Object>> codec;

    PageDeserializer() {
        this(null);
    }

    private PageDeserializer(JsonDeserializer<Object> items) {
        super(Page.class);
        Codec<Object> item = new Codec<>() {
            @Override
            public void write(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                provider.defaultSerializeValue(value, gen);
            }

            @Override
            public Object read(JsonParser p, DeserializationContext ctxt) throws IOException {
                Object value = items == null ? ctxt.readValue(p, Object.class) : items.deserialize(p, ctxt);
                if (value == null) {
                    throw MismatchedInputException.from(p, Object.class, "a page item must not be null");
                }
                return value;
            }
        };
        this.codec = ObjectCodec.define(PAGE, s -> {
            var list = s.list("items", item, Page::items);
            var next = s.optional("next", DomainCodecs.CURSOR, Page::next);
            return v -> new Page<>(v.get(list), v.get(next));
        });
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) throws JsonMappingException {
        JavaType type = ctxt.getContextualType() != null ? ctxt.getContextualType() : property == null ? null : property.getType();
        JavaType itemType = type == null ? ctxt.constructType(Object.class) : type.containedTypeOrUnknown(0);
        return new PageDeserializer(ctxt.findContextualValueDeserializer(itemType, property));
    }

    @Override
    public Page<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return codec.read(p, ctxt);
    }
}
