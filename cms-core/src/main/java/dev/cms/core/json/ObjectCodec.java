package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.cms.core.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The codec of a record written as a JSON object with a fixed list of properties, in declaration order. Reading is
 * strict and goes through the record's canonical constructor: unknown and repeated properties are rejected, a missing
 * required property is reported before the constructor runs (so it never sees a {@code null}), and a
 * {@link ValidationException} from the constructor becomes a Jackson exception with that cause. An optional property
 * is omitted when empty; {@code null} on input means the same as an omitted property.
 *
 * @param <T> the record type
 */
final class ObjectCodec<T> implements Codec<T> {
    private final Class<T> type;
    private final List<Slot<T, ?>> slots;
    private final Map<String, Slot<T, ?>> byName = new LinkedHashMap<>();
    private final Function<Values, T> constructor;

    private ObjectCodec(Class<T> type, Shape<T> shape, Function<Values, T> constructor) {
        this.type = type;
        this.slots = List.copyOf(shape.slots);
        this.constructor = constructor;
        slots.forEach(slot -> byName.put(slot.name, slot));
    }

    /**
     * Declares a JSON object shape.
     *
     * @param type       the record type
     * @param definition declares the properties on the given {@link Shape} and returns how to construct the value
     *                   from the {@link Values} read
     * @param <T>        the record type
     * @return the codec
     */
    static <T> ObjectCodec<T> define(Class<T> type, Function<Shape<T>, Function<Values, T>> definition) {
        Shape<T> shape = new Shape<>();
        Function<Values, T> constructor = definition.apply(shape);
        return new ObjectCodec<>(type, shape, constructor);
    }

    /** @return the record type */
    Class<T> type() {
        return type;
    }

    /**
     * @param name a property name
     * @return whether this shape declares it
     */
    boolean hasProperty(String name) {
        return byName.containsKey(name);
    }

