package dev.cms.core.segment;

import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.PersonName;
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
                return leaf(rule, f -> f.inList(in.list()) ? List.of("member") : List.of(), values -> !values.isEmpty());
            } else if (rule instanceof Rule.FieldCondition c) {
                FieldDefinition field = registry.find(c.field()).orElseThrow();
                return leaf(rule, extractor(field), check(field.type(), c.operator(), c.values()));
            } else if (rule instanceof Rule.MetricCondition m) {
                return leaf(rule, metric(m.metric()), check(ValueType.NUMBER, m.operator(), m.values()));
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

        private static Node leaf(Rule rule, Function<CustomerFacts, List<?>> values, Predicate<List<?>> check) {
            return new Node() {
                @Override
                public boolean test(CustomerFacts f) {
                    return check.test(values.apply(f));
                }

                @Override
                public Explanation explain(CustomerFacts f) {
                    List<?> observed = values.apply(f);
                    String text = observed.isEmpty() ? "unset"
                            : observed.size() == 1 ? String.valueOf(observed.get(0)) : observed.toString();
                    return new Explanation(rule, check.test(observed), Optional.of(text), List.of());
                }
            };
        }

        // ---- checks ------------------------------------------------------------------------------------------

        private Predicate<List<?>> check(ValueType type, Operator operator, List<RuleValue> values) {
            switch (operator) {
                case IS_SET:
                    return list -> !list.isEmpty();
                case IS_NOT_SET:
                    return List::isEmpty;
                case HAS_ALL: {
                    Set<String> wanted = texts(values, false);
                    return list -> list.containsAll(wanted);
                }
                default:
                    break;
            }
            Predicate<Object> positive = element(type, operator.positive(), values);
            if (operator.isNegative()) {
                return list -> {
                    for (Object v : list) {
                        if (positive.test(v)) {
                            return false;
                        }
                    }
                    return true;
                };
            }
            return list -> {
                for (Object v : list) {
                    if (positive.test(v)) {
                        return true;
                    }
                }
                return false;
            };
        }

        private Predicate<Object> element(ValueType type, Operator operator, List<RuleValue> values) {
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
                return v -> wanted.contains(lower(v));
            }
            String c = lower(((RuleValue.Text) values.get(0)).value());
            return switch (operator) {
                case EQUALS -> v -> lower(v).equals(c);
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

        // ---- field values --------------------------------------------------------------------------------------

        private Function<CustomerFacts, List<?>> extractor(FieldDefinition field) {
            Optional<String> attribute = field.attributeKey();
            if (attribute.isPresent()) {
                String key = attribute.get();
                return f -> {
                    AttributeValue value = f.customer().profile().attributes().get(key);
                    return value == null ? List.of() : List.of(attributeValue(value));
                };
            }
            String name = field.name();
            if (name.startsWith(FieldRegistry.CONSENT_PREFIX)) {
                ContactChannel channel = ContactChannel.valueOf(
                        name.substring(FieldRegistry.CONSENT_PREFIX.length()).toUpperCase(Locale.ROOT));
                return f -> List.of(f.customer().profile().consents().getOrDefault(channel, Consent.unknown())
                        .state().name().toLowerCase(Locale.ROOT));
            }
            return switch (name) {
                case "kind" -> f -> List.of(profile(f).name().kind().name().toLowerCase(Locale.ROOT));
                case "name" -> f -> List.of(profile(f).name().display());
                case "givenName" -> f -> profile(f).name() instanceof PersonName p ? optional(p.givenName()) : List.of();
                case "familyName" -> f -> profile(f).name() instanceof PersonName p ? List.of(p.familyName()) : List.of();
                case "email" -> f -> profile(f).emails().stream().map(e -> e.email().value()).toList();
                case "emailDomain" -> f -> profile(f).emails().stream()
                        .map(e -> e.email().value().substring(e.email().value().lastIndexOf('@') + 1)).toList();
                case "phone" -> f -> profile(f).phones().stream().map(p -> p.phone().e164()).toList();
                case "country" -> f -> profile(f).addresses().stream().map(a -> a.countryCode()).toList();
                case "city" -> f -> profile(f).addresses().stream().flatMap(a -> a.city().stream()).toList();
                case "lifecycleStage" -> f -> List.of(profile(f).lifecycleStage().key());
                case "owner" -> f -> optional(profile(f).owner().map(u -> u.value()));
                case "leadSource" -> f -> optional(profile(f).leadSource());
                case "preferredChannel" -> f -> optional(profile(f).preferredChannel().map(c -> c.name().toLowerCase(Locale.ROOT)));
                case "tags" -> f -> List.copyOf(profile(f).tags());
                case "createdAt" -> f -> List.of(f.customer().createdAt());
                case "updatedAt" -> f -> List.of(f.customer().updatedAt());
                case "birthDate", "birthday" -> f -> optional(profile(f).birthDate());
                case "leadScore" -> f -> optional(f.leadScore());
                default -> throw new IllegalArgumentException("no accessor for field " + name);
            };
        }

        private static CustomerProfile profile(CustomerFacts f) {
            return f.customer().profile();
        }

        private static List<?> optional(Optional<?> value) {
            return value.isPresent() ? List.of(value.get()) : List.of();
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

        private Function<CustomerFacts, List<?>> metric(Metric metric) {
            RuleContext.DateRange window = context.window(metric.window());
            Instant from = window.fromInstant(context).orElse(null);
            Instant until = window.untilInstant(context).orElse(null);
            Predicate<Instant> inWindow = t -> (from == null || !t.isBefore(from)) && (until == null || t.isBefore(until));
            Currency currency = metric.currency().orElse(null);
            LocalDate today = context.today();
            return switch (metric.kind()) {
                case PURCHASE_COUNT -> f -> {
                    long n = 0;
                    for (Purchase p : f.purchases()) {
                        if (counts(p) && inWindow.test(p.details().occurredAt())) {
                            n++;
                        }
                    }
                    return List.of(BigDecimal.valueOf(n));
                };
                case TOTAL_SPEND -> f -> List.of(spend(f, currency, inWindow).numerator());
                case AVERAGE_ORDER_VALUE -> f -> {
                    Ratio r = spend(f, currency, inWindow);
                    return r.denominator() == 0 ? List.of() : List.of(r);
                };
                case DAYS_SINCE_LAST_PURCHASE -> f -> {
                    Instant latest = null;
                    for (Purchase p : f.purchases()) {
                        if (counts(p) && (latest == null || p.details().occurredAt().isAfter(latest))) {
                            latest = p.details().occurredAt();
                        }
                    }
                    return latest == null ? List.of() : List.of(daysBetween(latest, today));
                };
                case INTERACTION_COUNT -> f -> {
                    long n = 0;
                    for (Interaction i : f.interactions()) {
                        if (metric.channel().map(c -> c == i.details().channel()).orElse(true)
                                && inWindow.test(i.details().occurredAt())) {
                            n++;
                        }
                    }
                    return List.of(BigDecimal.valueOf(n));
                };
                case DAYS_SINCE_LAST_INTERACTION -> f -> {
                    Instant latest = null;
                    for (Interaction i : f.interactions()) {
                        if (metric.channel().map(c -> c == i.details().channel()).orElse(true)
                                && (latest == null || i.details().occurredAt().isAfter(latest))) {
                            latest = i.details().occurredAt();
                        }
                    }
                    return latest == null ? List.of() : List.of(daysBetween(latest, today));
                };
                case OPEN_OPPORTUNITY_COUNT -> f -> List.of(BigDecimal.valueOf(count(f.openOpportunities())));
                case OPEN_OPPORTUNITY_WEIGHTED_VALUE -> f -> {
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Opportunity o : f.openOpportunities()) {
                        if (o.details().amount().currency().equals(currency)) {
                            sum = sum.add(weighted(f, o).amount());
                        }
                    }
                    return List.of(sum);
                };
                case OPEN_TICKET_COUNT -> f -> List.of(BigDecimal.valueOf(count(f.openTickets())));
                case LATEST_NPS -> f -> {
                    SurveyResponse latest = null;
                    Comparator<SurveyResponse> order = Comparator.comparing((SurveyResponse r) -> r.answer().answeredAt())
                            .thenComparing(SurveyResponse::id);
                    for (SurveyResponse r : f.surveyResponses()) {
                        if (r.answer().type() == SurveyType.NPS && (latest == null || order.compare(r, latest) > 0)) {
                            latest = r;
                        }
                    }
                    return latest == null ? List.of() : List.of(BigDecimal.valueOf(latest.answer().score()));
                };
            };
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
