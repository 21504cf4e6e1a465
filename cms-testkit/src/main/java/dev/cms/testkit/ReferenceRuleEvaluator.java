package dev.cms.testkit;

import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately plain evaluator of segmentation rules over a {@link ReferenceWorld}, written from the Javadoc of
 * {@code dev.cms.core.segment} ({@code Operator}, {@code ValueType}, {@code FieldRegistry}, {@code MetricKind},
 * {@code Metric}, {@code RuleContext}) without using the core's evaluator, so it can catch mistakes in it and in any
 * adapter's query translation. It favours obviousness over speed: every condition looks at every fact.
 *
 * <p>What it implements, in the words of that Javadoc: a positive operator holds when some value of the field
 * satisfies it, and never for a field without a value; each negative operator is the plain negation of its positive
 * twin. Text compares after {@code toLowerCase(Locale.ROOT)}, tags exactly. Timestamps are compared by their calendar
 * date in the zone; "today" is the date of {@code now} there; windows run from today minus the span to today, both
 * included. It assumes the rule is valid (the random rules it is used with are), and that saved segments form no
 * cycle.
 */
public final class ReferenceRuleEvaluator {
    private final ReferenceWorld world;
    private final ZoneId zone;
    private final LocalDate today;

    /**
     * Evaluates at an instant in a time zone.
     *
     * @param world what the test stored
     * @param now   the instant of evaluation
     * @param zone  the zone whose calendar defines "today" and the dates of timestamps
     */
    public ReferenceRuleEvaluator(ReferenceWorld world, Instant now, ZoneId zone) {
        this.world = Objects.requireNonNull(world, "world");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.today = LocalDate.ofInstant(now, zone);
    }

    /**
     * {@return the customers that match, ascending by id in unsigned order}
     *
     * @param rule a valid rule
     */
    public List<CustomerId> members(Rule rule) {
        List<CustomerId> found = new ArrayList<>();
        for (Customer customer : world.customers()) {
            if (eval(customer, rule)) {
                found.add(customer.id());
            }
        }
        return found;
    }

