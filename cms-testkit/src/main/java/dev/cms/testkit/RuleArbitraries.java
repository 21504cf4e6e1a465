package dev.cms.testkit;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.money.Money;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.support.TicketStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators for segmentation: random valid rules of every leaf kind, operator and value type, and random data sets
 * ({@link SegmentScenario}) whose values collide with the rules' constants often enough that conditions are true for
 * some customers and false for others. Text values include SQL metacharacters and injection payloads
 * ({@code '; DROP TABLE customer; --}, {@code %}, {@code _}, backslashes, quotes) and letters whose lower case is
 * surprising ({@code ß}, {@code İ}, {@code Ä}, the Kelvin sign whose lower case is an ASCII {@code k}), because
 * database adapters inherit the property that uses them. Dates and instants cluster around "today" and local midnight
 * in zones with daylight saving gaps at midnight, a half-hour offset and UTC+14.
 *
 * <p>The tables of fields, types and operators here are written from the Javadoc of {@code FieldRegistry},
 * {@code ValueType}, {@code Operator} and {@code MetricKind}, not read from those classes, so that a field or operator
 * the registry forgot is noticed.
 */
public final class RuleArbitraries {
    /** The custom attributes every scenario declares: one per {@link AttributeType}. */
    public static final List<AttributeDefinition> ATTRIBUTES = List.of(
            AttributeDefinition.of("nickname", "Nickname", AttributeType.TEXT),
            AttributeDefinition.of("seats", "Seats", AttributeType.NUMBER),
            AttributeDefinition.of("active", "Active", AttributeType.BOOLEAN),
            AttributeDefinition.of("renewal", "Renewal", AttributeType.DATE),
            AttributeDefinition.of("budget", "Budget", AttributeType.MONEY),
            AttributeDefinition.enumeration("plan", "Plan", "Gold", "Silver", "bronze"));

    /** Placeholder ids of the two static lists a scenario creates, for rules generated before the lists exist. */
    public static final List<StaticListId> LISTS = List.of(StaticListId.of(new UUID(0, 0x1157_0000L)),
            StaticListId.of(new UUID(0, 0x1157_0001L)));

    /** Placeholder ids of the two segments a scenario saves. */
    public static final List<SegmentId> SEGMENTS = List.of(SegmentId.of(new UUID(0, 0x5E6_0000L)),
            SegmentId.of(new UUID(0, 0x5E6_0001L)));

    /** Text constants of rules: fragments of the stored values, payloads, and letters with surprising lower cases. */
    public static final List<String> TEXTS = List.of("a", "ada", "ADA", "Ada Lovelace", "lovelace", "LOVE", "straße",
            "STRASSE", "ss", "ß", "İlker", "i\u0307lker", "ilker", "İ", "ärger", "Ä", "%", "_", "50% off_", "0% o", "'",
            "o'brien", "\\", "back\\slash", "'; DROP TABLE customer; --", "DROP", "\"", "--", "berlin", "münchen", "de",
            "DE", "gb", "us", "tr", "@example.com", "example.com", "EXAMPLE.ORG", ".de", "shop.de", "navy.mil", "+49",
            "+4930901820", "webinar", "lead", "customer", "bob", "alice", "x", "acme corp", "gmbh", "kelvin", "\u212Aelvin");

    private static final List<String> GIVEN_NAMES = List.of("Ada", "ada", "İlker", "Änne", "O'Brien", "50% off_",
            "back\\slash", "'; DROP TABLE customer; --");
    private static final List<String> FAMILY_NAMES = List.of("Lovelace", "Straße", "STRASSE", "Hopper", "%", "_", "x",
            "O'Brien", "\u212Aelvin");
    private static final List<String> ORGANIZATIONS = List.of("Acme Corp", "50% Off_Shop", "Back\\Slash 'Quote'",
            "'; DROP TABLE customer; --", "Ärger GmbH", "İstanbul Ltd");
    private static final List<String> EMAILS = List.of("ada@example.com", "Ada.King@analytical.org",
            "o'brien@example.org", "50%_off@shop.de", "x_y@navy.mil", "ilker@example.com.tr");
    private static final List<String> PHONES = DomainArbitraries.VALID_PHONE_NUMBERS.subList(0, 5);
    private static final List<String> COUNTRIES = List.of("DE", "AT", "GB", "US", "TR");
    private static final List<String> CITIES = List.of("Berlin", "berlin", "München", "İstanbul", "O'Fallon",
            "100% Town_", "x");
    private static final List<String> STAGES = List.of("lead", "customer", "subscriber", "churned");
    private static final List<String> SOURCES = List.of("webinar", "Webinar", "'; DROP TABLE customer; --", "50%",
            "back\\slash");
    private static final List<String> OWNERS = List.of("bob", "BOB", "alice");
    private static final List<String> TAGS = List.of("vip", "VIP", "newsletter", "b2b", "ß", "'; --", "50%");

    private static final List<BigDecimal> STORED_NUMBERS = decimals("-1", "0", "1", "2.5", "10", "42.5", "100");
    private static final List<BigDecimal> RULE_NUMBERS = decimals("-1", "0", "0.5", "1", "2", "2.5", "3", "5", "7", "9",
            "10", "19.99", "20", "30", "42.5", "50", "63.33", "100", "150");
    private static final List<Money> STORED_MONEY = List.of(Money.of("100.00", "EUR"), Money.of("100.00", "USD"),
            Money.of("19.99", "EUR"), Money.of("0.00", "EUR"), Money.of("500", "JPY"));
    private static final Map<String, List<Money>> RULE_MONEY = Map.of(
            "EUR", List.of(Money.of("0.00", "EUR"), Money.of("19.99", "EUR"), Money.of("99.99", "EUR"),
                    Money.of("100.00", "EUR"), Money.of("100.01", "EUR")),
            "USD", List.of(Money.of("99.99", "USD"), Money.of("100.00", "USD")),
            "JPY", List.of(Money.of("499", "JPY"), Money.of("500", "JPY")));
    private static final List<Money> PURCHASE_TOTALS = List.of(Money.of("0.00", "EUR"), Money.of("5.00", "EUR"),
            Money.of("10.00", "EUR"), Money.of("19.99", "EUR"), Money.of("50.00", "EUR"), Money.of("100.00", "EUR"),
            Money.of("20.00", "USD"), Money.of("100.00", "USD"), Money.of("500", "JPY"));
    private static final List<Money> DEAL_AMOUNTS = List.of(Money.of("0.05", "EUR"), Money.of("333.33", "EUR"),
            Money.of("1000.00", "EUR"), Money.of("100.00", "USD"), Money.of("999", "JPY"), Money.of("15", "JPY"));
    private static final List<Currency> CURRENCIES = List.of(Money.currency("EUR"), Money.currency("USD"),
            Money.currency("JPY"));
    private static final List<RuleValue.Span> SPANS = List.of(RuleValue.Span.days(0), RuleValue.Span.days(1),
            RuleValue.Span.days(2), RuleValue.Span.days(7), RuleValue.Span.days(30), RuleValue.Span.days(31),
            RuleValue.Span.days(365), RuleValue.Span.weeks(0), RuleValue.Span.weeks(1), RuleValue.Span.weeks(4),
            RuleValue.Span.months(0), RuleValue.Span.months(1), RuleValue.Span.months(2), RuleValue.Span.months(12));

    /** Zones with a DST gap at midnight (Santiago, Beirut), a half-hour offset (Kolkata), UTC+14 and plain DST. */
    private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Berlin"),
            ZoneId.of("Pacific/Kiritimati"), ZoneId.of("America/Santiago"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Asia/Beirut"));
    /** Days with DST changes in those zones, the turn of the year, and the days around 29 February. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 29),
            LocalDate.of(2026, 4, 5), LocalDate.of(2026, 9, 6), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 1), LocalDate.of(2028, 2, 29));

    private static final Instant CONSENT_RECORDED = Instant.parse("2025-06-01T12:00:00Z");

    private RuleArbitraries() {
    }

    private static List<BigDecimal> decimals(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    // ---- the field and operator tables (from the Javadoc) -----------------------------------------------------------

    /** The kinds of field a rule compares, with the operators each allows (ValueType's Javadoc). */
    private enum Kind {
        TEXT(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IN, Operator.NOT_IN, Operator.CONTAINS,
                Operator.NOT_CONTAINS, Operator.STARTS_WITH, Operator.ENDS_WITH, Operator.IS_SET, Operator.IS_NOT_SET),
        NUMBER(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS_THAN, Operator.LESS_OR_EQUAL,
                Operator.GREATER_THAN, Operator.GREATER_OR_EQUAL, Operator.BETWEEN, Operator.IN, Operator.NOT_IN,
                Operator.IS_SET, Operator.IS_NOT_SET),
        BOOLEAN(Operator.EQUALS, Operator.NOT_EQUALS, Operator.IS_SET, Operator.IS_NOT_SET),
        DATE(Operator.BEFORE, Operator.AFTER, Operator.ON, Operator.BETWEEN, Operator.WITHIN_LAST,
                Operator.MORE_THAN_AGO, Operator.WITHIN_NEXT, Operator.IS_SET, Operator.IS_NOT_SET),
        TAGS(Operator.HAS_ANY, Operator.HAS_ALL, Operator.HAS_NONE, Operator.IS_SET, Operator.IS_NOT_SET),
        MONEY(Operator.EQUALS, Operator.NOT_EQUALS, Operator.LESS_THAN, Operator.LESS_OR_EQUAL,
                Operator.GREATER_THAN, Operator.GREATER_OR_EQUAL, Operator.BETWEEN, Operator.IS_SET, Operator.IS_NOT_SET),
        ANNIVERSARY(Operator.WITHIN_NEXT, Operator.IS_SET, Operator.IS_NOT_SET);

        final List<Operator> operators;

        Kind(Operator... operators) {
            this.operators = List.of(operators);
        }
    }

    /** A field of the registry: its name, kind and, for closed vocabularies, the values it takes. */
    private record Field(String name, Kind kind, List<String> vocabulary) {
        static Field of(String name, Kind kind) {
            return new Field(name, kind, List.of());
        }

        static Field closed(String name, String... vocabulary) {
            return new Field(name, Kind.TEXT, List.of(vocabulary));
        }
    }

    /** Every built-in field of FieldRegistry's table, and one per attribute of {@link #ATTRIBUTES}. */
    private static final List<Field> FIELDS = List.of(
            Field.closed("kind", "person", "organization"), Field.of("name", Kind.TEXT),
            Field.of("givenName", Kind.TEXT), Field.of("familyName", Kind.TEXT), Field.of("email", Kind.TEXT),
            Field.of("emailDomain", Kind.TEXT), Field.of("phone", Kind.TEXT), Field.of("country", Kind.TEXT),
            Field.of("city", Kind.TEXT), Field.of("lifecycleStage", Kind.TEXT), Field.of("owner", Kind.TEXT),
            Field.of("leadSource", Kind.TEXT), Field.closed("preferredChannel", "email", "sms", "phone", "post"),
            Field.of("tags", Kind.TAGS), Field.of("createdAt", Kind.DATE), Field.of("updatedAt", Kind.DATE),
            Field.of("birthDate", Kind.DATE), Field.of("birthday", Kind.ANNIVERSARY),
            Field.closed("consent.email", "granted", "denied", "unknown"),
            Field.closed("consent.sms", "granted", "denied", "unknown"),
            Field.closed("consent.phone", "granted", "denied", "unknown"),
            Field.closed("consent.post", "granted", "denied", "unknown"), Field.of("leadScore", Kind.NUMBER),
            Field.of("attribute.nickname", Kind.TEXT), Field.of("attribute.seats", Kind.NUMBER),
            Field.of("attribute.active", Kind.BOOLEAN), Field.of("attribute.renewal", Kind.DATE),
            Field.of("attribute.budget", Kind.MONEY), Field.closed("attribute.plan", "gold", "silver", "bronze"));

    private static boolean relative(Operator op) {
        return op == Operator.WITHIN_LAST || op == Operator.MORE_THAN_AGO || op == Operator.WITHIN_NEXT;
    }

    private static int[] arity(Operator op) {
        switch (op) {
            case IS_SET:
            case IS_NOT_SET:
                return new int[] {0, 0};
            case BETWEEN:
                return new int[] {2, 2};
            case IN:
            case NOT_IN:
            case HAS_ANY:
            case HAS_ALL:
            case HAS_NONE:
                return new int[] {1, 3};
            default:
                return new int[] {1, 1};
        }
    }

    // ---- time -------------------------------------------------------------------------------------------------------

    /** A zone and the instant of evaluation, with the instants and dates that are interesting around it. */
    private record Timing(ZoneId zone, Instant now) {
        LocalDate today() {
            return LocalDate.ofInstant(now, zone);
        }

        Instant startOf(LocalDate day) {
            return day.atStartOfDay(zone).toInstant();
        }

        /** Instants on both sides of local midnights at the edges of the windows rules use, and in the future. */
        List<Instant> instants() {
            LocalDate today = today();
            LinkedHashSet<Instant> pool = new LinkedHashSet<>();
            pool.add(now);
            for (int days : new int[] {0, 1, 2, 6, 7, 8, 29, 30, 31, 32, 365}) {
                Instant start = startOf(today.minusDays(days));
                pool.add(start);
                pool.add(start.minusNanos(1_000));
                pool.add(start.plus(Duration.ofHours(12)));
            }
            for (int months : new int[] {1, 2}) {
                Instant start = startOf(today.minusMonths(months));
                pool.add(start);
                pool.add(start.minusNanos(1_000));
            }
            pool.add(startOf(today.plusDays(1)));
            pool.add(startOf(today.plusDays(1)).minusNanos(1_000));
            pool.add(startOf(today.plusDays(3)));
            return List.copyOf(pool);
        }

        /** Dates around today and its anniversaries, and 29 February. */
        List<LocalDate> dates() {
            LocalDate today = today();
            LinkedHashSet<LocalDate> pool = new LinkedHashSet<>(List.of(today, today.minusDays(1), today.plusDays(1),
                    today.minusDays(7), today.minusDays(8), today.minusDays(30), today.minusDays(31),
                    today.minusMonths(1), today.minusMonths(1).minusDays(1), today.plusDays(7), today.plusDays(30),
                    today.plusMonths(1), today.plusMonths(1).plusDays(1), LocalDate.of(2000, 2, 29),
                    today.withYear(1990), today.plusDays(1).withYear(1990), today.minusDays(1).withYear(1990),
                    LocalDate.of(1985, 12, 31), LocalDate.of(1992, 1, 1)));
            return List.copyOf(pool);
        }
    }

    private static Arbitrary<Timing> timings() {
        Arbitrary<LocalTime> times = Arbitraries.of(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 0, 1_000), LocalTime.of(9, 0),
                LocalTime.of(23, 59, 59, 999_999_000));
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(DAYS), times).as((zone, day, time) -> {
            Instant now = time.equals(LocalTime.MIDNIGHT) ? day.atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, time, zone).toInstant();
            return new Timing(zone, now);
        });
    }

    // ---- scenarios --------------------------------------------------------------------------------------------------

    /**
     * {@return scenarios: a zone and instant, 1 to 6 customers with every kind of profile field, up to 14 related
     * facts, two saved segments and one to four rules of depth up to 4, and a page size from 1 to 4}
     */
    public static Arbitrary<SegmentScenario> scenarios() {
        return timings().flatMap(t -> {
            Arbitrary<List<SegmentScenario.CustomerPlan>> customers = customerPlans(t).list().ofMinSize(1).ofMaxSize(6);
            Arbitrary<List<SegmentScenario.FactPlan>> facts = facts(t).list().ofMaxSize(14);
            Arbitrary<Rule> first = rules(t, 3, List.of());
            Arbitrary<Rule> second = rules(t, 3, SEGMENTS.subList(0, 1));
            Arbitrary<List<Rule>> checked = rules(t, 4, SEGMENTS).list().ofMinSize(1).ofMaxSize(4);
            return Combinators.combine(customers, facts, first, second, checked, Arbitraries.integers().between(1, 4))
                    .as((c, f, s0, s1, r, size) -> new SegmentScenario(t.zone(), t.now(), c, f, List.of(s0, s1), r, size));
        });
    }

    private static Arbitrary<SegmentScenario.CustomerPlan> customerPlans(Timing t) {
        Arbitrary<Instant> instants = Arbitraries.of(t.instants());
        Arbitrary<Optional<BigDecimal>> scores = Arbitraries.of(STORED_NUMBERS).optional(0.6);
        return Combinators.combine(profiles(t), instants, instants.optional(0.3), scores,
                Arbitraries.of(0, 1).set().ofMaxSize(2)).as((profile, created, touched, score, lists) -> {
                    // An update after creation: the later of the two instants is the update's.
                    Optional<Instant> update = touched.filter(x -> !x.equals(created));
                    Instant first = update.filter(x -> x.isBefore(created)).orElse(created);
                    Optional<Instant> second = update.map(x -> x.isBefore(created) ? created : x);
                    return new SegmentScenario.CustomerPlan(profile, first, second, score, lists);
                });
    }

    private static Arbitrary<CustomerProfile> profiles(Timing t) {
        Arbitrary<Supplier<CustomerProfile.Builder>> names = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(GIVEN_NAMES).optional(0.8), Arbitraries.of(FAMILY_NAMES))
                        .as((given, family) -> (Supplier<CustomerProfile.Builder>) () -> CustomerProfile.person(given.orElse(null), family)),
                Arbitraries.of(ORGANIZATIONS).map(name -> (Supplier<CustomerProfile.Builder>) () -> CustomerProfile.organization(name)));
        Arbitrary<Address> addresses = Combinators.combine(Arbitraries.of(COUNTRIES), Arbitraries.of(CITIES).optional(0.7))
                .as((country, city) -> new Address(Optional.empty(), List.of(), city, Optional.empty(), Optional.empty(), country));
        Arbitrary<UnaryOperator<CustomerProfile.Builder>> contacts = Combinators.combine(
                Arbitraries.of(EMAILS).set().ofMaxSize(3), Arbitraries.of(PHONES).set().ofMaxSize(2),
                addresses.list().ofMaxSize(3)).as((emails, phones, places) -> b -> {
                    emails.stream().sorted().forEach(b::email);
                    phones.stream().sorted().forEach(b::phone);
                    places.forEach(b::address);
                    return b;
                });
        Arbitrary<UnaryOperator<CustomerProfile.Builder>> crm = Combinators.combine(Arbitraries.of(STAGES),
                Arbitraries.of(SOURCES).optional(0.5), Arbitraries.of(OWNERS).optional(0.5),
                Arbitraries.of(TAGS).set().ofMaxSize(3), Arbitraries.of(t.dates()).optional(0.6),
                Arbitraries.of(ContactChannel.class).optional(0.5)).as((stage, source, owner, tags, birth, channel) -> b -> {
                    b.stage(LifecycleStage.of(stage));
                    source.ifPresent(b::leadSource);
                    b.owner(owner.map(UserId::of));
                    tags.forEach(b::tag);
                    birth.ifPresent(b::birthDate);
                    channel.ifPresent(b::preferredChannel);
                    return b;
                });
        Arbitrary<List<ConsentState>> consents = Arbitraries.of(ConsentState.class).list()
                .ofSize(ContactChannel.values().length);
        Arbitrary<UnaryOperator<CustomerProfile.Builder>> more = Combinators.combine(consents, attributeValues(t))
                .as((states, values) -> b -> {
                    for (int i = 0; i < states.size(); i++) {
                        ContactChannel channel = ContactChannel.values()[i];
                        switch (states.get(i)) {
                            case GRANTED -> b.consent(channel, Consent.granted(CONSENT_RECORDED, "form"));
                            case DENIED -> b.consent(channel, Consent.denied(CONSENT_RECORDED, "call"));
                            default -> b.consent(channel, Consent.unknown());
                        }
                    }
                    for (int i = 0; i < ATTRIBUTES.size(); i++) {
                        String key = ATTRIBUTES.get(i).key();
                        values.get(i).ifPresent(v -> b.attribute(key, v));
                    }
                    return b;
                });
        return Combinators.combine(names, contacts, crm, more)
                .as((name, c, r, m) -> m.apply(r.apply(c.apply(name.get()))).build());
    }

    /** One optional value per attribute of {@link #ATTRIBUTES}, in order. */
    private static Arbitrary<List<Optional<AttributeValue>>> attributeValues(Timing t) {
        List<Arbitrary<Optional<AttributeValue>>> each = List.of(
                Arbitraries.of(GIVEN_NAMES).<AttributeValue>map(AttributeValue.Text::new).optional(0.6),
                Arbitraries.of(STORED_NUMBERS).<AttributeValue>map(AttributeValue.Number::new).optional(0.6),
                Arbitraries.of(true, false).<AttributeValue>map(AttributeValue.Bool::new).optional(0.6),
                Arbitraries.of(t.dates()).<AttributeValue>map(AttributeValue.Date::new).optional(0.6),
                Arbitraries.of(STORED_MONEY).<AttributeValue>map(AttributeValue.MoneyValue::new).optional(0.6),
                Arbitraries.of("Gold", "Silver", "bronze").<AttributeValue>map(AttributeValue.Choice::new).optional(0.6));
        return Combinators.combine(each).as(List::copyOf);
    }

    private static Arbitrary<SegmentScenario.FactPlan> facts(Timing t) {
        Arbitrary<Integer> who = Arbitraries.integers().between(0, 5);
        Arbitrary<Instant> when = Arbitraries.of(t.instants());
        Arbitrary<SegmentScenario.FactPlan> purchases = Combinators.combine(who, when, Arbitraries.of(PURCHASE_TOTALS),
                Arbitraries.of(SegmentScenario.Refund.class)).as(SegmentScenario.PurchasePlan::new);
        Arbitrary<SegmentScenario.FactPlan> interactions = Combinators.combine(who, Arbitraries.of(Channel.class), when)
                .as(SegmentScenario.InteractionPlan::new);
        Arbitrary<SegmentScenario.FactPlan> deals = Combinators.combine(who, Arbitraries.of(DEAL_AMOUNTS),
                Arbitraries.of(0, 10, 15, 33, 50, 100).optional(0.4), Arbitraries.of(SegmentScenario.DealEnd.class))
                .as(SegmentScenario.DealPlan::new);
        Arbitrary<SegmentScenario.FactPlan> tickets = Combinators.combine(who, Arbitraries.of(TicketStatus.class))
                .as(SegmentScenario.TicketPlan::new);
        Arbitrary<SegmentScenario.FactPlan> surveys = Arbitraries.of(SurveyType.class).flatMap(type ->
                Combinators.combine(who, Arbitraries.integers().between(type.min(), type.max()), when)
                        .as((c, score, at) -> new SegmentScenario.SurveyPlan(c, type, score, at)));
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, purchases), Tuple.of(3, interactions), Tuple.of(2, deals),
                Tuple.of(2, tickets), Tuple.of(2, surveys)));
    }

    // ---- rules ------------------------------------------------------------------------------------------------------

    /**
     * {@return valid rules of depth up to {@code maxDepth} over the fields of {@link #ATTRIBUTES}, evaluated in that
     * zone at that instant: field conditions on every field with every operator its type allows, metric conditions
     * of every kind with and without window, channel and currency, memberships of {@link #LISTS} and of
     * {@code segments}}
     *
     * @param zone     the zone the rules are evaluated in (dates cluster around its "today")
     * @param now      the instant they are evaluated at
     * @param maxDepth how deeply groups may nest (0: a single leaf)
     * @param segments placeholder ids of saved segments the rules may refer to
     */
    public static Arbitrary<Rule> rules(ZoneId zone, Instant now, int maxDepth, List<SegmentId> segments) {
        return rules(new Timing(zone, now), maxDepth, segments);
    }

    private static Arbitrary<Rule> rules(Timing t, int maxDepth, List<SegmentId> segments) {
        return Arbitraries.integers().between(0, maxDepth).flatMap(depth -> rule(t, depth, segments));
    }

    private static Arbitrary<Rule> rule(Timing t, int depth, List<SegmentId> segments) {
        Arbitrary<Rule> leaf = leaves(t, segments);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<Rule> child = rule(t, depth - 1, segments);
        Arbitrary<List<Rule>> children = child.list().ofMinSize(1).ofMaxSize(3);
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, leaf), Tuple.of(2, children.<Rule>map(Rule.All::new)),
                Tuple.of(2, children.<Rule>map(Rule.Any::new)), Tuple.of(1, child.<Rule>map(Rule.Not::new))));
    }

    private static Arbitrary<Rule> leaves(Timing t, List<SegmentId> segments) {
        List<Tuple.Tuple2<Integer, Arbitrary<Rule>>> options = new ArrayList<>(List.of(
                Tuple.of(12, fields().<Rule>flatMap(f -> fieldCondition(t, f))),
                Tuple.of(6, metricConditions(t)),
                Tuple.of(1, Arbitraries.of(LISTS).<Rule>map(Rule.InList::new))));
        if (!segments.isEmpty()) {
            options.add(Tuple.of(1, Arbitraries.of(segments).<Rule>map(Rule.InSegment::new)));
        }
        return Arbitraries.frequencyOf(options);
    }

    /** Fields, weighted so that each kind of field (and so each operator) comes up about as often as text does. */
    private static Arbitrary<Field> fields() {
        List<Tuple.Tuple2<Integer, Arbitrary<Field>>> weighted = new ArrayList<>();
        for (Field field : FIELDS) {
            int weight = switch (field.kind()) {
                case TEXT -> 2;
                case DATE -> 6;
                case TAGS, MONEY -> 8;
                default -> 5;
            };
            weighted.add(Tuple.of(weight, Arbitraries.just(field)));
        }
        return Arbitraries.frequencyOf(weighted);
    }

    private static Arbitrary<Rule> fieldCondition(Timing t, Field field) {
        return Arbitraries.of(field.kind().operators).flatMap(op -> values(t, field, op)
                .map(values -> new Rule.FieldCondition(field.name(), op, values)));
    }

    private static Arbitrary<Rule> metricConditions(Timing t) {
        Arbitrary<Metric> metrics = Arbitraries.of(MetricKind.class).flatMap(kind -> {
            // Parameters per kind, from MetricKind's Javadoc.
            boolean window = kind == MetricKind.PURCHASE_COUNT || kind == MetricKind.TOTAL_SPEND
                    || kind == MetricKind.AVERAGE_ORDER_VALUE || kind == MetricKind.INTERACTION_COUNT;
            boolean channel = kind == MetricKind.INTERACTION_COUNT || kind == MetricKind.DAYS_SINCE_LAST_INTERACTION;
            boolean currency = kind == MetricKind.TOTAL_SPEND || kind == MetricKind.AVERAGE_ORDER_VALUE
                    || kind == MetricKind.OPEN_OPPORTUNITY_WEIGHTED_VALUE;
            Arbitrary<Optional<RuleValue.Span>> windows = window ? Arbitraries.of(SPANS).optional(0.6) : Arbitraries.just(Optional.empty());
            Arbitrary<Optional<Channel>> channels = channel ? Arbitraries.of(Channel.class).optional(0.6) : Arbitraries.just(Optional.empty());
            Arbitrary<Optional<Currency>> currencies = currency ? Arbitraries.of(CURRENCIES).map(Optional::of) : Arbitraries.just(Optional.empty());
            return Combinators.combine(windows, channels, currencies).as((w, ch, cu) -> new Metric(kind, w, ch, cu));
        });
        Field asNumber = Field.of("metric", Kind.NUMBER);
        return Combinators.combine(metrics, Arbitraries.of(Kind.NUMBER.operators)).as((m, op) -> Tuple.of(m, op))
                .flatMap(mo -> values(t, asNumber, mo.get2()).map(values -> new Rule.MetricCondition(mo.get1(), mo.get2(), values)));
    }

    /** The values an operator takes on a field: the right number, of the right kind, bounds in order. */
    private static Arbitrary<List<RuleValue>> values(Timing t, Field field, Operator op) {
        int[] arity = arity(op);
        if (arity[1] == 0) {
            return Arbitraries.just(List.of());
        }
        if (field.kind() == Kind.MONEY) {
            // Bounds and comparisons in one currency at a time; BETWEEN needs both bounds in it.
            return Arbitraries.of(RULE_MONEY.keySet().stream().sorted().toList()).flatMap(code -> Arbitraries.of(RULE_MONEY.get(code))
                    .<RuleValue>map(RuleValue.Amount::new).list().ofMinSize(arity[0]).ofMaxSize(arity[1]).map(RuleArbitraries::ordered));
        }
        Arbitrary<RuleValue> one = value(t, field, op);
        return one.list().ofMinSize(arity[0]).ofMaxSize(arity[1]).map(RuleArbitraries::ordered);
    }

    private static Arbitrary<RuleValue> value(Timing t, Field field, Operator op) {
        if (!field.vocabulary().isEmpty()) {
            return Combinators.combine(Arbitraries.of(field.vocabulary()), Arbitraries.integers().between(0, 2))
                    .as((word, casing) -> new RuleValue.Text(casing == 0 ? word : casing == 1 ? word.toUpperCase(Locale.ROOT)
                            : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1)));
        }
        switch (field.kind()) {
            case TEXT:
                return Arbitraries.of(TEXTS).map(RuleValue.Text::new);
            case TAGS:
                return Arbitraries.of(TAGS).map(RuleValue.Text::new);
            case NUMBER:
                return Arbitraries.of(RULE_NUMBERS).map(RuleValue.Number::new);
            case BOOLEAN:
                return Arbitraries.of(true, false).map(RuleValue.Bool::new);
            case ANNIVERSARY:
                return Arbitraries.of(SPANS).map(s -> s);
            case DATE:
                return relative(op) ? Arbitraries.of(SPANS).map(s -> s) : Arbitraries.of(t.dates()).map(RuleValue.Date::new);
            default:
                throw new IllegalArgumentException("no values for " + field);
        }
    }

    /** The values with a {@code between}'s two bounds in ascending order; other lists as they are. */
    private static List<RuleValue> ordered(List<RuleValue> values) {
        if (values.size() != 2) {
            return values;
        }
        Comparator<RuleValue> order = (a, b) -> {
            if (a instanceof RuleValue.Number x && b instanceof RuleValue.Number y) {
                return x.value().compareTo(y.value());
            }
            if (a instanceof RuleValue.Date x && b instanceof RuleValue.Date y) {
                return x.value().compareTo(y.value());
            }
            if (a instanceof RuleValue.Amount x && b instanceof RuleValue.Amount y) {
                return x.value().amount().compareTo(y.value().amount());
            }
            return 0;
        };
        return values.stream().sorted(order).toList();
    }

    // ---- placeholders -----------------------------------------------------------------------------------------------

    /**
     * {@return the rule with each placeholder list and segment id replaced by the id the store gave}
     *
     * @param rule     a generated rule
     * @param lists    real list id by placeholder
     * @param segments real segment id by placeholder
     */
    public static Rule bind(Rule rule, Map<StaticListId, StaticListId> lists, Map<SegmentId, SegmentId> segments) {
        if (rule instanceof Rule.All all) {
            return new Rule.All(all.rules().stream().map(r -> bind(r, lists, segments)).toList());
        }
        if (rule instanceof Rule.Any any) {
            return new Rule.Any(any.rules().stream().map(r -> bind(r, lists, segments)).toList());
        }
        if (rule instanceof Rule.Not not) {
            return new Rule.Not(bind(not.rule(), lists, segments));
        }
        if (rule instanceof Rule.InList in) {
            return new Rule.InList(lists.getOrDefault(in.list(), in.list()));
        }
        if (rule instanceof Rule.InSegment in) {
            return new Rule.InSegment(segments.getOrDefault(in.segment(), in.segment()));
        }
        return rule;
    }
}