    @Override
    public void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(value);
        writeProperties(value, gen, provider);
        gen.writeEndObject();
    }

    /**
     * Writes the properties without the surrounding braces, for a tagged union that adds its discriminator first.
     *
     * @param value    the value
     * @param gen      where to write
     * @param provider the context
     * @throws IOException if writing fails
     */
    void writeProperties(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (Slot<T, ?> slot : slots) {
            slot.writeFrom(value, gen, provider);
        }
    }

    @Override
    public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, Optional.empty());
    }

    /**
     * @param p       parser on the object's start (or on its first property name)
     * @param ctxt    the context
     * @param skipped a property to skip rather than reject (a tagged union's discriminator, already read)
     * @return the value
     * @throws IOException if the JSON is not a valid value
     */
    T read(JsonParser p, DeserializationContext ctxt, Optional<String> skipped) throws IOException {
        String name;
        if (p.currentToken() == JsonToken.START_OBJECT) {
            name = p.nextFieldName();
        } else if (p.currentToken() == JsonToken.FIELD_NAME) {
            name = p.currentName();
        } else if (p.currentToken() == JsonToken.END_OBJECT) {
            name = null;
        } else {
            return ctxt.reportInputMismatch(type, "expected a JSON object for %s, not %s", type.getSimpleName(),
                    Scalars.describe(p.currentToken()));
        }
        Object[] values = new Object[slots.size()];
        boolean[] seen = new boolean[slots.size()];
        boolean skippedSeen = false;
        for (; name != null; name = p.nextFieldName()) {
            boolean isSkipped = skipped.isPresent() && skipped.get().equals(name);
            Slot<T, ?> slot = byName.get(name);
            if (slot == null && !isSkipped) {
                List<Object> known = new ArrayList<>();
                skipped.ifPresent(known::add);
                known.addAll(byName.keySet());
                throw UnrecognizedPropertyException.from(p, type, name, known);
            }
            if (isSkipped ? skippedSeen : seen[slot.index]) {
                throw withPath(MismatchedInputException.from(p, type, "Property '" + name + "' of "
                        + type.getSimpleName() + " is given twice"), type, name);
            }
            if (isSkipped) {
                skippedSeen = true;
                p.nextToken();
                p.skipChildren();
                continue;
            }
            seen[slot.index] = true;
            JsonToken token = p.nextToken();
            try {
                values[slot.index] = token == JsonToken.VALUE_NULL ? slot.absentOrMissing(p, type) : slot.codec.read(p, ctxt);
            } catch (JsonMappingException e) {
                throw withPath(e, type, name);
            }
        }
        for (Slot<T, ?> slot : slots) {
            if (!seen[slot.index]) {
                try {
                    values[slot.index] = slot.absentOrMissing(p, type);
                } catch (JsonMappingException e) {
                    throw withPath(e, type, slot.name);
                }
            }
        }
        try {
            return constructor.apply(new Values(values));
        } catch (ValidationException e) {
            throw Scalars.rejected(p, ctxt, type, e);
        }
    }

    private static JsonMappingException withPath(JsonMappingException e, Object from, String name) {
        e.prependPath(from, name);
        return e;
    }

    private static JsonMappingException withPath(JsonMappingException e, Object from, int index) {
        e.prependPath(from, index);
        return e;
    }

    /**
     * Declares the properties of a shape, in the order they are written.
     *
     * @param <T> the record type
     */
    static final class Shape<T> {
        private final List<Slot<T, ?>> slots = new ArrayList<>();

        private Shape() {
        }

        private <V> Slot<T, V> add(String name, Codec<V> codec, Function<T, V> getter, Predicate<V> omitted, V absent) {
            Slot<T, V> slot = new Slot<>(name, slots.size(), codec, getter, omitted, absent);
            if (slots.stream().anyMatch(s -> s.name.equals(name))) {
                throw new IllegalStateException("property declared twice: " + name);
            }
            slots.add(slot);
            return slot;
        }

        /**
         * @param name   property name
         * @param codec  value codec
         * @param getter the record component
         * @param <V>    value type
         * @return a property that must be present and not null
         */
        <V> Slot<T, V> required(String name, Codec<V> codec, Function<T, V> getter) {
            return add(name, codec, getter, v -> false, null);
        }

        /**
         * @param name   property name
         * @param codec  codec of the contained value
         * @param getter the record component
         * @param <V>    contained value type
         * @return a property omitted when empty; absent or {@code null} reads as empty
         */
        <V> Slot<T, Optional<V>> optional(String name, Codec<V> codec, Function<T, Optional<V>> getter) {
            Codec<Optional<V>> optional = new Codec<>() {
                @Override
                public void write(Optional<V> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                    codec.write(value.orElseThrow(), gen, provider);
                }

                @Override
                public Optional<V> read(JsonParser p, DeserializationContext ctxt) throws IOException {
                    return Optional.of(codec.read(p, ctxt));
                }
            };
            return add(name, optional, getter, Optional::isEmpty, Optional.empty());
        }

        /**
         * @param name   property name
         * @param getter the record component
         * @return a boolean property, always written; absent or {@code null} reads as {@code false}
         */
        Slot<T, Boolean> flag(String name, Function<T, Boolean> getter) {
            return defaulted(name, Scalars.BOOLEAN, getter, Boolean.FALSE);
        }

        /**
         * @param name     property name
         * @param codec    value codec
         * @param getter   the record component
         * @param fallback the value when the property is absent or {@code null}
         * @param <V>      value type
         * @return a property that is always written and may be omitted on input
         */
        <V> Slot<T, V> defaulted(String name, Codec<V> codec, Function<T, V> getter, V fallback) {
            return add(name, codec, getter, v -> false, java.util.Objects.requireNonNull(fallback, "fallback"));
        }

        /**
         * @param name    property name
         * @param element element codec
         * @param getter  the record component
         * @param <V>     element type
         * @return a JSON array property, always written; absent or {@code null} reads as empty
         */
        <V> Slot<T, List<V>> list(String name, Codec<V> element, Function<T, List<V>> getter) {
            return add(name, new ArrayCodec<>(element, l -> l, ArrayList::new), getter, v -> false, List.of());
        }

        /**
         * @param name    property name
         * @param element element codec
         * @param order   the order elements are written in, so equal sets give equal JSON
         * @param getter  the record component
         * @param <V>     element type
         * @return a JSON array property, always written in {@code order}; absent or {@code null} reads as empty
         */
        <V> Slot<T, Set<V>> set(String name, Codec<V> element, Comparator<? super V> order, Function<T, Set<V>> getter) {
            Function<Set<V>, Collection<V>> sorted = set -> set.stream().sorted(order).toList();
            return add(name, new ArrayCodec<>(element, sorted, LinkedHashSet::new), getter, v -> false, Set.of());
        }

        /**
         * @param name      property name
         * @param keyText   the text of a key
         * @param keyParser parses a key; may throw {@link IllegalArgumentException} or {@link ValidationException}
         * @param value     value codec
         * @param getter    the record component, a map whose iteration order is stable (sorted or enum order)
         * @param <K>       key type
         * @param <V>       value type
         * @return a JSON object property, always written; absent or {@code null} reads as empty
         */
        <K, V> Slot<T, Map<K, V>> map(String name, Function<K, String> keyText, Function<String, K> keyParser, Codec<V> value,
                                      Function<T, Map<K, V>> getter) {
            return add(name, new MapCodec<>(keyText, keyParser, value), getter, v -> false, Map.of());
        }
    }

    /**
     * One property of a shape; a typed handle to its value in {@link Values}.
     *
     * @param <T> the record type
     * @param <V> the property's value type
     */
    static final class Slot<T, V> {
        private final String name;
        private final int index;
        private final Codec<V> codec;
        private final Function<T, V> getter;
        private final Predicate<V> omitted;
        private final V absent;

        private Slot(String name, int index, Codec<V> codec, Function<T, V> getter, Predicate<V> omitted, V absent) {
            this.name = name;
            this.index = index;
            this.codec = codec;
            this.getter = getter;
            this.omitted = omitted;
            this.absent = absent;
        }

        private void writeFrom(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            V v = getter.apply(value);
            if (!omitted.test(v)) {
                gen.writeFieldName(name);
                codec.write(v, gen, provider);
            }
        }

        private V absentOrMissing(JsonParser p, Class<?> type) throws JsonMappingException {
            if (absent == null) {
                throw MismatchedInputException.from(p, type, "Missing required property '" + name + "' of "
                        + type.getSimpleName());
            }
            return absent;
        }
    }

    /** The property values read, by {@link Slot}. */
    static final class Values {
        private final Object[] values;

        private Values(Object[] values) {
            this.values = values;
        }

        /**
         * @param slot a property of the shape being read
         * @param <V>  its value type
         * @return its value, never null
         */
        @SuppressWarnings("unchecked") // values[i] was produced by slot i's own Codec<V>, or is its absent V
        <V> V get(Slot<?, V> slot) {
            return (V) values[slot.index];
        }
    }

    /** A JSON array of elements, with each element's index in error paths; {@code null} elements are rejected. */
    private static final class ArrayCodec<V, C extends Collection<V>> implements Codec<C> {
        private final Codec<V> element;
        private final Function<C, Collection<V>> writeOrder;
        private final java.util.function.Supplier<C> empty;

        ArrayCodec(Codec<V> element, Function<C, Collection<V>> writeOrder, java.util.function.Supplier<C> empty) {
            this.element = element;
            this.writeOrder = writeOrder;
            this.empty = empty;
        }

        @Override
        public void write(C value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            for (V v : writeOrder.apply(value)) {
                element.write(v, gen, provider);
            }
            gen.writeEndArray();
        }

        @Override
        public C read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return ctxt.reportInputMismatch(List.class, "expected a JSON array, not %s", Scalars.describe(p.currentToken()));
            }
            C result = empty.get();
            int index = 0;
            for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
                try {
                    if (token == JsonToken.VALUE_NULL) {
                        throw MismatchedInputException.from(p, List.class, "null is not allowed as an element");
                    }
                    result.add(element.read(p, ctxt));
                } catch (JsonMappingException e) {
                    throw withPath(e, List.class, index);
                }
            }
            return result;
        }
    }

    /** A JSON object used as a map, keys in the map's own iteration order; {@code null} values are rejected. */
    private static final class MapCodec<K, V> implements Codec<Map<K, V>> {
        private final Function<K, String> keyText;
        private final Function<String, K> keyParser;
        private final Codec<V> value;

        MapCodec(Function<K, String> keyText, Function<String, K> keyParser, Codec<V> value) {
            this.keyText = keyText;
            this.keyParser = keyParser;
            this.value = value;
        }

        @Override
        public void write(Map<K, V> map, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject(map);
            for (Map.Entry<K, V> entry : map.entrySet()) {
                gen.writeFieldName(keyText.apply(entry.getKey()));
                value.write(entry.getValue(), gen, provider);
            }
            gen.writeEndObject();
        }

        @Override
        public Map<K, V> read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return ctxt.reportInputMismatch(Map.class, "expected a JSON object, not %s", Scalars.describe(p.currentToken()));
            }
            Map<K, V> result = new LinkedHashMap<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
                K key;
                try {
                    key = keyParser.apply(name);
                } catch (ValidationException e) {
                    throw withPath(Scalars.rejected(p, ctxt, Map.class, e), Map.class, name);
                } catch (IllegalArgumentException e) {
                    throw withPath(InvalidFormatException.from(p, "'" + name + "' is not a valid key here", name, Map.class), Map.class, name);
                }
                try {
                    if (result.containsKey(key)) {
                        throw MismatchedInputException.from(p, Map.class, "Key '" + name + "' is given twice");
                    }
                    if (p.nextToken() == JsonToken.VALUE_NULL) {
                        throw MismatchedInputException.from(p, Map.class, "null is not allowed as a value");
                    }
                    result.put(key, value.read(p, ctxt));
                } catch (JsonMappingException e) {
                    throw withPath(e, Map.class, name);
                }
            }
            return result;
        }
    }
}