    /**
     * {@return whether the customer matches}
     *
     * @param customer a recorded customer
     * @param rule     a valid rule
     */
    public boolean matches(CustomerId customer, Rule rule) {
        return eval(world.customers().stream().filter(c -> c.id().equals(customer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no customer " + customer + " was recorded")), rule);
    }

    private boolean eval(Customer c, Rule rule) {
        if (rule instanceof Rule.All all) {
            for (Rule part : all.rules()) {
                if (!eval(c, part)) {
                    return false;
                }
            }
            return true;
        }
        if (rule instanceof Rule.Any any) {
            for (Rule part : any.rules()) {
                if (eval(c, part)) {
                    return true;
                }
            }
            return false;
        }
        if (rule instanceof Rule.Not not) {
            return !eval(c, not.rule());
        }
        if (rule instanceof Rule.InList in) {
            return world.inList(in.list(), c.id());
        }
        if (rule instanceof Rule.InSegment in) {
            return eval(c, world.segmentRule(in.segment()));
        }
        if (rule instanceof Rule.FieldCondition f) {
            return field(c, f.field(), f.operator(), f.values());
        }
        Rule.MetricCondition m = (Rule.MetricCondition) rule;
        return numbers(m.operator(), m.values(), metric(c, m.metric()));
    }

    // ---- fields: the table of FieldRegistry's Javadoc ------------------------------------------------------------

    private boolean field(Customer c, String name, Operator op, List<RuleValue> args) {
        CustomerProfile p = c.profile();
        if (name.startsWith("attribute.")) {
            return attribute(p, name.substring("attribute.".length()), op, args);
        }
        if (name.startsWith("consent.")) {
            ContactChannel channel = ContactChannel.valueOf(name.substring("consent.".length()).toUpperCase(Locale.ROOT));
            Consent consent = p.consents().get(channel);
            String state = consent == null ? "unknown" : consent.state().name().toLowerCase(Locale.ROOT);
            return text(op, args, List.of(state));
        }
        List<String> texts = new ArrayList<>();
        switch (name) {
            case "kind":
                texts.add(p.name() instanceof PersonName ? "person" : "organization");
                return text(op, args, texts);
            case "name":
                if (p.name() instanceof PersonName person) {
                    texts.add(person.givenName().isPresent() ? person.givenName().get() + " " + person.familyName()
                            : person.familyName());
                } else {
                    texts.add(((OrganizationName) p.name()).name());
                }
                return text(op, args, texts);
            case "givenName":
                if (p.name() instanceof PersonName person) {
                    person.givenName().ifPresent(texts::add);
                }
                return text(op, args, texts);
            case "familyName":
                if (p.name() instanceof PersonName person) {
                    texts.add(person.familyName());
                }
                return text(op, args, texts);
            case "email":
                p.emails().forEach(e -> texts.add(e.email().value()));
                return text(op, args, texts);
            case "emailDomain":
                p.emails().forEach(e -> {
                    String address = e.email().value();
                    texts.add(address.substring(address.indexOf('@') + 1));
                });
                return text(op, args, texts);
            case "phone":
                p.phones().forEach(ph -> texts.add(ph.phone().e164()));
                return text(op, args, texts);
            case "country":
                p.addresses().forEach(a -> texts.add(a.countryCode()));
                return text(op, args, texts);
            case "city":
                p.addresses().forEach(a -> a.city().ifPresent(texts::add));
                return text(op, args, texts);
            case "lifecycleStage":
                texts.add(p.lifecycleStage().key());
                return text(op, args, texts);
            case "owner":
                p.owner().ifPresent(u -> texts.add(u.value()));
                return text(op, args, texts);
            case "leadSource":
                p.leadSource().ifPresent(texts::add);
                return text(op, args, texts);
            case "preferredChannel":
                p.preferredChannel().ifPresent(ch -> texts.add(ch.name().toLowerCase(Locale.ROOT)));
                return text(op, args, texts);
            case "tags":
                return tags(op, args, p.tags());
            case "createdAt":
                return dates(op, args, List.of(LocalDate.ofInstant(c.createdAt(), zone)));
            case "updatedAt":
                return dates(op, args, List.of(LocalDate.ofInstant(c.updatedAt(), zone)));
            case "birthDate":
                return dates(op, args, p.birthDate().map(List::of).orElse(List.of()));
            case "birthday":
                return anniversary(op, args, p.birthDate());
            case "leadScore":
                return numbers(op, args, world.leadScore(c.id()).map(s -> List.of(Fraction.of(s))).orElse(List.of()));
            default:
                throw new IllegalArgumentException("the reference knows no field " + name);
        }
    }

    private boolean attribute(CustomerProfile p, String key, Operator op, List<RuleValue> args) {
        AttributeDefinition definition = world.attributes().stream().filter(a -> a.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no attribute " + key + " was recorded"));
        Optional<AttributeValue> value = Optional.ofNullable(p.attributes().get(key));
        switch (definition.type()) {
            case TEXT:
                return text(op, args, value.map(v -> List.of(((AttributeValue.Text) v).value())).orElse(List.of()));
            case ENUMERATION:
                return text(op, args, value.map(v -> List.of(((AttributeValue.Choice) v).value())).orElse(List.of()));
            case NUMBER:
                return numbers(op, args, value.map(v -> List.of(Fraction.of(((AttributeValue.Number) v).value()))).orElse(List.of()));
            case BOOLEAN:
                return bools(op, args, value.map(v -> List.of(((AttributeValue.Bool) v).value())).orElse(List.of()));
            case DATE:
                return dates(op, args, value.map(v -> List.of(((AttributeValue.Date) v).value())).orElse(List.of()));
            case MONEY:
                return money(op, args, value.map(v -> List.of(((AttributeValue.MoneyValue) v).value())).orElse(List.of()));
            default:
                throw new IllegalArgumentException("unknown attribute type " + definition.type());
        }
    }

    // ---- operators by value type ------------------------------------------------------------------------------

    private static String low(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    private static String text(RuleValue v) {
        return ((RuleValue.Text) v).value();
    }

    private static boolean text(Operator op, List<RuleValue> args, List<String> values) {
        switch (op) {
            case IS_SET:
                return !values.isEmpty();
            case IS_NOT_SET:
                return values.isEmpty();
            case EQUALS:
                return values.stream().anyMatch(v -> low(v).equals(low(text(args.get(0)))));
            case NOT_EQUALS:
                return !text(Operator.EQUALS, args, values);
            case IN:
                return values.stream().anyMatch(v -> args.stream().anyMatch(a -> low(v).equals(low(text(a)))));
            case NOT_IN:
                return !text(Operator.IN, args, values);
            case CONTAINS:
                return values.stream().anyMatch(v -> low(v).contains(low(text(args.get(0)))));
            case NOT_CONTAINS:
                return !text(Operator.CONTAINS, args, values);
            case STARTS_WITH:
                return values.stream().anyMatch(v -> low(v).startsWith(low(text(args.get(0)))));
            case ENDS_WITH:
                return values.stream().anyMatch(v -> low(v).endsWith(low(text(args.get(0)))));
            default:
                throw new IllegalArgumentException(op + " is not a text operator");
        }
    }

    private static boolean tags(Operator op, List<RuleValue> args, Set<String> tags) {
        switch (op) {
            case IS_SET:
                return !tags.isEmpty();
            case IS_NOT_SET:
                return tags.isEmpty();
            case HAS_ANY:
                return args.stream().anyMatch(a -> tags.contains(text(a)));
            case HAS_ALL:
                return args.stream().allMatch(a -> tags.contains(text(a)));
            case HAS_NONE:
                return !tags(Operator.HAS_ANY, args, tags);
            default:
                throw new IllegalArgumentException(op + " is not a tags operator");
        }
    }

    private static boolean bools(Operator op, List<RuleValue> args, List<Boolean> values) {
        switch (op) {
            case IS_SET:
                return !values.isEmpty();
            case IS_NOT_SET:
                return values.isEmpty();
            case EQUALS:
                return values.contains(((RuleValue.Bool) args.get(0)).value());
            case NOT_EQUALS:
                return !bools(Operator.EQUALS, args, values);
            default:
                throw new IllegalArgumentException(op + " is not a boolean operator");
        }
    }

    /** A number that may be a fraction (average order value): {@code numerator / denominator}, denominator positive. */
    private record Fraction(BigDecimal numerator, BigDecimal denominator) {
        static Fraction of(BigDecimal value) {
            return new Fraction(value, BigDecimal.ONE);
        }

        int compareTo(RuleValue v) {
            return numerator.compareTo(((RuleValue.Number) v).value().multiply(denominator));
        }
    }

    private static boolean numbers(Operator op, List<RuleValue> args, List<Fraction> values) {
        switch (op) {
            case IS_SET:
                return !values.isEmpty();
            case IS_NOT_SET:
                return values.isEmpty();
            case EQUALS:
                return values.stream().anyMatch(v -> v.compareTo(args.get(0)) == 0);
            case NOT_EQUALS:
                return !numbers(Operator.EQUALS, args, values);
            case LESS_THAN:
                return values.stream().anyMatch(v -> v.compareTo(args.get(0)) < 0);
            case LESS_OR_EQUAL:
                return values.stream().anyMatch(v -> v.compareTo(args.get(0)) <= 0);
            case GREATER_THAN:
                return values.stream().anyMatch(v -> v.compareTo(args.get(0)) > 0);
            case GREATER_OR_EQUAL:
                return values.stream().anyMatch(v -> v.compareTo(args.get(0)) >= 0);
            case BETWEEN:
                return values.stream().anyMatch(v -> v.compareTo(args.get(0)) >= 0 && v.compareTo(args.get(1)) <= 0);
            case IN:
                return values.stream().anyMatch(v -> args.stream().anyMatch(a -> v.compareTo(a) == 0));
            case NOT_IN:
                return !numbers(Operator.IN, args, values);
            default:
                throw new IllegalArgumentException(op + " is not a number operator");
        }
    }

    private static boolean money(Operator op, List<RuleValue> args, List<Money> values) {
        switch (op) {
            case IS_SET:
                return !values.isEmpty();
            case IS_NOT_SET:
                return values.isEmpty();
            case EQUALS:
                return values.stream().anyMatch(v -> compare(v, args.get(0)).filter(d -> d == 0).isPresent());
            case NOT_EQUALS:
                return !money(Operator.EQUALS, args, values);
            case LESS_THAN:
                return values.stream().anyMatch(v -> compare(v, args.get(0)).filter(d -> d < 0).isPresent());
            case LESS_OR_EQUAL:
                return values.stream().anyMatch(v -> compare(v, args.get(0)).filter(d -> d <= 0).isPresent());
            case GREATER_THAN:
                return values.stream().anyMatch(v -> compare(v, args.get(0)).filter(d -> d > 0).isPresent());
            case GREATER_OR_EQUAL:
                return values.stream().anyMatch(v -> compare(v, args.get(0)).filter(d -> d >= 0).isPresent());
            case BETWEEN:
                return values.stream().anyMatch(v -> compare(v, args.get(0)).filter(d -> d >= 0).isPresent()
                        && compare(v, args.get(1)).filter(d -> d <= 0).isPresent());
            default:
                throw new IllegalArgumentException(op + " is not a money operator");
        }
    }

    /** The sign of {@code value - bound}, or empty when the currencies differ (then nothing compares). */
    private static Optional<Integer> compare(Money value, RuleValue bound) {
        Money b = ((RuleValue.Amount) bound).value();
        if (!value.currency().getCurrencyCode().equals(b.currency().getCurrencyCode())) {
            return Optional.empty();
        }
        return Optional.of(Integer.signum(value.amount().compareTo(b.amount())));
    }

    private LocalDate back(RuleValue span) {
        RuleValue.Span s = (RuleValue.Span) span;
        switch (s.unit()) {
            case DAYS:
                return today.minusDays(s.amount());
            case WEEKS:
                return today.minusDays(7L * s.amount());
            default:
                return today.minusMonths(s.amount());
        }
    }

    private LocalDate forward(RuleValue span) {
        RuleValue.Span s = (RuleValue.Span) span;
        switch (s.unit()) {
            case DAYS:
                return today.plusDays(s.amount());
            case WEEKS:
                return today.plusDays(7L * s.amount());
            default:
                return today.plusMonths(s.amount());
        }
    }

    private static LocalDate date(RuleValue v) {
        return ((RuleValue.Date) v).value();
    }

    private boolean dates(Operator op, List<RuleValue> args, List<LocalDate> values) {
        switch (op) {
            case IS_SET:
                return !values.isEmpty();
            case IS_NOT_SET:
                return values.isEmpty();
            case BEFORE:
                return values.stream().anyMatch(v -> v.isBefore(date(args.get(0))));
            case AFTER:
                return values.stream().anyMatch(v -> v.isAfter(date(args.get(0))));
            case ON:
                return values.stream().anyMatch(v -> v.equals(date(args.get(0))));
            case BETWEEN:
                return values.stream().anyMatch(v -> !v.isBefore(date(args.get(0))) && !v.isAfter(date(args.get(1))));
            case WITHIN_LAST:
                return values.stream().anyMatch(v -> !v.isBefore(back(args.get(0))) && !v.isAfter(today));
            case MORE_THAN_AGO:
                return values.stream().anyMatch(v -> v.isBefore(back(args.get(0))));
            case WITHIN_NEXT:
                return values.stream().anyMatch(v -> !v.isBefore(today) && !v.isAfter(forward(args.get(0))));
            default:
                throw new IllegalArgumentException(op + " is not a date operator");
        }
    }

    private boolean anniversary(Operator op, List<RuleValue> args, Optional<LocalDate> birth) {
        switch (op) {
            case IS_SET:
                return birth.isPresent();
            case IS_NOT_SET:
                return birth.isEmpty();
            case WITHIN_NEXT:
                return birth.isPresent() && !nextBirthday(birth.get()).isAfter(forward(args.get(0)));
            default:
                throw new IllegalArgumentException(op + " is not an anniversary operator");
        }
    }

    /** The first day from today on that celebrates the date; 29 February is celebrated on 28 February in common years. */
    private LocalDate nextBirthday(LocalDate birth) {
        for (int year = today.getYear(); ; year++) {
            boolean leapDay = birth.getMonthValue() == 2 && birth.getDayOfMonth() == 29;
            LocalDate day = leapDay && !Year.isLeap(year) ? LocalDate.of(year, 2, 28)
                    : LocalDate.of(year, birth.getMonthValue(), birth.getDayOfMonth());
            if (!day.isBefore(today)) {
                return day;
            }
        }
    }

    // ---- metrics: MetricKind's Javadoc ------------------------------------------------------------------------

    private boolean inWindow(Metric metric, Instant at) {
        if (metric.window().isEmpty()) {
            return true;
        }
        LocalDate day = LocalDate.ofInstant(at, zone);
        return !day.isBefore(back(metric.window().get())) && !day.isAfter(today);
    }

    private static boolean fullyRefunded(ReferenceWorld.PurchaseFact p) {
        return p.refunded().amount().signum() > 0 && p.refunded().amount().compareTo(p.total().amount()) == 0;
    }

    private List<Fraction> metric(Customer c, Metric metric) {
        CustomerId id = c.id();
        String currency = metric.currency().map(x -> x.getCurrencyCode()).orElse(null);
        switch (metric.kind()) {
            case PURCHASE_COUNT: {
                long n = world.purchases().stream().filter(p -> p.customer().equals(id) && !fullyRefunded(p)
                        && inWindow(metric, p.occurredAt())).count();
                return List.of(Fraction.of(BigDecimal.valueOf(n)));
            }
            case TOTAL_SPEND:
            case AVERAGE_ORDER_VALUE: {
                BigDecimal sum = BigDecimal.ZERO;
                long n = 0;
                for (ReferenceWorld.PurchaseFact p : world.purchases()) {
                    if (p.customer().equals(id) && !fullyRefunded(p) && p.total().currency().getCurrencyCode().equals(currency)
                            && inWindow(metric, p.occurredAt())) {
                        sum = sum.add(p.total().amount()).subtract(p.refunded().amount());
                        n++;
                    }
                }
                if (metric.kind() == dev.cms.core.segment.MetricKind.TOTAL_SPEND) {
                    return List.of(Fraction.of(sum));
                }
                return n == 0 ? List.of() : List.of(new Fraction(sum, BigDecimal.valueOf(n)));
            }
            case DAYS_SINCE_LAST_PURCHASE: {
                Optional<Instant> latest = world.purchases().stream().filter(p -> p.customer().equals(id) && !fullyRefunded(p))
                        .map(ReferenceWorld.PurchaseFact::occurredAt).max(Instant::compareTo);
                return latest.map(t -> List.of(daysAgo(t))).orElse(List.of());
            }
            case INTERACTION_COUNT: {
                long n = world.interactions().stream().filter(i -> i.customer().equals(id)
                        && metric.channel().map(ch -> ch == i.channel()).orElse(true) && inWindow(metric, i.occurredAt())).count();
                return List.of(Fraction.of(BigDecimal.valueOf(n)));
            }
            case DAYS_SINCE_LAST_INTERACTION: {
                Optional<Instant> latest = world.interactions().stream().filter(i -> i.customer().equals(id)
                        && metric.channel().map(ch -> ch == i.channel()).orElse(true))
                        .map(ReferenceWorld.InteractionFact::occurredAt).max(Instant::compareTo);
                return latest.map(t -> List.of(daysAgo(t))).orElse(List.of());
            }
            case OPEN_OPPORTUNITY_COUNT: {
                long n = world.deals().stream().filter(d -> d.customer().equals(id) && d.open()).count();
                return List.of(Fraction.of(BigDecimal.valueOf(n)));
            }
            case OPEN_OPPORTUNITY_WEIGHTED_VALUE: {
                BigDecimal sum = BigDecimal.ZERO;
                for (ReferenceWorld.DealFact d : world.deals()) {
                    if (d.customer().equals(id) && d.open() && d.amount().currency().getCurrencyCode().equals(currency)) {
                        BigDecimal weighted = d.amount().amount().multiply(BigDecimal.valueOf(d.probability()))
                                .divide(BigDecimal.valueOf(100))
                                .setScale(d.amount().currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
                        sum = sum.add(weighted);
                    }
                }
                return List.of(Fraction.of(sum));
            }
            case OPEN_TICKET_COUNT: {
                long n = world.tickets().stream().filter(t -> t.customer().equals(id) && t.open()).count();
                return List.of(Fraction.of(BigDecimal.valueOf(n)));
            }
            case LATEST_NPS: {
                ReferenceWorld.SurveyFact latest = null;
                for (ReferenceWorld.SurveyFact s : world.surveys()) {
                    if (s.customer().equals(id) && s.type() == SurveyType.NPS && (latest == null
                            || s.answeredAt().isAfter(latest.answeredAt())
                            || s.answeredAt().equals(latest.answeredAt()) && ReferenceModel.UNSIGNED.compare(s.id(), latest.id()) > 0)) {
                        latest = s;
                    }
                }
                return latest == null ? List.of() : List.of(Fraction.of(BigDecimal.valueOf(latest.score())));
            }
            default:
                throw new IllegalArgumentException("the reference knows no metric " + metric.kind());
        }
    }

    private Fraction daysAgo(Instant at) {
        return Fraction.of(BigDecimal.valueOf(ChronoUnit.DAYS.between(LocalDate.ofInstant(at, zone), today)));
    }
}
