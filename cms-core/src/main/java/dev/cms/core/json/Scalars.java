package dev.cms.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.cms.core.ValidationException;
import dev.cms.core.money.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.function.Function;

/**
 * Codecs of the JSON scalars our types are made of: text, flags, whole numbers, decimals, enum names and the
 * {@code java.time}/{@code java.util} types in their ISO text forms. They are used only inside our own types, so an
 * application's configuration of Jackson for its own {@code Instant}s (say, epoch numbers) is left alone.
 */
final class Scalars {
    /** Longest decimal text accepted; Jackson's own default limit for number literals. */
    private static final int MAX_DECIMAL_TEXT = 1000;
    /** Decimals with a scale beyond this are written in scientific notation, so their text stays short. */
    private static final int MAX_PLAIN_SCALE = 100;

    /** Any JSON string, as given (our constructors trim and check it). */
    static final Codec<String> STRING = text(String.class, Function.identity(), Function.identity(), "text");

    /** A JSON {@code true} or {@code false}. */
    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        public void write(Boolean value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeBoolean(value);
        }

        @Override
        public Boolean read(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
                return token == JsonToken.VALUE_TRUE;
            }
            return ctxt.reportInputMismatch(Boolean.class, "expected JSON true or false, not %s", describe(token));
        }
    };

    /** A JSON integer within the range of a {@code long}. */
    static final Codec<Long> LONG = new Codec<>() {
        @Override
        public void write(Long value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value);
        }

        @Override
        public Long read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return ctxt.reportInputMismatch(Long.class, "expected a JSON integer, not %s", describe(p.currentToken()));
            }
            return p.getLongValue();
        }
    };

    /** A JSON integer within the range of an {@code int}. */
    static final Codec<Integer> INT = new Codec<>() {
        @Override
        public void write(Integer value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(value);
        }

        @Override
        public Integer read(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                return ctxt.reportInputMismatch(Integer.class, "expected a JSON integer, not %s", describe(p.currentToken()));
            }
            return p.getIntValue();
        }
    };

    /**
     * A decimal, written as a JSON string in plain notation ({@code "12.50"}) so that no digit is lost in JavaScript;
     * a JSON number is accepted on input as well.
     */
    static final Codec<BigDecimal> DECIMAL = new Codec<>() {
        @Override
        public void write(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(Math.abs(value.scale()) <= MAX_PLAIN_SCALE ? value.toPlainString() : value.toString());
        }

        @Override
        public BigDecimal read(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (token != JsonToken.VALUE_STRING) {
                return ctxt.reportInputMismatch(BigDecimal.class, "expected a decimal as a JSON string such as \"12.50\", not %s",
                        describe(token));
            }
            String text = p.getText();
            if (text.length() <= MAX_DECIMAL_TEXT) {
                try {
                    return new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw InvalidFormatException.from(p, "must be a decimal number such as \"12.50\", not \"" + abbreviate(text) + "\"",
                    text, BigDecimal.class);
        }
    };

    /** An ISO-8601 instant in UTC, {@code 2026-01-15T09:00:00Z}, as {@link Instant#toString()} writes it. */
    static final Codec<Instant> INSTANT = text(Instant.class, Instant::toString, Instant::parse,
            "an ISO-8601 instant such as 2026-01-15T09:00:00Z");

    /** An ISO-8601 date, {@code 1815-12-10}. */
    static final Codec<LocalDate> LOCAL_DATE = text(LocalDate.class, LocalDate::toString, LocalDate::parse,
            "an ISO-8601 date such as 1815-12-10");

    /** An ISO-8601 time of day, {@code 09:00} or {@code 17:30:15}, as {@link LocalTime#toString()} writes it. */
    static final Codec<LocalTime> LOCAL_TIME = text(LocalTime.class, LocalTime::toString, LocalTime::parse,
            "an ISO-8601 time of day such as 09:00");

    /** An ISO-8601 duration, {@code PT1H30M}. */
    static final Codec<Duration> DURATION = text(Duration.class, Duration::toString, Duration::parse,
            "an ISO-8601 duration such as PT1H30M");

    /** A BCP 47 language tag, {@code de-AT}. */
    static final Codec<Locale> LOCALE = text(Locale.class, Locale::toLanguageTag, Scalars::languageTag,
            "a BCP 47 language tag such as de-AT");

    /** A time-zone id, {@code Europe/Berlin}, or an offset, {@code +05:30}. */
    static final Codec<ZoneId> ZONE_ID = text(ZoneId.class, ZoneId::getId, ZoneId::of,
            "a time-zone id such as Europe/Berlin");

    /** An ISO 4217 currency code, {@code EUR}. */
    static final Codec<Currency> CURRENCY = text(Currency.class, Currency::getCurrencyCode, Money::currency,
            "an ISO 4217 currency code such as EUR");

    private Scalars() {
    }

    /**
     * A value written as a JSON string.
     *
     * @param type     the value type, named in errors
     * @param toText   the text form
     * @param fromText parses the text; may throw {@link ValidationException} (the domain rejects the value),
     *                 {@link IllegalArgumentException} or {@link DateTimeException} (the text is malformed)
     * @param expected what a good text looks like, for errors
     * @param <T>      value type
     * @return the codec
     */
    static <T> Codec<T> text(Class<T> type, Function<T, String> toText, Function<String, T> fromText, String expected) {
        return new Codec<>() {
            @Override
            public void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(toText.apply(value));
            }

            @Override
            public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return ctxt.reportInputMismatch(type, "expected %s as a JSON string, not %s", expected, describe(p.currentToken()));
                }
                String text = p.getText();
                try {
                    return fromText.apply(text);
                } catch (ValidationException e) {
                    throw rejected(p, ctxt, type, e);
                } catch (IllegalArgumentException | DateTimeException e) {
                    throw InvalidFormatException.from(p, "must be " + expected + ", not \"" + abbreviate(text) + "\"", text, type);
                }
            }
        };
    }

    /**
     * An enum constant, written as its name.
     *
     * @param type the enum
     * @param <E>  enum type
     * @return the codec
     */
    static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
        return text(type, Enum::name, name -> Enum.valueOf(type, name),
                "one of " + Arrays.toString(type.getEnumConstants()));
    }

    /**
     * @param p    the parser, for the location
     * @param ctxt the context
     * @param type the type whose construction failed
     * @param e    why the domain rejected the value
     * @return a Jackson exception whose cause is {@code e}
     */
    static JsonMappingException rejected(JsonParser p, DeserializationContext ctxt, Class<?> type, ValidationException e) {
        return ValueInstantiationException.from(p, "Cannot construct " + type.getSimpleName() + ": " + e.getMessage(),
                ctxt.constructType(type), e);
    }

    /**
     * @param token a token, possibly null at the end of input
     * @return how to name it in an error
     */
    static String describe(JsonToken token) {
        if (token == null) {
            return "end of input";
        }
        return switch (token) {
            case START_OBJECT -> "a JSON object";
            case START_ARRAY -> "a JSON array";
            case VALUE_STRING -> "a JSON string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a JSON number";
            case VALUE_TRUE, VALUE_FALSE -> "a JSON boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private static Locale languageTag(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
