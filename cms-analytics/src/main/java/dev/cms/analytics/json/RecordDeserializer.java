package dev.cms.analytics.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.cms.core.ValidationException;
import java.io.IOException;
import java.io.Serial;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a report record from the JSON {@link RecordSerializer} writes, through its canonical constructor, so every
 * check of the record applies. Input is strict, as in the core's module: an unknown property fails with an
 * {@link UnrecognizedPropertyException}; a missing required property, {@code null} where a value is required or a
 * value of the wrong kind with a {@code MismatchedInputException}; malformed text for an instant, date, month,
 * duration, currency or enum with an {@link InvalidFormatException}; a value the record rejects with a
 * {@link ValueInstantiationException} whose cause is the {@link ValidationException}. Errors carry the path to the
 * offending value.
 *
 * @param <T> the record type
 */
final class RecordDeserializer<T extends Record> extends StdDeserializer<T> {
    @Serial
    private static final long serialVersionUID = 1L;

    private final Class<T> type;

    RecordDeserializer(Class<T> type) {
        super(type);
        this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonNode tree = ctxt.readTree(p);
        if (!tree.isObject()) {
            return ctxt.reportInputMismatch(type, "expected a JSON object for %s, not %s", type.getSimpleName(), tree.getNodeType());
        }
        RecordComponent[] components = Components.of(type);
        List<String> known = Arrays.stream(components).map(RecordComponent::getName).toList();
        for (Iterator<String> names = tree.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw UnrecognizedPropertyException.from(p, type, name, List.<Object>copyOf(known));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            try {
                args[i] = convert(tree.get(c.getName()), c.getGenericType(), p, ctxt);
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, type, c.getName());
            }
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException v) {
                throw ValueInstantiationException.from(p, "Cannot construct " + type.getSimpleName() + ": " + v.getMessage(),
                        ctxt.constructType(type), v);
            }
            throw new IllegalStateException("the constructor of " + type.getSimpleName() + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot call the canonical constructor of " + type.getSimpleName(), e);
        }
    }

    private static Object convert(JsonNode node, Type type, JsonParser p, DeserializationContext ctxt) throws IOException {
        Class<?> raw = raw(type);
        boolean absent = node == null || node.isNull();
        if (raw == Optional.class) {
            return absent ? Optional.empty() : Optional.of(convert(node, argument(type), p, ctxt));
        }
        if (raw == List.class) {
            if (absent) {
                return List.of();
            }
            if (!node.isArray()) {
                return ctxt.reportInputMismatch(List.class, "expected a JSON array, not %s", node.getNodeType());
            }
            Collection<Object> items = new ArrayList<>();
            int index = 0;
            for (JsonNode item : node) {
                if (item.isNull()) {
                    throw JsonMappingException.wrapWithPath(MismatchedInputException.from(p, raw(argument(type)),
                            "null is not a valid list item"), List.class, index);
                }
                try {
                    items.add(convert(item, argument(type), p, ctxt));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, List.class, index);
                }
                index++;
            }
            return List.copyOf(items);
        }
        if (absent) {
            return ctxt.reportInputMismatch(raw, "missing or null value for a required %s", raw.getSimpleName());
        }
        if (raw == double.class || raw == Double.class) {
            return node.isNumber() ? node.doubleValue() : mismatch(raw, node, ctxt);
        }
        if (raw == long.class || raw == Long.class) {
            return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : mismatch(raw, node, ctxt);
        }
        if (raw == int.class || raw == Integer.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : mismatch(raw, node, ctxt);
        }
        if (raw == Instant.class || raw == LocalDate.class || raw == YearMonth.class || raw == Duration.class
                || raw == Currency.class || raw.isEnum()) {
            if (!node.isTextual()) {
                return mismatch(raw, node, ctxt);
            }
            return text(node.textValue(), raw, p);
        }
        return ctxt.readTreeAsValue(node, ctxt.constructType(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // Enum.valueOf needs the enum class, which raw.isEnum() guarantees
    private static Object text(String text, Class<?> raw, JsonParser p) throws IOException {
        try {
            if (raw == Instant.class) {
                return Instant.parse(text);
            }
            if (raw == LocalDate.class) {
                return LocalDate.parse(text);
            }
            if (raw == YearMonth.class) {
                return YearMonth.parse(text);
            }
            if (raw == Duration.class) {
                return Duration.parse(text);
            }
            if (raw == Currency.class) {
                return Currency.getInstance(text);
            }
            return Enum.valueOf((Class) raw, text);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw InvalidFormatException.from(p, "not a valid " + raw.getSimpleName() + ": " + text, text, raw);
        }
    }

    private static Object mismatch(Class<?> raw, JsonNode node, DeserializationContext ctxt) throws IOException {
        return ctxt.reportInputMismatch(raw, "expected a %s, not %s", raw.getSimpleName(), node.getNodeType());
    }

    private static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    private static Type argument(Type type) {
        return ((ParameterizedType) type).getActualTypeArguments()[0];
    }
}
