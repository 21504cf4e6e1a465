package dev.cms.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.FieldDefinition;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValidator;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SpanUnit;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.segment.ValueType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * Every valid rule survives the JSON form: written and read back it is equal, whether through {@link RuleJson} or
 * through the Jackson module, which write the same text. The generator covers every field of a registry with one
 * custom attribute per type, every operator each field allows with values of the right kind and count, every metric
 * with the parameters it takes, and membership leaves, nested in groups and negations.
 */
class RuleJsonProperties {
    private static final List<Currency> CURRENCIES = List.of(Currency.getInstance("EUR"), Currency.getInstance("JPY"),
            Currency.getInstance("BHD"), Currency.getInstance("USD"));
    private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new CmsJacksonModule());

    @Property
    void writeThenRead_givesAnEqualRule(@ForAll("rules") Rule rule) {
        RuleValidator.validate(rule, RuleJsonTest.REGISTRY);

        String json = RuleJson.write(rule);

        assertThat(RuleJson.read(json, RuleJsonTest.REGISTRY)).isEqualTo(rule);
    }

    @Property
    void theModule_writesTheSameText_andReadsItBack(@ForAll("rules") Rule rule) throws Exception {
        String json = mapper.writeValueAsString(rule);

        assertThat(json).isEqualTo(RuleJson.write(rule));
        assertThat(mapper.readValue(json, Rule.class)).isEqualTo(rule);
    }

    @Property(tries = 200)
    void rulesUpToTheMaximumDepth_roundTrip(@ForAll("leaves") Rule leaf, @ForAll @IntRange(min = 1, max = Rule.MAX_DEPTH) int depth,
                                            @ForAll("wrappers") List<Integer> wrappers) {
        Rule rule = leaf;
        for (int level = 1; level < depth; level++) {
            int wrapper = wrappers.get(level % wrappers.size());
            rule = switch (wrapper) {
                case 0 -> Rule.not(rule);
                case 1 -> Rule.all(rule);
                default -> Rule.any(rule, leaf);
            };
        }

        assertThat(RuleJson.read(RuleJson.write(rule))).isEqualTo(rule);
    }

    @Provide
    Arbitrary<List<Integer>> wrappers() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Rule> rules() {
        return rule(4);
    }

    @Provide
    Arbitrary<Rule> leaves() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, fieldCondition()),
                Tuple.of(3, metricCondition()),
                Tuple.of(1, uuids().map(u -> Rule.inList(StaticListId.of(u)))),
                Tuple.of(1, uuids().map(u -> Rule.inSegment(SegmentId.of(u)))));
    }

    private Arbitrary<Rule> rule(int depth) {
        if (depth <= 1) {
            return leaves();
        }
        Arbitrary<Rule> child = rule(depth - 1);
        return Arbitraries.frequencyOf(
                Tuple.of(4, leaves()),
                Tuple.of(1, child.list().ofMinSize(1).ofMaxSize(3).map(Rule.All::new)),
                Tuple.of(1, child.list().ofMinSize(1).ofMaxSize(3).map(Rule.Any::new)),
                Tuple.of(1, child.map(Rule::not)));
    }

    private static Arbitrary<UUID> uuids() {
        return Arbitraries.randomValue(random -> new UUID(random.nextLong(), random.nextLong()));
    }

    private static Arbitrary<Rule> fieldCondition() {
        return Arbitraries.of(List.copyOf(RuleJsonTest.REGISTRY.fields())).flatMap(field ->
                Arbitraries.of(List.copyOf(field.operators())).flatMap(op ->
                        values(field, op).map(values -> Rule.field(field.name()).is(op, values.toArray(RuleValue[]::new)))));
    }

    private static Arbitrary<Rule> metricCondition() {
        return Arbitraries.of(MetricKind.values()).flatMap(kind -> {
            Arbitrary<Optional<RuleValue.Span>> window = kind.takesWindow() ? spans().optional() : Arbitraries.just(Optional.empty());
            Arbitrary<Optional<Channel>> channel = kind.takesChannel() ? Arbitraries.of(Channel.class).optional()
                    : Arbitraries.just(Optional.empty());
            Arbitrary<Optional<Currency>> currency = kind.needsCurrency() ? Arbitraries.of(CURRENCIES).map(Optional::of)
                    : Arbitraries.just(Optional.empty());
            Arbitrary<Metric> metric = Combinators.combine(window, channel, currency).as((w, ch, c) -> new Metric(kind, w, ch, c));
            Arbitrary<Operator> ops = Arbitraries.of(List.copyOf(ValueType.NUMBER.operators()));
            return Combinators.combine(metric, ops).flatAs((m, op) ->
                    values(ValueType.NUMBER, Optional.empty(), op).map(values -> Rule.metric(m).is(op, values.toArray(RuleValue[]::new))));
        });
    }

    private static Arbitrary<List<RuleValue>> values(FieldDefinition field, Operator op) {
        return values(field.type(), field.allowedValues().map(List::copyOf), op);
    }

    /** Values of the kind and count the validator expects; {@code between} bounds in order and in one currency. */
    private static Arbitrary<List<RuleValue>> values(ValueType type, Optional<List<String>> allowed, Operator op) {
        Class<? extends RuleValue> kind = type.valueKind(op);
        return switch (op.arity()) {
            case NONE -> Arbitraries.just(List.of());
            case ONE -> value(kind, allowed, Arbitraries.of(CURRENCIES)).map(List::of);
            case MANY -> value(kind, allowed, Arbitraries.of(CURRENCIES)).list().ofMinSize(1).ofMaxSize(5);
            case TWO -> Arbitraries.of(CURRENCIES).flatMap(currency -> value(kind, allowed, Arbitraries.just(currency))
                    .list().ofSize(2).map(pair -> {
                        List<RuleValue> sorted = new ArrayList<>(pair);
                        sorted.sort(Comparator.comparing(RuleJsonProperties::sortKey));
                        return sorted;
                    }));
        };
    }

    private static BigDecimal sortKey(RuleValue value) {
        if (value instanceof RuleValue.Number n) {
            return n.value();
        } else if (value instanceof RuleValue.Date d) {
            return BigDecimal.valueOf(d.value().toEpochDay());
        } else if (value instanceof RuleValue.Amount a) {
            return a.value().amount();
        }
        return BigDecimal.ZERO;
    }

    private static Arbitrary<RuleValue> value(Class<? extends RuleValue> kind, Optional<List<String>> allowed,
                                              Arbitrary<Currency> currencies) {
        return valueOfKind(kind, allowed, currencies).map(RuleValue.class::cast);
    }

    private static Arbitrary<? extends RuleValue> valueOfKind(Class<? extends RuleValue> kind, Optional<List<String>> allowed,
                                                              Arbitrary<Currency> currencies) {
        if (kind == RuleValue.Text.class) {
            return allowed.<Arbitrary<String>>map(Arbitraries::of).orElseGet(RuleJsonProperties::texts).map(RuleValue.Text::new);
        } else if (kind == RuleValue.Number.class) {
            return numbers().map(RuleValue.Number::new);
        } else if (kind == RuleValue.Bool.class) {
            return Arbitraries.of(true, false).map(RuleValue.Bool::new);
        } else if (kind == RuleValue.Date.class) {
            return Arbitraries.longs().between(FIRST_DAY, LAST_DAY).map(day -> new RuleValue.Date(LocalDate.ofEpochDay(day)));
        } else if (kind == RuleValue.Span.class) {
            return spans();
        }
        return currencies.flatMap(currency -> Arbitraries.longs().between(-999_999_999_999_999L, 999_999_999_999_999L)
                .map(unscaled -> new RuleValue.Amount(new Money(BigDecimal.valueOf(unscaled, currency.getDefaultFractionDigits()), currency))));
    }

    /** Texts with characters JSON must escape (quote, backslash, tab, line breaks, U+2028) and non-ASCII ones. */
    private static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '"', '\\', '/', '\t', '\n', '\r', 'ä', '€', '\u2028', '日')
                .ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank());
    }

    /** Up to 19 integer digits and 18 fraction digits, some with a negative scale (5E+3). */
    private static Arbitrary<BigDecimal> numbers() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-1, 18))
                .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
    }

    private static Arbitrary<RuleValue.Span> spans() {
        return Combinators.combine(Arbitraries.integers().between(0, RuleValue.Span.MAX_AMOUNT), Arbitraries.of(SpanUnit.class))
                .as(RuleValue.Span::new);
    }
}
