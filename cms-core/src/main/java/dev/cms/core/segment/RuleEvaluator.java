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

    /**
     * Where a leaf's values come from. Built-in fields are read by a switch on a field code and multi-valued ones
     * iterated in place, so testing a customer allocates nothing and the JIT sees no megamorphic calls; metrics,
     * custom attributes and list membership go through a function.
     */
    private static final class Source {
        static final int FUNCTION = 0;
        static final int KIND = 1;
        static final int NAME = 2;
        static final int GIVEN_NAME = 3;
        static final int FAMILY_NAME = 4;
        static final int STAGE = 5;
        static final int OWNER = 6;
        static final int LEAD_SOURCE = 7;
        static final int PREFERRED_CHANNEL = 8;
        static final int CREATED_AT = 9;
        static final int UPDATED_AT = 10;
        static final int BIRTH_DATE = 11;
        static final int LEAD_SCORE = 12;
        static final int CONSENT = 13;
        static final int EMAIL = 20;
        static final int EMAIL_DOMAIN = 21;
        static final int PHONE = 22;
        static final int COUNTRY = 23;
        static final int CITY = 24;
        static final int TAGS = 25;

        private final int code;
        private final Function<CustomerFacts, Object> function;
        private final ContactChannel channel;

        private Source(int code, Function<CustomerFacts, Object> function, ContactChannel channel) {
            this.code = code;
            this.function = function;
            this.channel = channel;
        }

        static Source of(int code) {
            return new Source(code, null, null);
        }

        static Source consent(ContactChannel channel) {
            return new Source(CONSENT, null, channel);
        }

        /** A value computed by a function that returns null when unset. */
        static Source single(Function<CustomerFacts, Object> get) {
            return new Source(FUNCTION, get, null);
        }

        /** The single value, or null when unset; only for codes below {@link #EMAIL}. */
        private Object single(CustomerFacts f) {
            CustomerProfile p = f.customer().profile();
            switch (code) {
                case FUNCTION:
                    return function.apply(f);
                case KIND:
                    return LOWER_KIND.get(p.name().kind());
                case NAME:
                    return p.name().display();
                case GIVEN_NAME:
                    return p.name() instanceof PersonName n ? n.givenName().orElse(null) : null;
                case FAMILY_NAME:
                    return p.name() instanceof PersonName n ? n.familyName() : null;
                case STAGE:
                    return p.lifecycleStage().key();
                case OWNER:
                    return p.owner().map(u -> u.value()).orElse(null);
                case LEAD_SOURCE:
                    return p.leadSource().orElse(null);
                case PREFERRED_CHANNEL:
                    return p.preferredChannel().map(LOWER_CHANNEL::get).orElse(null);
                case CREATED_AT:
                    return f.customer().createdAt();
                case UPDATED_AT:
                    return f.customer().updatedAt();
                case BIRTH_DATE:
                    return p.birthDate().orElse(null);
                case LEAD_SCORE:
                    return f.leadScore().orElse(null);
                case CONSENT:
                    Consent consent = p.consents().get(channel);
                    return LOWER_CONSENT.get(consent == null ? ConsentState.UNKNOWN : consent.state());
                default:
                    throw new IllegalStateException("field code " + code);
            }
        }

        /** Whether some value satisfies the check. */
        boolean any(CustomerFacts f, Check check) {
            if (code < EMAIL) {
                Object v = single(f);
                return v != null && check.test(v);
            }
            CustomerProfile p = f.customer().profile();
            switch (code) {
                case EMAIL:
                    for (EmailContact e : p.emails()) {
                        if (check.test(e.email().value())) {
                            return true;
                        }
                    }
                    return false;
                case EMAIL_DOMAIN:
                    for (EmailContact e : p.emails()) {
                        if (check.test(domain(e))) {
                            return true;
                        }
                    }
                    return false;
                case PHONE:
                    for (PhoneContact ph : p.phones()) {
                        if (check.test(ph.phone().e164())) {
                            return true;
                        }
                    }
                    return false;
                case COUNTRY:
                    for (Address a : p.addresses()) {
                        if (check.test(a.countryCode())) {
                            return true;
                        }
                    }
                    return false;
                case CITY:
                    for (Address a : p.addresses()) {
                        if (a.city().isPresent() && check.test(a.city().get())) {
                            return true;
                        }
                    }
                    return false;
                case TAGS:
                    for (String tag : p.tags()) {
                        if (check.test(tag)) {
                            return true;
                        }
                    }
                    return false;
                default:
                    throw new IllegalStateException("field code " + code);
            }
        }

        /** The values, for explanations and {@code has_all}. */
        List<Object> values(CustomerFacts f) {
            if (code < EMAIL) {
                Object v = single(f);
                return v == null ? List.of() : List.of(v);
            }
            CustomerProfile p = f.customer().profile();
            return switch (code) {
                case EMAIL -> p.emails().stream().<Object>map(e -> e.email().value()).toList();
                case EMAIL_DOMAIN -> p.emails().stream().<Object>map(Source::domain).toList();
                case PHONE -> p.phones().stream().<Object>map(ph -> ph.phone().e164()).toList();
                case COUNTRY -> p.addresses().stream().<Object>map(Address::countryCode).toList();
                case CITY -> p.addresses().stream().flatMap(a -> a.city().stream()).<Object>map(c -> c).toList();
                case TAGS -> List.copyOf(p.tags());
                default -> throw new IllegalStateException("field code " + code);
            };
        }

        private static String domain(EmailContact e) {
            String address = e.email().value();
            return address.substring(address.lastIndexOf('@') + 1);
        }
    }

    /**
     * The test one value must pass, as a switch on a check code with its constants: one class, so the call from a
     * {@link Source} stays monomorphic.
     */
    private static final class Check {
        static final int ANY = 0;
        static final int TEXT_EQUALS = 1;
        static final int TEXT_IN_FEW = 2;
        static final int TEXT_IN_SET = 3;
        static final int TEXT_CONTAINS = 4;
        static final int TEXT_STARTS = 5;
        static final int TEXT_ENDS = 6;
        static final int EXACT_IN = 7;
        static final int NUMBER = 8;
        static final int NUMBER_IN = 9;
        static final int BOOL = 10;
        static final int MONEY = 11;
        static final int DATE = 12;
        static final int INSTANT = 13;
        static final int ANNIVERSARY = 14;

        static final Check ALWAYS = new Check(ANY);

        final int code;
        String text;
        String[] texts;
        Set<String> set;
        Operator operator;
        BigDecimal low;
        BigDecimal high;
        List<BigDecimal> numbers;
        boolean bool;
        Money money;
        RuleContext.DateRange dates;
        Instant from;
        Instant until;
        LocalDate today;
        LocalDate last;

        Check(int code) {
            this.code = code;
        }

        boolean test(Object v) {
            switch (code) {
                case ANY:
                    return true;
                case TEXT_EQUALS:
                    return Compiler.equalsLowered((String) v, text);
                case TEXT_IN_FEW:
                    for (String w : texts) {
                        if (Compiler.equalsLowered((String) v, w)) {
                            return true;
                        }
                    }
                    return false;
                case TEXT_IN_SET:
                    return set.contains(Compiler.lower(v));
                case TEXT_CONTAINS:
                    return Compiler.lower(v).contains(text);
                case TEXT_STARTS:
                    return Compiler.lower(v).startsWith(text);
                case TEXT_ENDS:
                    return Compiler.lower(v).endsWith(text);
                case EXACT_IN:
                    return set.contains(v);
                case NUMBER:
                    return number(v);
                case NUMBER_IN:
                    for (BigDecimal n : numbers) {
                        if (Compiler.compare(v, n) == 0) {
                            return true;
                        }
                    }
                    return false;
                case BOOL:
                    return (Boolean) v == bool;
                case MONEY:
                    Money m = (Money) v;
                    if (!m.currency().equals(money.currency())) {
                        return false;
                    }
                    int d = m.amount().compareTo(money.amount());
                    return switch (operator) {
                        case EQUALS -> d == 0;
                        case LESS_THAN -> d < 0;
                        case LESS_OR_EQUAL -> d <= 0;
                        case GREATER_THAN -> d > 0;
                        case GREATER_OR_EQUAL -> d >= 0;
                        case BETWEEN -> d >= 0 && m.amount().compareTo(high) <= 0;
                        default -> throw new IllegalStateException(operator.jsonName());
                    };
                case DATE:
                    return dates.contains((LocalDate) v);
                case INSTANT:
                    Instant t = (Instant) v;
                    return (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
                case ANNIVERSARY:
                    return !nextAnniversary((LocalDate) v, today).isAfter(last);
                default:
                    throw new IllegalStateException("check code " + code);
            }
        }

        private boolean number(Object v) {
            int d = Compiler.compare(v, low);
            return switch (operator) {
                case EQUALS -> d == 0;
                case LESS_THAN -> d < 0;
                case LESS_OR_EQUAL -> d <= 0;
                case GREATER_THAN -> d > 0;
                case GREATER_OR_EQUAL -> d >= 0;
                case BETWEEN -> d >= 0 && Compiler.compare(v, high) <= 0;
                default -> throw new IllegalStateException(operator.jsonName());
            };
        }
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

    /**
     * A leaf: {@code is_set}/{@code is_not_set} ask whether there is a value, {@code has_all} whether every wanted tag
     * is there, a negative operator whether no value satisfies its positive twin, any other operator whether some
     * value satisfies it.
     */
    private static final class Leaf implements Node {
        private static final int SET = 0;
        private static final int NOT_SET = 1;
        private static final int ALL = 2;
        private static final int NONE = 3;
        private static final int SOME = 4;

        private final Rule rule;
        private final Source source;
        private final Check check;
        private final Set<String> all;
        private final int mode;

        Leaf(Rule rule, Source source, Operator operator, Check check, Set<String> all) {
            this.rule = rule;
            this.source = source;
            this.check = check;
            this.all = all;
            this.mode = switch (operator) {
                case IS_SET -> SET;
                case IS_NOT_SET -> NOT_SET;
                case HAS_ALL -> ALL;
                default -> operator.isNegative() ? NONE : SOME;
            };
        }

        @Override
        public boolean test(CustomerFacts f) {
            return switch (mode) {
                case SET -> source.any(f, Check.ALWAYS);
                case NOT_SET -> !source.any(f, Check.ALWAYS);
                case ALL -> source.values(f).containsAll(all);
                case NONE -> !source.any(f, check);
                default -> source.any(f, check);
            };
        }

        @Override
        public Explanation explain(CustomerFacts f) {
            List<?> observed = source.values(f);
            String text = observed.isEmpty() ? "unset"
                    : observed.size() == 1 ? String.valueOf(observed.get(0)) : observed.toString();
            return new Explanation(rule, test(f), Optional.of(text), List.of());
        }
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
                return leaf(rule, Source.single(f -> f.inList(in.list()) ? "member" : null), Operator.IS_SET, Check.ALWAYS, Set.of());
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
            Node[] array = parts.toArray(Node[]::new);
            return new Node() {
                @Override
                public boolean test(CustomerFacts f) {
                    for (Node part : array) {
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
        private static Node leaf(Rule rule, Source source, Operator operator, Check positive, Set<String> all) {
            return new Leaf(rule, source, operator, positive, all);
        }

        // ---- checks ------------------------------------------------------------------------------------------

        /** The test one value must pass for the operator's positive form; unused for set/not set and has_all. */
        private Check element(ValueType type, Operator given, List<RuleValue> values) {
            Operator operator = given.positive();
            if (operator == Operator.IS_SET || operator == Operator.IS_NOT_SET || operator == Operator.HAS_ALL) {
                return Check.ALWAYS;
            }
            switch (type) {
                case TEXT:
                    return text(operator, values);
                case TAGS: {
                    Check c = new Check(Check.EXACT_IN);
                    c.set = texts(values, false);
                    return c;
                }
                case NUMBER: {
                    List<BigDecimal> numbers = values.stream().map(v -> ((RuleValue.Number) v).value()).toList();
                    Check c = new Check(operator == Operator.IN ? Check.NUMBER_IN : Check.NUMBER);
                    c.operator = operator;
                    c.numbers = numbers;
                    c.low = numbers.get(0);
                    c.high = numbers.size() > 1 ? numbers.get(1) : null;
                    return c;
                }
                case BOOLEAN: {
                    Check c = new Check(Check.BOOL);
                    c.bool = ((RuleValue.Bool) values.get(0)).value();
                    return c;
                }
                case MONEY: {
                    Check c = new Check(Check.MONEY);
                    c.operator = operator;
                    c.money = ((RuleValue.Amount) values.get(0)).value();
                    c.high = values.size() > 1 ? ((RuleValue.Amount) values.get(1)).value().amount() : null;
                    return c;
                }
                case DATE: {
                    Check c = new Check(Check.DATE);
                    c.dates = context.range(operator, values);
                    return c;
                }
                case TIMESTAMP: {
                    RuleContext.DateRange range = context.range(operator, values);
                    Check c = new Check(Check.INSTANT);
                    c.from = range.fromInstant(context).orElse(null);
                    c.until = range.untilInstant(context).orElse(null);
                    return c;
                }
                case ANNIVERSARY: {
                    Check c = new Check(Check.ANNIVERSARY);
                    c.today = context.today();
                    c.last = ((RuleValue.Span) values.get(0)).after(c.today);
                    return c;
                }
                default:
                    throw new IllegalArgumentException(type.name());
            }
        }

        private static Check text(Operator operator, List<RuleValue> values) {
            if (operator == Operator.IN) {
                Set<String> wanted = texts(values, true);
                Check c = new Check(wanted.size() <= 8 ? Check.TEXT_IN_FEW : Check.TEXT_IN_SET);
                c.set = wanted;
                c.texts = wanted.toArray(String[]::new);
                return c;
            }
            Check c = new Check(switch (operator) {
                case EQUALS -> Check.TEXT_EQUALS;
                case CONTAINS -> Check.TEXT_CONTAINS;
                case STARTS_WITH -> Check.TEXT_STARTS;
                case ENDS_WITH -> Check.TEXT_ENDS;
                default -> throw new IllegalArgumentException(operator.jsonName());
            });
            c.text = lower(((RuleValue.Text) values.get(0)).value());
            return c;
        }

        static int compare(Object value, BigDecimal constant) {
            return value instanceof Ratio r ? r.compareTo(constant) : ((BigDecimal) value).compareTo(constant);
        }

        private static Set<String> texts(List<RuleValue> values, boolean lower) {
            return values.stream().map(v -> ((RuleValue.Text) v).value())
                    .map(s -> lower ? lower(s) : s).collect(Collectors.toUnmodifiableSet());
        }

        static String lower(Object text) {
            return ((String) text).toLowerCase(Locale.ROOT);
        }

        /**
         * {@return whether {@code value.toLowerCase(Locale.ROOT)} equals {@code lowered}}, without building the lower
         * case copy when the value is ASCII (whose lower case has the same length, letter for letter)
         */
        static boolean equalsLowered(String value, String lowered) {
            // While every character so far is ASCII, the lower-case copy agrees with the value position by position,
            // so the first difference decides; any other character needs the real lower-case copy.
            int n = value.length();
            int m = lowered.length();
            for (int i = 0; i < n; i++) {
                char ch = value.charAt(i);
                if (ch >= 128) {
                    return value.toLowerCase(Locale.ROOT).equals(lowered);
                }
                if (ch >= 'A' && ch <= 'Z') {
                    ch = (char) (ch + ('a' - 'A'));
                }
                if (i >= m || ch != lowered.charAt(i)) {
                    return false;
                }
            }
            return n == m;
        }

        // ---- field values --------------------------------------------------------------------------------------

        private Source source(FieldDefinition field) {
            Optional<String> attribute = field.attributeKey();
            if (attribute.isPresent()) {
                String key = attribute.get();
                return Source.single(f -> {
                    AttributeValue value = f.customer().profile().attributes().get(key);
                    return value == null ? null : attributeValue(value);
                });
            }
            String name = field.name();
            if (name.startsWith(FieldRegistry.CONSENT_PREFIX)) {
                return Source.consent(ContactChannel.valueOf(
                        name.substring(FieldRegistry.CONSENT_PREFIX.length()).toUpperCase(Locale.ROOT)));
            }
            return Source.of(switch (name) {
                case "kind" -> Source.KIND;
                case "name" -> Source.NAME;
                case "givenName" -> Source.GIVEN_NAME;
                case "familyName" -> Source.FAMILY_NAME;
                case "email" -> Source.EMAIL;
                case "emailDomain" -> Source.EMAIL_DOMAIN;
                case "phone" -> Source.PHONE;
                case "country" -> Source.COUNTRY;
                case "city" -> Source.CITY;
                case "lifecycleStage" -> Source.STAGE;
                case "owner" -> Source.OWNER;
                case "leadSource" -> Source.LEAD_SOURCE;
                case "preferredChannel" -> Source.PREFERRED_CHANNEL;
                case "tags" -> Source.TAGS;
                case "createdAt" -> Source.CREATED_AT;
                case "updatedAt" -> Source.UPDATED_AT;
                case "birthDate", "birthday" -> Source.BIRTH_DATE;
                case "leadScore" -> Source.LEAD_SCORE;
                default -> throw new IllegalArgumentException("no accessor for field " + name);
            });
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
            return Source.single(value);
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
