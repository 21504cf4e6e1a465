package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.cms.core.segment.FieldDefinition;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.ValueType;
import java.io.IOException;
import java.io.Serial;

/**
 * Writes a {@link FieldRegistry} for a front end that builds rules: {@code {"fields":[...],"operators":{...}}}, the
 * fields as {@link FieldDefinition}s and, for each value type, the operators a condition on it may use. There is no
 * reading: a registry is derived from the store's attribute declarations ({@code segments().fields()}).
 */
final class FieldRegistrySerializer extends StdSerializer<FieldRegistry> {
    @Serial
    private static final long serialVersionUID = 1L;

    FieldRegistrySerializer() {
        super(FieldRegistry.class);
    }

    @Override
    public void serialize(FieldRegistry registry, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(registry);
        gen.writeArrayFieldStart("fields");
        for (FieldDefinition field : registry.fields()) {
            SegmentCodecs.FIELD_DEFINITION.write(field, gen, provider);
        }
        gen.writeEndArray();
        gen.writeObjectFieldStart("operators");
        for (ValueType type : ValueType.values()) {
            gen.writeArrayFieldStart(RuleReader.lowerName(type));
            for (Operator operator : type.operators()) {
                gen.writeString(operator.jsonName());
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }
}
