package dev.cms.persistence.jpa;

import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.money.Money;
import dev.cms.core.segment.FieldDefinition;
import dev.cms.core.segment.FieldRegistry;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleEvaluator;
import dev.cms.core.segment.RuleValidator;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.ValueType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Translates a rule into one SQL condition on {@code customer c}, with the same two-valued semantics as the core's
 * {@link RuleEvaluator}. The SQL text is built only from fixed fragments of this class: every value of the rule, every
 * attribute key and every bound computed from them is a numbered parameter ({@code ?1}, {@code ?2}, ...) in
 * {@link #parameters()}; a field name only selects a fragment through a {@code switch}.
 *
 * <p>Each leaf is an expression that is never SQL NULL, so {@code not} and {@code or} behave as in Java:
 * <ul>
 *   <li>a single-valued column is tested as {@code (col is not null and test)}, a multi-valued field (child rows) and
 *       every optional related fact as {@code exists (...)}; a negative operator is {@code not} its positive twin;</li>
 *   <li>text is compared on {@code *_lower} shadow columns that the mapper fills with Java's
 *       {@code toLowerCase(Locale.ROOT)}, against parameters lower-cased the same way; contains, starts and ends
 *       with are {@code like} patterns with {@code %}, {@code _} and the escape character escaped;</li>
 *   <li>enumerations (kind, preferred channel, consent states) are tested in Java against each constant's lower-case
 *       name, and the SQL asks for the stored names that passed;</li>
 *   <li>dates and timestamps become fixed bounds computed by {@link RuleContext} in the rule's zone, birthdays a set
 *       of month-day ranges, "days since last ..." bounds on the latest instant, so no SQL date function runs;</li>
 *   <li>metrics are correlated aggregate subqueries; the average order value is compared as
 *       {@code spend <op> value × count}, exactly; the open deals' weighted value rounds each deal half-even to the
 *       currency's minor unit in integer arithmetic before summing, as {@code Opportunity.weightedAmountIn}.</li>
 * </ul>
 */
final class RuleSql {
    /** The first instant the store holds (timestamps lie in years 1 to 9999). */
    private static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    /** The first instant after the last one the store may hold. */
    private static final Instant AFTER_LAST_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");
    private static final LocalDate FIRST_DATE = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(9999, 12, 31);
    /** More calendar days than lie between any two stored instants: a "days since" beyond it is unbounded. */
    private static final BigDecimal DAY_LIMIT = BigDecimal.valueOf(5_000_000);
    private static final String TRUE = "1 = 1";
    private static final String FALSE = "1 = 0";
    private static final char ESCAPE = '!';

    private final RuleContext context;
    private final FieldRegistry registry;
    private final List<Object> parameters = new ArrayList<>();

    private RuleSql(RuleContext context, FieldRegistry registry) {
        this.context = context;
        this.registry = registry;
    }

    /**
     * {@return the condition on {@code customer c} with its parameters}
     *
     * @throws dev.cms.core.ValidationException if the rule is not valid for the registry
     * @throws IllegalArgumentException         if the rule still refers to a saved segment
     */
    static RuleSql translate(Rule rule, RuleContext context, FieldRegistry registry, StringBuilder into) {
        RuleValidator.validate(rule, registry);
        RuleSql sql = new RuleSql(context, registry);
        into.append(sql.node(rule));
        return sql;
    }

    /** {@return the parameters in order: the n-th is bound to {@code ?n}} */
    List<Object> parameters() {
        return parameters;
    }

    /** {@return the placeholder of a new parameter} */
    String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    /**
     * {@return the placeholder of a new decimal parameter, typed: H2 would otherwise give it the type of the other
     * operand ({@code bigint} next to {@code count(*)}) and cut its fraction}
     */
    private String decimal(BigDecimal value) {
        return "cast(" + bind(value) + " as numeric(60, 20))";
    }

    private String decimals(List<BigDecimal> values) {
        return values.stream().map(this::decimal).collect(Collectors.joining(", ", "(", ")"));
    }

    // ---- tree -------------------------------------------------------------------------------------------------

    private String node(Rule rule) {
        if (rule instanceof Rule.All all) {
            return all.rules().stream().map(this::node).collect(Collectors.joining(" and ", "(", ")"));
        } else if (rule instanceof Rule.Any any) {
            return any.rules().stream().map(this::node).collect(Collectors.joining(" or ", "(", ")"));
        } else if (rule instanceof Rule.Not not) {
            return "(not " + node(not.rule()) + ")";
        } else if (rule instanceof Rule.InList in) {
            return "exists (select 1 from static_list_member m where m.list_id = " + bind(in.list().value())
                    + " and m.customer_id = c.id)";
        } else if (rule instanceof Rule.FieldCondition f) {
            return field(registry.find(f.field()).orElseThrow(), f.operator(), f.values());
        } else if (rule instanceof Rule.MetricCondition m) {
            return metric(m.metric(), m.operator(), m.values());
        }
        throw new IllegalArgumentException("inline saved segments before querying: " + rule);
    }

    // ---- fields -----------------------------------------------------------------------------------------------

    /**
     * Where a field's values lie: a column of {@code customer c} ({@code table} null), or a column of child rows
     * {@code x} of {@code table} (optionally restricted by {@code filter}, which already holds its parameters).
     */
    private record Source(String table, String filter, String column) {
        static Source column(String column) {
            return new Source(null, null, column);
        }

        static Source child(String table, String column) {
            return new Source(table, null, column);
        }

        /** {@return a never-null condition: some value of the field passes {@code test}} */
        String some(String test) {
            String value = column + " is not null" + (test.equals(TRUE) ? "" : " and " + test);
            if (table == null) {
                return "(" + value + ")";
            }
            return "exists (select 1 from " + table + " x where x.customer_id = c.id"
                    + (filter == null ? "" : " and " + filter) + " and " + value + ")";
        }
    }

    private String field(FieldDefinition field, Operator operator, List<RuleValue> values) {
        Optional<String> attribute = field.attributeKey();
        if (attribute.isPresent()) {
            return attribute(attribute.get(), field.type(), operator, values);
        }
        String name = field.name();
        if (name.startsWith(FieldRegistry.CONSENT_PREFIX)) {
            String column = switch (name.substring(FieldRegistry.CONSENT_PREFIX.length())) {
                case "email" -> "c.consent_email_state";
                case "sms" -> "c.consent_sms_state";
                case "phone" -> "c.consent_phone_state";
                case "post" -> "c.consent_post_state";
                default -> throw new IllegalArgumentException("no column for field " + name);
            };
            return enumeration(Source.column(column), ConsentState.values(), operator, values);
        }
        return switch (name) {
            case "kind" -> enumeration(Source.column("c.kind"), CustomerKind.values(), operator, values);
            case "preferredChannel" -> enumeration(Source.column("c.preferred_channel"), ContactChannel.values(),
                    operator, values);
            case "name" -> leaf(Source.column("c.name_lower"), ValueType.TEXT, operator, values);
            case "givenName" -> leaf(Source.column("c.given_name_lower"), ValueType.TEXT, operator, values);
            case "familyName" -> leaf(Source.column("c.family_name_lower"), ValueType.TEXT, operator, values);
            case "email" -> leaf(Source.child("customer_email", "x.email_lower"), ValueType.TEXT, operator, values);
            case "emailDomain" -> leaf(Source.child("customer_email", "x.email_domain_lower"), ValueType.TEXT,
                    operator, values);
            // E.164 numbers hold no letters: their lower case is themselves.
            case "phone" -> leaf(Source.child("customer_phone", "x.e164"), ValueType.TEXT, operator, values);
            case "country" -> leaf(Source.child("customer_address", "x.country_lower"), ValueType.TEXT, operator, values);
            case "city" -> leaf(Source.child("customer_address", "x.city_lower"), ValueType.TEXT, operator, values);
            // Stage keys are lower-case by construction ([a-z][a-z0-9_]*).
            case "lifecycleStage" -> leaf(Source.column("c.lifecycle_stage"), ValueType.TEXT, operator, values);
            case "owner" -> leaf(Source.column("c.owner_lower"), ValueType.TEXT, operator, values);
            case "leadSource" -> leaf(Source.column("c.lead_source_lower"), ValueType.TEXT, operator, values);
            case "tags" -> tags(operator, values);
            case "createdAt" -> leaf(Source.column("c.created_at"), ValueType.TIMESTAMP, operator, values);
            case "updatedAt" -> leaf(Source.column("c.updated_at"), ValueType.TIMESTAMP, operator, values);
            case "birthDate" -> leaf(Source.column("c.birth_date"), ValueType.DATE, operator, values);
            case "birthday" -> leaf(Source.column("c.birth_month_day"), ValueType.ANNIVERSARY, operator, values);
            case "leadScore" -> leaf(Source.child("lead_score", "x.score"), ValueType.NUMBER, operator, values);
            default -> throw new IllegalArgumentException("no column for field " + name);
        };
    }

    private String attribute(String key, ValueType type, Operator operator, List<RuleValue> values) {
        String column = switch (type) {
            case TEXT -> "x.text_lower";
            case NUMBER -> "x.number_value";
            case BOOLEAN -> "x.boolean_value";
            case DATE -> "x.date_value";
            case MONEY -> "x.money_amount";
            default -> throw new IllegalArgumentException("no attribute column for " + type);
        };
        String filter = "x.attr_key = " + bind(key);
        if (operator == Operator.IS_SET || operator == Operator.IS_NOT_SET) {
            // Set means a value is stored under the key, whatever its column.
            String exists = "exists (select 1 from customer_attribute x where x.customer_id = c.id and " + filter + ")";
            return operator == Operator.IS_SET ? exists : "(not " + exists + ")";
        }
        return leaf(new Source("customer_attribute", filter, column), type, operator, values);
    }

    /**
     * A leaf: set / not set ask whether a value exists, a negative operator is the negation of its positive twin,
     * any other operator asks whether some value passes.
     */
    private String leaf(Source source, ValueType type, Operator operator, List<RuleValue> values) {
        return switch (operator) {
            case IS_SET -> source.some(TRUE);
            case IS_NOT_SET -> "(not " + source.some(TRUE) + ")";
            default -> {
                String positive = source.some(test(source.column(), type, operator.positive(), values));
                yield operator.isNegative() ? "(not " + positive + ")" : positive;
            }
        };
    }

    /** {@return a condition on one non-null value of the column for a positive operator} */
    private String test(String column, ValueType type, Operator operator, List<RuleValue> values) {
        return switch (type) {
            case TEXT -> text(column, operator, values);
            case NUMBER -> number(column, operator, values.stream().map(v -> ((RuleValue.Number) v).value()).toList());
            case BOOLEAN -> column + " = " + bind(((RuleValue.Bool) values.get(0)).value());
            case MONEY -> money(column, operator, values);
            case DATE -> dates(column, context.range(operator, values));
            case TIMESTAMP -> {
                RuleContext.DateRange range = context.range(operator, values);
                yield instants(column, range.fromInstant(context), range.untilInstant(context));
            }
            case ANNIVERSARY -> anniversary(column, (RuleValue.Span) values.get(0));
            case TAGS -> throw new IllegalArgumentException("tags are handled by tags()");
        };
    }

    private String text(String column, Operator operator, List<RuleValue> values) {
        if (operator == Operator.IN) {
            return column + " in " + list(lowerTexts(values));
        }
        String c = lower(values.get(0));
        return switch (operator) {
            case EQUALS -> column + " = " + bind(c);
            case CONTAINS -> like(column, "%" + escape(c) + "%");
            case STARTS_WITH -> like(column, escape(c) + "%");
            case ENDS_WITH -> like(column, "%" + escape(c));
            default -> throw new IllegalArgumentException(operator.jsonName());
        };
    }

    private String like(String column, String pattern) {
        return column + " like " + bind(pattern) + " escape '" + ESCAPE + "'";
    }

    /** {@return the text with the escape character, {@code %} and {@code _} escaped for {@code like}} */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ESCAPE || ch == '%' || ch == '_') {
                s.append(ESCAPE);
            }
            s.append(ch);
        }
        return s.toString();
    }

    /** A text field over an enumeration stored by constant name: the text test runs in Java on each constant. */
    private String enumeration(Source source, Enum<?>[] constants, Operator operator, List<RuleValue> values) {
        if (operator == Operator.IS_SET || operator == Operator.IS_NOT_SET) {
            return leaf(source, ValueType.TEXT, operator, values);
        }
        Predicate<String> test = textTest(operator.positive(), values);
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : constants) {
            if (test.test(constant.name().toLowerCase(Locale.ROOT))) {
                names.add(constant.name());
            }
        }
        String positive = source.some(names.isEmpty() ? FALSE : source.column() + " in " + list(names));
        return operator.isNegative() ? "(not " + positive + ")" : positive;
    }

    /** {@return the positive text operator as a test of a lower-case value, as the core's evaluator defines it} */
    private static Predicate<String> textTest(Operator operator, List<RuleValue> values) {
        if (operator == Operator.IN) {
            Set<String> wanted = Set.copyOf(lowerTexts(values));
            return wanted::contains;
        }
        String c = lower(values.get(0));
        return switch (operator) {
            case EQUALS -> v -> v.equals(c);
            case CONTAINS -> v -> v.contains(c);
            case STARTS_WITH -> v -> v.startsWith(c);
            case ENDS_WITH -> v -> v.endsWith(c);
            default -> throw new IllegalArgumentException(operator.jsonName());
        };
    }

    private static String lower(RuleValue value) {
        return ((RuleValue.Text) value).value().toLowerCase(Locale.ROOT);
    }

    private static List<String> lowerTexts(List<RuleValue> values) {
        return values.stream().map(RuleSql::lower).distinct().toList();
    }

    /** Tags: compared exactly; has all counts the distinct wanted tags present. */
    private String tags(Operator operator, List<RuleValue> values) {
        Source source = Source.child("customer_tag", "x.tag");
        List<String> wanted = values.stream().map(v -> ((RuleValue.Text) v).value()).distinct().toList();
        return switch (operator) {
            case IS_SET, IS_NOT_SET -> leaf(source, ValueType.TAGS, operator, values);
            case HAS_ALL -> "((select count(*) from customer_tag x where x.customer_id = c.id and x.tag in "
                    + list(wanted) + ") = " + bind(wanted.size()) + ")";
            case HAS_ANY -> source.some("x.tag in " + list(wanted));
            case HAS_NONE -> "(not " + source.some("x.tag in " + list(wanted)) + ")";
            default -> throw new IllegalArgumentException(operator.jsonName());
        };
    }

    private String list(List<?> values) {
        return values.stream().map(this::bind).collect(Collectors.joining(", ", "(", ")"));
    }

    private String number(String expression, Operator operator, List<BigDecimal> values) {
        return switch (operator) {
            case EQUALS -> expression + " = " + decimal(values.get(0));
            case LESS_THAN -> expression + " < " + decimal(values.get(0));
            case LESS_OR_EQUAL -> expression + " <= " + decimal(values.get(0));
            case GREATER_THAN -> expression + " > " + decimal(values.get(0));
            case GREATER_OR_EQUAL -> expression + " >= " + decimal(values.get(0));
            case BETWEEN -> expression + " >= " + decimal(values.get(0)) + " and " + expression + " <= " + decimal(values.get(1));
            case IN -> expression + " in " + decimals(values);
            default -> throw new IllegalArgumentException(operator.jsonName());
        };
    }

    /** A money attribute: same currency and the amount compared; another currency never compares. */
    private String money(String column, Operator operator, List<RuleValue> values) {
        Money low = ((RuleValue.Amount) values.get(0)).value();
        List<BigDecimal> amounts = values.stream().map(v -> ((RuleValue.Amount) v).value().amount()).toList();
        return "x.money_currency = " + bind(low.currency().getCurrencyCode()) + " and " + number(column, operator, amounts);
    }

    /** {@return a condition that a date column lies in the inclusive range; bounds outside years 1..9999 dropped} */
    private String dates(String column, RuleContext.DateRange range) {
        LocalDate from = range.from().orElse(null);
        LocalDate to = range.to().orElse(null);
        if ((from != null && from.isAfter(LAST_DATE)) || (to != null && to.isBefore(FIRST_DATE))
                || (from != null && to != null && from.isAfter(to))) {
            return FALSE;
        }
        List<String> parts = new ArrayList<>();
        if (from != null && from.isAfter(FIRST_DATE)) {
            parts.add(column + " >= " + bind(from));
        }
        if (to != null && to.isBefore(LAST_DATE)) {
            parts.add(column + " <= " + bind(to));
        }
        return parts.isEmpty() ? TRUE : String.join(" and ", parts);
    }

    /**
     * {@return a condition {@code from <= column < until} on an instant column; an open side has no bound, and bounds
     * beyond the instants the store can hold are dropped, so only instants in years 1..9999 are ever bound}
     */
    private String instants(String column, Optional<Instant> from, Optional<Instant> until) {
        Instant f = from.orElse(null);
        Instant u = until.orElse(null);
        if ((f != null && !f.isBefore(AFTER_LAST_INSTANT)) || (u != null && !u.isAfter(FIRST_INSTANT))
                || (f != null && u != null && !f.isBefore(u))) {
            return FALSE;
        }
        List<String> parts = new ArrayList<>();
        if (f != null && f.isAfter(FIRST_INSTANT)) {
            parts.add(column + " >= " + bind(f));
        }
        if (u != null && u.isBefore(AFTER_LAST_INSTANT)) {
            parts.add(column + " < " + bind(u));
        }
        return parts.isEmpty() ? TRUE : String.join(" and ", parts);
    }

    /**
     * "Birthday within the next span": the month-days (month × 100 + day) whose next anniversary, by the core's
     * {@link RuleEvaluator#nextAnniversary}, falls on or before today plus the span, as ranges of that number.
     */
    private String anniversary(String column, RuleValue.Span span) {
        LocalDate today = context.today();
        LocalDate last = span.after(today);
        List<int[]> ranges = new ArrayList<>();
        int[] open = null;
        // Every month-day of a leap year in calendar order, which is also the numeric order of month × 100 + day.
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() == 2000; d = d.plusDays(1)) {
            int monthDay = d.getMonthValue() * 100 + d.getDayOfMonth();
            if (!RuleEvaluator.nextAnniversary(d, today).isAfter(last)) {
                if (open == null) {
                    open = new int[] {monthDay, monthDay};
                    ranges.add(open);
                } else {
                    open[1] = monthDay;
                }
            } else {
                open = null;
            }
        }
        if (ranges.isEmpty()) {
            return FALSE;
        }
        return ranges.stream().map(r -> r[0] == r[1] ? column + " = " + bind(r[0])
                        : column + " between " + bind(r[0]) + " and " + bind(r[1]))
                .collect(Collectors.joining(" or ", "(", ")"));
    }

    // ---- metrics ----------------------------------------------------------------------------------------------

    private String metric(Metric metric, Operator operator, List<RuleValue> values) {
        List<BigDecimal> numbers = values.stream().map(v -> ((RuleValue.Number) v).value()).toList();
        Operator positive = operator.positive();
        String test = switch (metric.kind()) {
            case PURCHASE_COUNT -> always(positive, () -> number(
                    "(select count(*) from purchase p where " + purchases(metric, false) + ")", positive, numbers));
            case TOTAL_SPEND -> always(positive, () -> number(
                    "coalesce((select sum(p.total - p.refunded) from purchase p where " + purchases(metric, true)
                            + "), 0)", positive, numbers));
            case AVERAGE_ORDER_VALUE -> {
                String from = "from purchase p where " + purchases(metric, true);
                yield positive == Operator.IS_SET || positive == Operator.IS_NOT_SET ? "exists (select 1 " + from + ")"
                        : "exists (select 1 " + from + " having count(*) > 0 and ("
                        + ratio("sum(p.total - p.refunded)", "count(*)", positive, numbers) + "))";
            }
            case DAYS_SINCE_LAST_PURCHASE -> latest(() -> "from purchase p where p.customer_id = c.id and "
                    + "p.status <> 'REFUNDED'", "p.occurred_at", positive, numbers);
            case INTERACTION_COUNT -> always(positive, () -> number(
                    "(select count(*) from interaction i where " + interactions(metric, true) + ")", positive, numbers));
            case DAYS_SINCE_LAST_INTERACTION -> latest(() -> "from interaction i where " + interactions(metric, false),
                    "i.occurred_at", positive, numbers);
            case OPEN_OPPORTUNITY_COUNT -> always(positive, () -> number(
                    "(select count(*) from opportunity o where o.customer_id = c.id and o.status = 'OPEN')",
                    positive, numbers));
            case OPEN_OPPORTUNITY_WEIGHTED_VALUE -> always(positive, () -> weighted(metric.currency().orElseThrow(),
                    positive, numbers));
            case OPEN_TICKET_COUNT -> always(positive, () -> number(
                    "(select count(*) from ticket t where t.customer_id = c.id and t.status in ('NEW', 'OPEN', 'PENDING'))",
                    positive, numbers));
            case LATEST_NPS -> {
                String nps = "s.customer_id = c.id and s.survey_type = 'NPS'";
                String latest = nps + " and not exists (select 1 from survey_response s2 where s2.customer_id = c.id"
                        + " and s2.survey_type = 'NPS' and (s2.answered_at > s.answered_at"
                        + " or (s2.answered_at = s.answered_at and s2.id > s.id)))";
                yield positive == Operator.IS_SET || positive == Operator.IS_NOT_SET
                        ? "exists (select 1 from survey_response s where " + nps + ")"
                        : "exists (select 1 from survey_response s where " + latest + " and "
                        + number("s.score", positive, numbers) + ")";
            }
        };
        return operator.isNegative() || operator == Operator.IS_NOT_SET ? "(not (" + test + "))" : "(" + test + ")";
    }

    /** A metric that is never unset (a count or a sum): set is true, the positive test as given otherwise. */
    private static String always(Operator positive, Supplier<String> test) {
        return positive == Operator.IS_SET || positive == Operator.IS_NOT_SET ? TRUE : test.get();
    }

    private String purchases(Metric metric, boolean inCurrency) {
        StringBuilder s = new StringBuilder("p.customer_id = c.id and p.status <> 'REFUNDED'");
        if (inCurrency) {
            s.append(" and p.currency = ").append(bind(metric.currency().orElseThrow().getCurrencyCode()));
        }
        s.append(window(metric, "p.occurred_at"));
        return s.toString();
    }

    private String interactions(Metric metric, boolean windowed) {
        StringBuilder s = new StringBuilder("i.customer_id = c.id");
        metric.channel().ifPresent(channel -> s.append(" and i.channel = ").append(bind(channel.name())));
        if (windowed) {
            s.append(window(metric, "i.occurred_at"));
        }
        return s.toString();
    }

    private String window(Metric metric, String column) {
        if (metric.window().isEmpty()) {
            return "";
        }
        RuleContext.DateRange window = context.window(metric.window());
        String bounds = instants(column, window.fromInstant(context), window.untilInstant(context));
        return bounds.equals(TRUE) ? "" : " and " + bounds;
    }

    /** {@code numerator / denominator <op> value}, compared exactly as {@code numerator <op> value × denominator}. */
    private String ratio(String numerator, String denominator, Operator operator, List<BigDecimal> values) {
        return switch (operator) {
            case IN -> values.stream().map(v -> numerator + " = " + denominator + " * " + decimal(v))
                    .collect(Collectors.joining(" or "));
            case BETWEEN -> numerator + " >= " + denominator + " * " + decimal(values.get(0)) + " and " + numerator + " <= "
                    + denominator + " * " + decimal(values.get(1));
            default -> numerator + " " + comparison(operator) + " " + denominator + " * " + decimal(values.get(0));
        };
    }

    private static String comparison(Operator operator) {
        return switch (operator) {
            case EQUALS -> "=";
            case LESS_THAN -> "<";
            case LESS_OR_EQUAL -> "<=";
            case GREATER_THAN -> ">";
            case GREATER_OR_EQUAL -> ">=";
            default -> throw new IllegalArgumentException(operator.jsonName());
        };
    }

    /**
     * "Days since the latest fact": the calendar days {@code d} from the latest instant's date to today that pass the
     * test form integer intervals {@code [lo, hi]}; each is the instant interval
     * {@code [start of (today - hi), start of (today - lo + 1))} in the rule's zone, tested on {@code max(instant)}.
     */
    private String latest(Supplier<String> facts, String instant, Operator operator,
                          List<BigDecimal> values) {
        if (operator == Operator.IS_SET || operator == Operator.IS_NOT_SET) {
            return "exists (select 1 " + facts.get() + ")";
        }
        LocalDate today = context.today();
        List<String> alternatives = new ArrayList<>();
        for (long[] days : dayIntervals(operator, values)) {
            Optional<Instant> after = days[1] == Long.MAX_VALUE ? Optional.empty()
                    : Optional.of(context.startOf(today.minusDays(days[1])));
            Optional<Instant> before = days[0] == Long.MIN_VALUE ? Optional.empty()
                    : Optional.of(context.startOf(today.minusDays(days[0]).plusDays(1)));
            String bounds = instants("max(" + instant + ")", after, before);
            if (!bounds.equals(FALSE)) {
                alternatives.add(bounds.equals(TRUE) ? "max(" + instant + ") is not null" : bounds);
            }
        }
        if (alternatives.isEmpty()) {
            return FALSE;
        }
        // The facts' parameters come after the bounds': the placeholders are numbered, so order does not matter.
        String from = facts.get();
        return "exists (select 1 " + from + " having " + alternatives.stream()
                .collect(Collectors.joining(") or (", "(", ")")) + ")";
    }

    /**
     * {@return the integer intervals of days that pass the test, bounds {@code Long.MIN_VALUE}/{@code MAX_VALUE} for
     * open sides; numbers beyond any possible day count are open sides or empty intervals}
     */
    private static List<long[]> dayIntervals(Operator operator, List<BigDecimal> values) {
        List<BigDecimal[]> intervals = new ArrayList<>();
        BigDecimal c = values.get(0);
        switch (operator) {
            case EQUALS -> intervals.add(new BigDecimal[] {c, c});
            case IN -> values.forEach(v -> intervals.add(new BigDecimal[] {v, v}));
            case LESS_THAN -> intervals.add(new BigDecimal[] {null, c.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE)});
            case LESS_OR_EQUAL -> intervals.add(new BigDecimal[] {null, c.setScale(0, RoundingMode.FLOOR)});
            case GREATER_THAN -> intervals.add(new BigDecimal[] {c.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE), null});
            case GREATER_OR_EQUAL -> intervals.add(new BigDecimal[] {c.setScale(0, RoundingMode.CEILING), null});
            case BETWEEN -> intervals.add(new BigDecimal[] {c.setScale(0, RoundingMode.CEILING),
                    values.get(1).setScale(0, RoundingMode.FLOOR)});
            default -> throw new IllegalArgumentException(operator.jsonName());
        }
        List<long[]> days = new ArrayList<>();
        for (BigDecimal[] interval : intervals) {
            BigDecimal lo = interval[0];
            BigDecimal hi = interval[1];
            if ((operator == Operator.EQUALS || operator == Operator.IN) && lo.stripTrailingZeros().scale() > 0) {
                continue; // a day count is a whole number
            }
            if ((lo != null && lo.compareTo(DAY_LIMIT) > 0) || (hi != null && hi.compareTo(DAY_LIMIT.negate()) < 0)
                    || (lo != null && hi != null && lo.compareTo(hi) > 0)) {
                continue;
            }
            long low = lo == null || lo.compareTo(DAY_LIMIT.negate()) < 0 ? Long.MIN_VALUE : lo.longValueExact();
            long high = hi == null || hi.compareTo(DAY_LIMIT) > 0 ? Long.MAX_VALUE : hi.longValueExact();
            days.add(new long[] {low, high});
        }
        return days;
    }

    /**
     * The open deals' weighted value in a currency, in minor units: for each deal the integer
     * {@code n = amount × 10^4 × probability} (amounts have at most 4 decimals) divided by {@code 10^(6 - digits)}
     * and rounded half-even ({@code q + 1} above the half, {@code q} below it, the even one of both at the half),
     * summed and compared with the value × {@code 10^digits}: exactly {@code Opportunity.weightedAmountIn} summed.
     * The probability is the deal's override, else its stage's in its pipeline, else 0.
     */
    private String weighted(Currency currency, Operator operator, List<BigDecimal> values) {
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        String divisor = bind(BigDecimal.TEN.pow(6 - digits).longValueExact());
        String n = "(o.amount * 10000 * coalesce(o.probability, (select max(ps.probability) from pipeline_stage ps"
                + " where ps.pipeline_id = o.pipeline_id and ps.stage_id = o.stage_id), 0))";
        String r = "mod(" + n + ", " + divisor + ")";
        String q = "((" + n + " - " + r + ") / " + divisor + ")";
        String rounded = "case when 2 * " + r + " > " + divisor + " then " + q + " + 1 when 2 * " + r + " < " + divisor
                + " then " + q + " else " + q + " + mod(" + q + ", 2) end";
        String sum = "coalesce((select sum(" + rounded + ") from opportunity o where o.customer_id = c.id"
                + " and o.status = 'OPEN' and o.currency = " + bind(currency.getCurrencyCode()) + "), 0)";
        return number(sum, operator, values.stream().map(v -> v.scaleByPowerOfTen(digits)).toList());
    }
}
