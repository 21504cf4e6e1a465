package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cms.core.Page;
import java.io.IOException;
import java.io.Serial;

/** Writes a {@link Page} as {@code {"items":[...],"next":"cursor"}}; items with the serializer of their class. */
final class PageSerializer extends StdSerializer<Page<?>> {
    @Serial
    private static final long serialVersionUID = 1L;

    PageSerializer() {
        super(Page.class, false);
    }

    @Override
    public void serialize(Page<?> page, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(page);
        gen.writeArrayFieldStart("items");
        for (Object item : page.items()) {
            provider.defaultSerializeValue(item, gen);
        }
        gen.writeEndArray();
        if (page.next().isPresent()) {
            gen.writeFieldName("next");
            DomainCodecs.CURSOR.write(page.next().get(), gen, provider);
        }
        gen.writeEndObject();
    }
}
