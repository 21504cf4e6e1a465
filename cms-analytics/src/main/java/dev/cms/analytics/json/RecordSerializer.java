package dev.cms.analytics.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.Serial;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Writes a report record as a JSON object of its components, in declaration order, in the shape of
 * {@code dev.cms.core.json.CmsJacksonModule}: empty {@code Optional}s are omitted, lists are arrays, instants, dates,
 * months and durations are ISO-8601 strings, currencies their codes, enums their names; everything else (money, ids,
 * nested reports) goes to the mapper, which has the core's and this module's serializers.
 *
 * @param <T> the record type
 */
final class RecordSerializer<T extends Record> extends StdSerializer<T> {
    @Serial
    private static final long serialVersionUID = 1L;

    RecordSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        for (RecordComponent component : Components.of(value.getClass())) {
            Object part = read(component, value);
            if (part instanceof Optional<?> o && o.isEmpty()) {
                continue;
            }
            gen.writeFieldName(component.getName());
            write(part, gen, provider);
        }
        gen.writeEndObject();
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a " + value.getClass().getSimpleName(), e);
        }
    }

    static void write(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (value instanceof Optional<?> o) {
            write(o.orElseThrow(), gen, provider);
        } else if (value instanceof List<?> list) {
            gen.writeStartArray(list, list.size());
            for (Object item : list) {
                write(item, gen, provider);
            }
            gen.writeEndArray();
        } else if (value instanceof Double d) {
            gen.writeNumber(d);
        } else if (value instanceof Long l) {
            gen.writeNumber(l);
        } else if (value instanceof Integer i) {
            gen.writeNumber(i);
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof YearMonth
                || value instanceof Duration) {
            gen.writeString(value.toString());
        } else if (value instanceof Currency c) {
            gen.writeString(c.getCurrencyCode());
        } else if (value instanceof Enum<?> e) {
            gen.writeString(e.name());
        } else {
            provider.defaultSerializeValue(value, gen);
        }
    }
}
