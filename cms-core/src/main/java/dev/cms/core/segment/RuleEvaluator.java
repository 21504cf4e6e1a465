package dev.cms.core.segment;

import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.PersonName;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates a rule in memory against {@link CustomerFacts}: the reference semantics that every adapter's query must
 * agree with. Compile once per query ({@link #compile}), which validates the rule, resolves field accessors, lowers
 * text constants and turns relative dates into fixed bounds for the {@link RuleContext}; then call
 * {@link #matches} per customer. Saved segments must have been inlined first ({@link Rule.InSegment} is refused).
 */
public final class RuleEvaluator {
    private final Rule rule;
    private final Node root;

    private RuleEvaluator(Rule rule, Node root) {
        this.rule = rule;
        this.root = root;
    }

    /**
     * {@return an evaluator of the rule at the context's instant}
     *
     * @param rule     a rule without {@link Rule.InSegment} leaves
     * @param context  now and the time zone
     * @param registry the fields the rule may use
     * @throws dev.cms.core.ValidationException if the rule is not valid for the registry
     * @throws IllegalArgumentException         if the rule still refers to a saved segment
     */
    public static RuleEvaluator compile(Rule rule, RuleContext context, FieldRegistry registry) {
        RuleValidator.validate(rule, registry);
        return new RuleEvaluator(rule, new Compiler(context, registry).node(rule));
    }

    /** {@return the rule evaluated} */
    public Rule rule() {
        return rule;
    }

    /**
     * {@return whether the customer matches}
     *
     * @param facts the customer and related facts
     */
    public boolean matches(CustomerFacts facts) {
        return root.test(facts);
    }

    /**
     * {@return the rule's tree with each node's result and each leaf's observed values for the customer}
     *
     * @param facts the customer and related facts
     */
    public Explanation explain(CustomerFacts facts) {
        return root.explain(facts);
    }

    private interface Node {
        boolean test(CustomerFacts f);

        Explanation explain(CustomerFacts f);
    }

    /** A metric value that is a fraction (average order value), compared without rounding. */
    private record Ratio(BigDecimal numerator, long denominator) {
        int compareTo(BigDecimal value) {
            return numerator.compareTo(value.multiply(BigDecimal.valueOf(denominator)));
        }

        @Override
        public String toString() {
            return numerator.divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
    }

    /** Where a leaf's values come from: iterated in place, so testing a customer allocates nothing. */
    private interface Source {
        /** Whether some value (non-null) satisfies the test. */
        boolean any(CustomerFacts f, Predicate<Object> test);

        /** The values, for explanations and {@code has_all}. */
        List<Object> values(CustomerFacts f);
    }

    /** A field with at most one value; {@code get} returns null when unset. */
    private static Source single(Function<CustomerFacts, Object> get) {
        return new Source() {
            @Override
            public boolean any(CustomerFacts f, Predicate<Object> test) {
                Object v = get.apply(f);
                return v != null && test.test(v);
            }

            @Override
            public List<Object> values(CustomerFacts f) {
                Object v = get.apply(f);
                return v == null ? List.of() : List.of(v);
            }
        };
    }

    /** A field with one value per item of a collection; {@code map} returns null for items without one. */
    private static <T> Source many(Function<CustomerFacts, ? extends java.util.Collection<T>> items, Function<T, Object> map) {
        return new Source() {
            @Override
            public boolean any(CustomerFacts f, Predicate<Object> test) {
                for (T item : items.apply(f)) {
                    Object v = map.apply(item);
                    if (v != null && test.test(v)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public List<Object> values(CustomerFacts f) {
                List<Object> values = new java.util.ArrayList<>();
                for (T item : items.apply(f)) {
                    Object v = map.apply(item);
                    if (v != null) {
                        values.add(v);
                    }
                }
                return values;
            }
        };
    }

    private static final Map<ConsentState, String> LOWER_CONSENT = lowerNames(ConsentState.class);
    private static final Map<CustomerKind, String> LOWER_KIND = lowerNames(CustomerKind.class);
    private static final Map<ContactChannel, String> LOWER_CHANNEL = lowerNames(ContactChannel.class);

    private static <E extends Enum<E>> Map<E, String> lowerNames(Class<E> type) {
        Map<E, String> names = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            names.put(e, e.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private static final class Compiler {
        private final RuleContext context;
        private final FieldRegistry registry;

        Compiler(RuleContext context, FieldRegistry registry) {
            this.context = context;
            this.registry = registry;
        }

        Node node(Rule rule) {
            if (rule instanceof Rule.All all) {
                List<Node> parts = all.rules().stream().map(this::node).toList();
                return group(rule, parts, true);
            } else if (rule instanceof Rule.Any any) {
                List<Node> parts = any.rules().stream().map(this::node).toList();
                return group(rule, parts, false);
            } else if (rule instanceof Rule.Not not) {
                Node inner = node(not.rule());
                return new Node() {
                    @Override
                    public boolean test(CustomerFacts f) {
                        return !inner.test(f);
                    }

                    @Override
                    public Explanation explain(CustomerFacts f) {
                        Explanation e = inner.explain(f);
                        return new Explanation(rule, !e.matched(), Optional.empty(), List.of(e));
                    }
                };
            } else if (rule instanceof Rule.InList in) {
                return leaf(rule, single(f -> f.inList(in.list()) ? "member" : null), Operator.IS_SET, v -> true, Set.of());
            } else if (rule instanceof Rule.FieldCondition c) {
                FieldDefinition field = registry.find(c.field()).orElseThrow();
                return leaf(rule, source(field), c.operator(), element(field.type(), c.operator(), c.values()),
                        c.operator() == Operator.HAS_ALL ? texts(c.values(), false) : Set.of());
            } else if (rule instanceof Rule.MetricCondition m) {
                return leaf(rule, metric(m.metric()), m.operator(), element(ValueType.NUMBER, m.operator(), m.values()),
                        Set.of());
            }
            throw new IllegalArgumentException("inline saved segments before evaluating: " + rule);
        }

        private static Node group(Rule rule, List<Node> parts, boolean all) {
            return new Node() {
                @Override
                public boolean test(CustomerFacts f) {
                    for (Node part : parts) {
                        if (part.test(f) != all) {
                            return !all;
                        }
                    }
                    return all;
                }

                @Override
                public Explanation explain(CustomerFacts f) {
                    List<Explanation> explained = parts.stream().map(p -> p.explain(f)).toList();
                    boolean matched = all ? explained.stream().allMatch(Explanation::matched)
                            : explained.stream().anyMatch(Explanation::matched);
                    return new Explanation(rule, matched, Optional.empty(), explained);
                }
            };
        }

        /**
         * A leaf: {@code is_set}/{@code is_not_set} ask whether there is a value, {@code has_all} whether every wanted
         * tag is there, a negative operator whether no value satisfies its positive twin, any other operator whether
         * some value satisfies it.
         */
        private static Node leaf(Rule rule, Source source, Operator operator, Predicate<Object> positive, Set<String> all) {
            Predicate<CustomerFacts> test = switch (operator) {
                case IS_SET -> f -> source.any(f, v -> true);
                case IS_NOT_SET -> f -> !source.any(f, v -> true);
                case HAS_ALL -> f -> source.values(f).containsAll(all);
                default -> operator.isNegative() ? f -> !source.any(f, positive) : f -> source.any(f, positive);
            };
            return new Node() {
                @Override
                public boolean test(CustomerFacts f) {
                    return test.test(f);
                }

                @Override
                public Explanation explain(CustomerFacts f) {
                    List<?> observed = source.values(f);
                    String text = observed.isEmpty() ? "unset"
                            : observed.size() == 1 ? String.valueOf(observed.get(0)) : observed.toString();
                    return new Explanation(rule, test.test(f), Optional.of(text), List.of());
                }
            };
        }

        // ---- checks ------------------------------------------------------------------------------------------

        /** The test one value must pass for the operator's positive form; unused for set/not set and has_all. */
        private Predicate<Object> element(ValueType type, Operator given, List<RuleValue> values) {
            Operator operator = given.positive();
            if (operator == Operator.IS_SET || operator == Operator.IS_NOT_SET || operator == Operator.HAS_ALL) {
                return v -> true;
            }
            return switch (type) {
                case TEXT -> text(operator, values);
                case TAGS -> {
                    Set<String> wanted = texts(values, false);
                    yield wanted::contains;
                }
                case NUMBER -> number(operator, values);
                case BOOLEAN -> {
                    boolean wanted = ((RuleValue.Bool) values.get(0)).value();
                    yield v -> (Boolean) v == wanted;
                }
                case MONEY -> money(operator, values);
                case DATE -> {
                    RuleContext.DateRange range = context.range(operator, values);
                    yield v -> range.contains((LocalDate) v);
                }
                case TIMESTAMP -> {
                    RuleContext.DateRange range = context.range(operator, values);
                    Instant from = range.fromInstant(context).orElse(null);
                    Instant until = range.untilInstant(context).orElse(null);
                    yield v -> {
                        Instant t = (Instant) v;
                        return (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
                    };
                }
                case ANNIVERSARY -> {
                    LocalDate today = context.today();
                    LocalDate last = ((RuleValue.Span) values.get(0)).after(today);
                    yield v -> !nextAnniversary((LocalDate) v, today).isAfter(last);
                }
            };
        }

        private static Predicate<Object> text(Operator operator, List<RuleValue> values) {
            if (operator == Operator.IN) {
                Set<String> wanted = texts(values, true);
                if (wanted.size() <= 8) {
                    String[] few = wanted.toArray(String[]::new);
                    return v -> {
                        for (String w : few) {
                            if (equalsLowered((String) v, w)) {
                                return true;
                            }
                        }
                        return false;
                    };
                }
                return v -> wanted.contains(lower(v));
            }
            String c = lower(((RuleValue.Text) values.get(0)).value());
            return switch (operator) {
                case EQUALS -> v -> equalsLowered((String) v, c);
                case CONTAINS -> v -> lower(v).contains(c);
                case STARTS_WITH -> v -> lower(v).startsWith(c);
                case ENDS_WITH -> v -> lower(v).endsWith(c);
                default -> throw new IllegalArgumentException(operator.jsonName());
            };
        }

        private static Predicate<Object> number(Operator operator, List<RuleValue> values) {
            List<BigDecimal> numbers = values.stream().map(v -> ((RuleValue.Number) v).value()).toList();
            BigDecimal c = numbers.get(0);
            return switch (operator) {
                case EQUALS -> v -> compare(v, c) == 0;
                case LESS_THAN -> v -> compare(v, c) < 0;
                case LESS_OR_EQUAL -> v -> compare(v, c) <= 0;
                case GREATER_THAN -> v -> compare(v, c) > 0;
                case GREATER_OR_EQUAL -> v -> compare(v, c) >= 0;
                case BETWEEN -> v -> compare(v, c) >= 0 && compare(v, numbers.get(1)) <= 0;
                case IN -> v -> numbers.stream().anyMatch(n -> compare(v, n) == 0);
                default -> throw new IllegalArgumentException(operator.jsonName());
            };
        }

        private static int compare(Object value, BigDecimal constant) {
            return value instanceof Ratio r ? r.compareTo(constant) : ((BigDecimal) value).compareTo(constant);
        }

        private static Predicate<Object> money(Operator operator, List<RuleValue> values) {
            Money c = ((RuleValue.Amount) values.get(0)).value();
            BigDecimal high = values.size() > 1 ? ((RuleValue.Amount) values.get(1)).value().amount() : null;
            Predicate<Integer> test = switch (operator) {
                case EQUALS -> d -> d == 0;
                case LESS_THAN -> d -> d < 0;
                case LESS_OR_EQUAL -> d -> d <= 0;
                case GREATER_THAN -> d -> d > 0;
                case GREATER_OR_EQUAL, BETWEEN -> d -> d >= 0;
                default -> throw new IllegalArgumentException(operator.jsonName());
            };
            return v -> {
                Money m = (Money) v;
                return m.currency().equals(c.currency()) && test.test(m.amount().compareTo(c.amount()))
                        && (high == null || m.amount().compareTo(high) <= 0);
            };
        }

        private static Set<String> texts(List<RuleValue> values, boolean lower) {
            return values.stream().map(v -> ((RuleValue.Text) v).value())
                    .map(s -> lower ? lower(s) : s).collect(Collectors.toUnmodifiableSet());
        }

        private static String lower(Object text) {
            return ((String) text).toLowerCase(Locale.ROOT);
        }

        /**
         * {@return whether {@code value.toLowerCase(Locale.ROOT)} equals {@code lowered}}, without building the lower
         * case copy when the value is ASCII (whose lower case has the same length, letter for letter)
         */
        static boolean equalsLowered(String value, String lowered) {
            int n = value.length();
            for (int i = 0; i < n; i++) {
                if (value.charAt(i) >= 128) {
                    return value.toLowerCase(Locale.ROOT).equals(lowered);
                }
            }
            if (n != lowered.length()) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    ch = (char) (ch + ('a' - 'A'));
                }
                if (ch != lowered.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        // ---- field values --------------------------------------------------------------------------------------

        private Source source(FieldDefinition field) {
            Optional<String> attribute = field.attributeKey();
            if (attribute.isPresent()) {
                String key = attribute.get();
                return single(f -> {
                    AttributeValue value = profile(f).attributes().get(key);
                    return value == null ? null : attributeValue(value);
                });
            }
            String name = field.name();
            if (name.startsWith(FieldRegistry.CONSENT_PREFIX)) {
                ContactChannel channel = ContactChannel.valueOf(
                        name.substring(FieldRegistry.CONSENT_PREFIX.length()).toUpperCase(Locale.ROOT));
                return single(f -> LOWER_CONSENT.get(profile(f).consents().getOrDefault(channel, Consent.unknown()).state()));
            }
            return switch (name) {
                case "kind" -> single(f -> LOWER_KIND.get(profile(f).name().kind()));
                case "name" -> single(f -> profile(f).name().display());
                case "givenName" -> single(f -> profile(f).name() instanceof PersonName p ? p.givenName().orElse(null) : null);
                case "familyName" -> single(f -> profile(f).name() instanceof PersonName p ? p.familyName() : null);
                case "email" -> many(f -> profile(f).emails(), (EmailContact e) -> e.email().value());
                case "emailDomain" -> many(f -> profile(f).emails(),
                        (EmailContact e) -> e.email().value().substring(e.email().value().lastIndexOf('@') + 1));
                case "phone" -> many(f -> profile(f).phones(), (PhoneContact p) -> p.phone().e164());
                case "country" -> many(f -> profile(f).addresses(), Address::countryCode);
                case "city" -> many(f -> profile(f).addresses(), (Address a) -> a.city().orElse(null));
                case "lifecycleStage" -> single(f -> profile(f).lifecycleStage().key());
                case "owner" -> single(f -> profile(f).owner().map(u -> u.value()).orElse(null));
                case "leadSource" -> single(f -> profile(f).leadSource().orElse(null));
                case "preferredChannel" -> single(f -> profile(f).preferredChannel().map(LOWER_CHANNEL::get).orElse(null));
                case "tags" -> many(f -> profile(f).tags(), (String t) -> t);
                case "createdAt" -> single(f -> f.customer().createdAt());
                case "updatedAt" -> single(f -> f.customer().updatedAt());
                case "birthDate", "birthday" -> single(f -> profile(f).birthDate().orElse(null));
                case "leadScore" -> single(f -> f.leadScore().orElse(null));
                default -> throw new IllegalArgumentException("no accessor for field " + name);
            };
        }

        private static CustomerProfile profile(CustomerFacts f) {
            return f.customer().profile();
        }

        private static Object attributeValue(AttributeValue value) {
            if (value instanceof AttributeValue.Text t) {
                return t.value();
            } else if (value instanceof AttributeValue.Choice c) {
                return c.value();
            } else if (value instanceof AttributeValue.Number n) {
                return n.value();
            } else if (value instanceof AttributeValue.Bool b) {
                return b.value();
            } else if (value instanceof AttributeValue.Date d) {
                return d.value();
            }
            return ((AttributeValue.MoneyValue) value).value();
        }

        // ---- metrics -------------------------------------------------------------------------------------------

        private Source metric(Metric metric) {
            RuleContext.DateRange window = context.window(metric.window());
            Instant from = window.fromInstant(context).orElse(null);
            Instant until = window.untilInstant(context).orElse(null);
            Predicate<Instant> inWindow = t -> (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
            Currency currency = metric.currency().orElse(null);
            LocalDate today = context.today();
            Function<CustomerFacts, Object> value = switch (metric.kind()) {
                case PURCHASE_COUNT -> f -> {
                    long n = 0;
                    for (Purchase p : f.purchases()) {
                        if (counts(p) && inWindow.test(p.details().occurredAt())) {
                            n++;
                        }
                    }
                    return BigDecimal.valueOf(n);
                };
                case TOTAL_SPEND -> f -> spend(f, currency, inWindow).numerator();
                case AVERAGE_ORDER_VALUE -> f -> {
                    Ratio r = spend(f, currency, inWindow);
                    return r.denominator() == 0 ? null : r;
                };
                case DAYS_SINCE_LAST_PURCHASE -> f -> {
                    Instant latest = null;
                    for (Purchase p : f.purchases()) {
                        if (counts(p) && (latest == null || p.details().occurredAt().isAfter(latest))) {
                            latest = p.details().occurredAt();
                        }
                    }
                    return latest == null ? null : daysBetween(latest, today);
                };
                case INTERACTION_COUNT -> f -> {
                    long n = 0;
                    for (Interaction i : f.interactions()) {
                        if (metric.channel().map(c -> c == i.details().channel()).orElse(true)
                                && inWindow.test(i.details().occurredAt())) {
                            n++;
                        }
                    }
                    return BigDecimal.valueOf(n);
                };
                case DAYS_SINCE_LAST_INTERACTION -> f -> {
                    Instant latest = null;
                    for (Interaction i : f.interactions()) {
                        if (metric.channel().map(c -> c == i.details().channel()).orElse(true)
                                && (latest == null || i.details().occurredAt().isAfter(latest))) {
                            latest = i.details().occurredAt();
                        }
                    }
                    return latest == null ? null : daysBetween(latest, today);
                };
                case OPEN_OPPORTUNITY_COUNT -> f -> BigDecimal.valueOf(count(f.openOpportunities()));
                case OPEN_OPPORTUNITY_WEIGHTED_VALUE -> f -> {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Opportunity o : f.openOpportunities()) {
                        if (o.details().amount().currency().equals(currency)) {
                            sum = sum.add(weighted(f, o).amount());
                        }
                    }
                    return sum;
                };
                case OPEN_TICKET_COUNT -> f -> BigDecimal.valueOf(count(f.openTickets()));
                case LATEST_NPS -> f -> {
                    SurveyResponse latest = null;
                    Comparator<SurveyResponse> order = Comparator.comparing((SurveyResponse r) -> r.answer().answeredAt())
                            .thenComparing(SurveyResponse::id);
                    for (SurveyResponse r : f.surveyResponses()) {
                        if (r.answer().type() == SurveyType.NPS && (latest == null || order.compare(r, latest) > 0)) {
                            latest = r;
                        }
                    }
                    return latest == null ? null : BigDecimal.valueOf(latest.answer().score());
                };
            };
            return single(value);
        }

        private static boolean counts(Purchase p) {
            return p.status() != PurchaseStatus.REFUNDED;
        }

        private static Ratio spend(CustomerFacts f, Currency currency, Predicate<Instant> inWindow) {
            BigDecimal sum = BigDecimal.ZERO;
            long n = 0;
            for (Purchase p : f.purchases()) {
                if (counts(p) && p.details().total().currency().equals(currency) && inWindow.test(p.details().occurredAt())) {
                    sum = sum.add(p.details().total().amount().subtract(p.refunded().amount()));
                    n++;
                }
            }
            return new Ratio(sum, n);
        }

        private static Money weighted(CustomerFacts f, Opportunity o) {
            return f.pipeline(o.pipeline()).map(o::weightedAmountIn).orElseGet(() -> o.details().amount().times(
                    BigDecimal.valueOf(o.details().probability().orElse(0), 2), RoundingMode.HALF_EVEN));
        }

        private BigDecimal daysBetween(Instant latest, LocalDate today) {
            return BigDecimal.valueOf(ChronoUnit.DAYS.between(context.dateOf(latest), today));
        }

        private static long count(Iterable<?> items) {
            long n = 0;
            for (Object ignored : items) {
                n++;
            }
            return n;
        }
    }

    /**
     * {@return the first date on or after {@code today} with the month and day of {@code date}; 29 February falls on
     * 28 February in years without it}
     *
     * @param date  a date such as a birth date
     * @param today the day to count from
     */
    public static LocalDate nextAnniversary(LocalDate date, LocalDate today) {
        LocalDate thisYear = date.withYear(today.getYear());
        return thisYear.isBefore(today) ? date.withYear(today.getYear() + 1) : thisYear;
    }
}
