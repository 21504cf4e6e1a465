package dev.cms.testkit;

import dev.cms.core.Cursor;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.Violation;
import dev.cms.core.access.Principal;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.ExternalOrderId;
import dev.cms.core.commerce.LineItem;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.commerce.PurchaseId;
import dev.cms.core.commerce.PurchaseStatus;
import dev.cms.core.commerce.PurchaseSummary;
import dev.cms.core.commerce.SalesChannel;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Affiliation;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerName;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerView;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyResponseId;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.Interaction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.interaction.InteractionId;
import dev.cms.core.interaction.InteractionLinks;
import dev.cms.core.money.Money;
import dev.cms.core.sales.ConvertedLead;
import dev.cms.core.sales.LeadConversion;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.OpportunityId;
import dev.cms.core.sales.OpportunityStatus;
import dev.cms.core.sales.Pipeline;
import dev.cms.core.sales.PipelineId;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageChange;
import dev.cms.core.sales.StageDraft;
import dev.cms.core.sales.StageId;
import dev.cms.core.sales.StageKind;
import dev.cms.core.sales.WonDeal;
import dev.cms.core.support.BusinessHours;
import dev.cms.core.support.RoutingRule;
import dev.cms.core.support.SlaClock;
import dev.cms.core.support.SlaPolicy;
import dev.cms.core.support.SlaState;
import dev.cms.core.support.SlaStatus;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketId;
import dev.cms.core.support.TicketPriority;
import dev.cms.core.support.TicketStatus;
import dev.cms.core.support.TicketStatusChange;
import dev.cms.core.task.Priority;
import dev.cms.core.task.Task;
import dev.cms.core.task.TaskDetails;
import dev.cms.core.task.TaskId;
import dev.cms.core.task.TaskLinks;
import dev.cms.core.task.TaskStatus;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * jqwik generators of valid values for every public value type of cms-core (but {@code SupportQueue} and
 * {@code SupportSettings}, which hold code). Every generated value is accepted by its canonical constructor unchanged:
 * text is well-formed UTF-16, trimmed, non-blank, free of control characters (free text may contain tabs and line
 * breaks), within the type's maximum length, and mixes ASCII with non-ASCII letters and supplementary characters;
 * instants lie in years 1 to 9999 at microsecond precision; profiles have unique e-mail addresses and phone numbers
 * with exactly one primary of each when there are any. The feature rules hold too: pipelines have open stages first,
 * then exactly one closed-won (100 %) and one closed-lost (0 %) stage; a deal's history ends in its current stage,
 * it has a lost reason exactly when lost and a close time exactly when not open; line items add up to the amount or
 * total they belong to; a purchase's status agrees with its refunded amount; a ticket has a resolution time exactly
 * when resolved or closed; survey scores lie within their survey's scale.
 *
 * <pre>{@code
 * @Property
 * void customersSurviveTheRoundTrip(@ForAll("customers") Customer customer) { ... }
 *
 * @Provide
 * Arbitrary<Customer> customers() {
 *     return DomainArbitraries.customers();
 * }
 * }</pre>
 */
public final class DomainArbitraries {
    /**
     * Numbers libphonenumber accepts as valid, in E.164 form, from several regions (DE, US, GB, FR, JP, CH, AU, BR,
     * ES, IT, IN, SE, PL, ZA, KR, CN, AE, IE).
     */
    public static final List<String> VALID_PHONE_NUMBERS = List.of(
            "+4930901820", "+4915123456789", "+14155552671", "+12125551234", "+442079460958", "+33142685300",
            "+81312345678", "+41446681800", "+61293744000", "+5511987654321", "+34912345678", "+390612345678",
            "+919876543210", "+46812345678", "+48221234567", "+27211234567", "+82212345678", "+8613912345678",
            "+97143234567", "+35318123456");

    /** Currency codes money is generated in: minor units 2 (EUR, USD, GBP, CHF), 0 (JPY, KRW), 3 (BHD, KWD), 4 (CLF). */
    public static final List<String> CURRENCY_CODES = List.of("EUR", "USD", "GBP", "CHF", "JPY", "KRW", "BHD", "KWD", "CLF");

    /** Language tags locales are generated from; each survives {@code Locale.forLanguageTag(l.toLanguageTag())}. */
    public static final List<String> LANGUAGE_TAGS = List.of("de", "de-AT", "en-US", "en-GB", "fr", "fr-CA", "ja-JP",
            "pt-BR", "zh-Hant-TW", "sr-Latn-RS", "es-419", "ar-EG", "tr-TR", "nb-NO", "fi");

    /** Single code points text is built from: ASCII, Latin with diacritics, Greek, Cyrillic, CJK, Hangul, RTL, astral. */
    private static final List<String> CODE_POINTS = Stream.concat(
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'.&".codePoints().mapToObj(Character::toString),
            Stream.of("é", "ü", "ß", "ñ", "ø", "Ł", "ç", "ș", "Å", "λ", "Ω", "Ж", "д", "中", "文", "日", "ㅎ", "ع", "א",
                    "\uD835\uDCD0" /* U+1D4D0 MATHEMATICAL BOLD SCRIPT CAPITAL A */,
                    "\uD83D\uDE00" /* U+1F600 GRINNING FACE */))
            .toList();

    private static final String KEY_TAIL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_";
    private static final String ALNUM_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LOCAL_PART_CHARS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+/=?^_`{|}~-";
    private static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final long MAX_AMOUNT_UNSCALED = 999_999_999_999_999_999L;

    private DomainArbitraries() {
    }

    // ---------------------------------------------------------------- text, time, scalars

    /**
     * @param max maximum length in UTF-16 units (at least 2)
     * @return single-line text: words of mixed scripts separated by single spaces, trimmed and non-blank
     */
    public static Arbitrary<String> lines(int max) {
        return words().list().ofMinSize(1).ofMaxSize(6).map(ws -> fit(String.join(" ", ws), max));
    }

    /**
     * @param max maximum length in UTF-16 units (at least 2)
     * @return free text that may span lines (spaces, tabs, LF and CRLF between words), trimmed and non-blank
     */
    public static Arbitrary<String> texts(int max) {
        Arbitrary<String> separated = Combinators.combine(Arbitraries.of(" ", " ", " ", "\n", "\r\n", "\t"), words())
                .as((separator, word) -> separator + word);
        return separated.list().ofMinSize(1).ofMaxSize(30).map(parts -> fit(String.join("", parts), max));
    }

    private static Arbitrary<String> words() {
        return Arbitraries.of(CODE_POINTS).list().ofMinSize(1).ofMaxSize(12).map(cs -> String.join("", cs));
    }

    /** Cuts to {@code max} units without splitting a surrogate pair, then trims; never blank for max &ge; 2. */
    private static String fit(String text, int max) {
        String cut = text.strip();
        if (cut.length() > max) {
            cut = cut.substring(0, max);
            if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
                cut = cut.substring(0, cut.length() - 1);
            }
        }
        return cut.strip();
    }

    /** @return instants in years 1 to 9999 at microsecond precision, including both ends */
    public static Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.longs().between(MIN_INSTANT.getEpochSecond(), MAX_INSTANT.getEpochSecond());
        Arbitrary<Integer> micros = Arbitraries.integers().between(0, 999_999);
        return Combinators.combine(seconds, micros).as((s, us) -> Instant.ofEpochSecond(s, us * 1_000L));
    }

    /** @return two instants, the first not after the second (such as a creation and an update time) */
    public static Arbitrary<Tuple2<Instant, Instant>> orderedInstants() {
        return Combinators.combine(instants(), instants())
                .as((a, b) -> a.isAfter(b) ? Tuple.of(b, a) : Tuple.of(a, b));
    }

    /** @return dates in years 1 to 9999 */
    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** @return durations from zero to seven days at millisecond precision, as interactions accept them */
    public static Arbitrary<Duration> interactionDurations() {
        return Arbitraries.longs().between(0, Duration.ofDays(7).toMillis()).map(Duration::ofMillis);
    }

    /** @return locales built from {@link #LANGUAGE_TAGS} */
    public static Arbitrary<Locale> locales() {
        return Arbitraries.of(LANGUAGE_TAGS).map(Locale::forLanguageTag);
    }

    /** @return region-based zones of the JDK's database plus the fixed offsets Z and +05:30 */
    public static Arbitrary<ZoneId> zoneIds() {
        List<ZoneId> zones = new ArrayList<>();
        ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).forEach(zones::add);
        zones.add(ZoneOffset.UTC);
        zones.add(ZoneOffset.ofHoursMinutes(5, 30));
        return Arbitraries.of(zones);
    }

    /** @return random UUIDs, including the unsigned-order edge cases (all zero bits, all one bits...) */
    public static Arbitrary<UUID> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new);
    }

    // ---------------------------------------------------------------- ids

    /** @return customer ids */
    public static Arbitrary<CustomerId> customerIds() {
        return uuids().map(CustomerId::of);
    }

    /** @return interaction ids */
    public static Arbitrary<InteractionId> interactionIds() {
        return uuids().map(InteractionId::of);
    }

    /** @return task ids */
    public static Arbitrary<TaskId> taskIds() {
        return uuids().map(TaskId::of);
    }

    /** @return opportunity ids */
    public static Arbitrary<OpportunityId> opportunityIds() {
        return uuids().map(OpportunityId::of);
    }

    /** @return ticket ids */
    public static Arbitrary<TicketId> ticketIds() {
        return uuids().map(TicketId::of);
    }

    // ---------------------------------------------------------------- access

    /** @return application user ids, up to 200 characters */
    public static Arbitrary<UserId> userIds() {
        return Arbitraries.oneOf(List.of(Arbitraries.of("alice", "bob", "carol"), lines(200))).map(UserId::of);
    }

    /** @return principals with zero to three roles */
    public static Arbitrary<Principal> principals() {
        return Combinators.combine(userIds(), lines(40).set().ofMaxSize(3)).as(Principal::new);
    }

    // ---------------------------------------------------------------- paging and errors

    /** @return requests for a first page (no cursor, so they are accepted by every service), sizes 1 to 1000 */
    public static Arbitrary<PageRequest> pageRequests() {
        return Arbitraries.integers().between(1, PageRequest.MAX_SIZE).map(PageRequest::first);
    }

    /**
     * @param items item generator
     * @param <T>   item type
     * @return last pages (no next cursor) of zero to five items
     */
    public static <T> Arbitrary<Page<T>> pages(Arbitrary<T> items) {
        return items.list().ofMaxSize(5).map(list -> new Page<>(list, Optional.empty()));
    }

    /**
     * @return syntactically plausible cursors of URL-safe characters; services reject them as foreign, so use them
     *         only where a cursor is carried, not decoded (serialization)
     */
    public static Arbitrary<Cursor> cursors() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
                .ofMinLength(1).ofMaxLength(60).map(Cursor::of);
    }

    /** @return validation violations with a path, a rejected value and a reason */
    public static Arbitrary<Violation> violations() {
        return Combinators.combine(lines(60), Arbitraries.oneOf(List.of(Arbitraries.just("<absent>"), lines(80))), lines(200))
                .as(Violation::new);
    }

    // ---------------------------------------------------------------- customer values

    /** @return syntactically valid e-mail addresses (domain in lower case, as {@link Email} keeps it) */
    public static Arbitrary<Email> emails() {
        Arbitrary<String> atom = Arbitraries.strings().withChars(LOCAL_PART_CHARS).ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> local = atom.list().ofMinSize(1).ofMaxSize(3).map(as -> String.join(".", as));
        Arbitrary<String> alnum = Arbitraries.strings().withChars(ALNUM_LOWER).ofMinLength(1).ofMaxLength(10);
        Arbitrary<String> label = Arbitraries.oneOf(List.of(alnum,
                Combinators.combine(alnum, alnum).as((a, b) -> a + "-" + b)));
        Arbitrary<String> top = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(6);
        Arbitrary<String> domain = Combinators.combine(label.list().ofMinSize(1).ofMaxSize(3), top)
                .as((labels, tld) -> String.join(".", labels) + "." + tld);
        return Combinators.combine(local, domain).as((l, d) -> Email.of(l + "@" + d));
    }

    /** @return phone numbers from {@link #VALID_PHONE_NUMBERS} */
    public static Arbitrary<Phone> phones() {
        return Arbitraries.of(VALID_PHONE_NUMBERS).map(Phone::new);
    }

    /** @return person names, with and without a given name */
    public static Arbitrary<PersonName> personNames() {
        return Combinators.combine(lines(100).optional(0.8), lines(100)).as(PersonName::new);
    }

    /** @return organization names */
    public static Arbitrary<OrganizationName> organizationNames() {
        return lines(200).map(OrganizationName::new);
    }

    /** @return person and organization names */
    public static Arbitrary<CustomerName> customerNames() {
        return Arbitraries.oneOf(List.of(personNames(), organizationNames()));
    }

    /** @return e-mail contacts, primary or not */
    public static Arbitrary<EmailContact> emailContacts() {
        return Combinators.combine(emails(), lines(50).optional(0.5), Arbitraries.of(true, false)).as(EmailContact::new);
    }

    /** @return phone contacts, primary or not */
    public static Arbitrary<PhoneContact> phoneContacts() {
        return Combinators.combine(phones(), lines(50).optional(0.5), Arbitraries.of(true, false)).as(PhoneContact::new);
    }

    /** @return addresses from country-only to four street lines with every optional part */
    public static Arbitrary<Address> addresses() {
        return Combinators.combine(lines(50).optional(0.5), lines(200).list().ofMaxSize(4), lines(100).optional(0.7),
                        lines(100).optional(0.4), lines(20).optional(0.7), Arbitraries.of(Locale.getISOCountries()))
                .as(Address::new);
    }

    /**
     * @param organizations ids of the organizations people work for
     * @return affiliations with and without a job title
     */
    public static Arbitrary<Affiliation> affiliations(Arbitrary<CustomerId> organizations) {
        return Combinators.combine(organizations, lines(100).optional(0.7)).as(Affiliation::new);
    }

    /** @return the eight built-in stages and custom ones */
    public static Arbitrary<LifecycleStage> lifecycleStages() {
        List<LifecycleStage> builtIn = new ArrayList<>(LifecycleStage.funnel());
        builtIn.add(LifecycleStage.CHURNED);
        return Arbitraries.oneOf(List.of(Arbitraries.of(builtIn), keys(50).map(LifecycleStage::of)));
    }

    /**
     * @param max maximum length
     * @return keys as attribute definitions and lifecycle stages use them: a lower-case letter, then letters, digits
     *         and underscores
     */
    public static Arbitrary<String> keys(int max) {
        return Combinators.combine(Arbitraries.chars().range('a', 'z'),
                        Arbitraries.strings().withChars(KEY_TAIL_CHARS).ofMaxLength(Math.min(max - 1, 20)))
                .as((first, rest) -> first + rest);
    }

    /** @return granted, denied and unknown consents */
    public static Arbitrary<Consent> consents() {
        Arbitrary<Consent> recorded = Combinators.combine(Arbitraries.of(ConsentState.GRANTED, ConsentState.DENIED),
                instants(), lines(100).optional(0.7)).as((state, at, source) -> new Consent(state, Optional.of(at), source));
        return Arbitraries.frequencyOf(Tuple.of(4, recorded), Tuple.of(1, Arbitraries.just(Consent.unknown())));
    }

    /** @return external ids */
    public static Arbitrary<ExternalId> externalIds() {
        return lines(200).map(ExternalId::of);
    }

    /** @return attribute definitions of every type; enumerations with options, money with and without a currency */
    public static Arbitrary<AttributeDefinition> attributeDefinitions() {
        return Combinators.combine(keys(64), lines(100), Arbitraries.of(AttributeType.class), Arbitraries.of(true, false),
                        lines(100).list().ofMinSize(1).ofMaxSize(5).uniqueElements(), currencies().optional(0.5))
                .as((key, label, type, required, options, currency) -> new AttributeDefinition(key, label, type, required,
                        type == AttributeType.ENUMERATION ? options : List.of(),
                        type == AttributeType.MONEY ? currency : Optional.empty()));
    }

    /** @return values of every {@link AttributeValue} subtype */
    public static Arbitrary<AttributeValue> attributeValues() {
        return Arbitraries.oneOf(List.of(
                texts(1000).map(AttributeValue.Text::new),
                decimals().map(AttributeValue.Number::new),
                Arbitraries.of(true, false).map(AttributeValue.Bool::new),
                dates().map(AttributeValue.Date::new),
                money().map(AttributeValue.MoneyValue::new),
                lines(100).map(AttributeValue.Choice::new)));
    }

    /**
     * @param definition a declared attribute
     * @return values that {@link AttributeDefinition#problemWith} accepts for {@code definition}
     */
    public static Arbitrary<AttributeValue> attributeValuesFor(AttributeDefinition definition) {
        return switch (definition.type()) {
            case TEXT -> texts(1000).map(AttributeValue.Text::new);
            case NUMBER -> decimals().map(AttributeValue.Number::new);
            case BOOLEAN -> Arbitraries.of(true, false).map(AttributeValue.Bool::new);
            case DATE -> dates().map(AttributeValue.Date::new);
            case MONEY -> definition.currency().map(DomainArbitraries::money).orElseGet(DomainArbitraries::money)
                    .map(AttributeValue.MoneyValue::new);
            case ENUMERATION -> Arbitraries.of(definition.options()).map(AttributeValue.Choice::new);
        };
    }

    /**
     * @return decimals {@link AttributeValue.Number} accepts: less than 10^20 in magnitude, at most 18 fraction digits,
     *         up to 38 significant digits, including both limits
     */
    public static Arbitrary<BigDecimal> decimals() {
        return Arbitraries.integers().between(-AttributeValue.Number.MAX_INTEGER_DIGITS, AttributeValue.Number.MAX_FRACTION_DIGITS)
                .flatMap(scale -> {
                    BigInteger limit = BigInteger.TEN.pow(AttributeValue.Number.MAX_INTEGER_DIGITS + scale).subtract(BigInteger.ONE);
                    return Arbitraries.bigIntegers().between(limit.negate(), limit)
                            .map(unscaled -> new BigDecimal(unscaled, scale));
                });
    }

    /** @return the currencies of {@link #CURRENCY_CODES} */
    public static Arbitrary<Currency> currencies() {
        return Arbitraries.of(CURRENCY_CODES).map(Currency::getInstance);
    }

    /** @return money in the currencies of {@link #CURRENCY_CODES}, up to the largest amount {@link Money} allows */
    public static Arbitrary<Money> money() {
        return currencies().flatMap(DomainArbitraries::money);
    }

    /**
     * @param currency the currency
     * @return amounts in that currency at its scale
     */
    public static Arbitrary<Money> money(Currency currency) {
        return Arbitraries.longs().between(-MAX_AMOUNT_UNSCALED, MAX_AMOUNT_UNSCALED)
                .map(unscaled -> Money.of(new BigDecimal(BigInteger.valueOf(unscaled), currency.getDefaultFractionDigits()), currency));
    }

    // ---------------------------------------------------------------- customers

    /** @return persons and organizations with every optional part, affiliations pointing at random ids */
    public static Arbitrary<CustomerProfile> customerProfiles() {
        return customerProfiles(customerIds());
    }

    /**
     * @param organizations ids a person's affiliation may point at
     * @return persons and organizations with every optional part
     */
    public static Arbitrary<CustomerProfile> customerProfiles(Arbitrary<CustomerId> organizations) {
        Arbitrary<Tuple2<CustomerName, Optional<Affiliation>>> named = customerNames().flatMap(name ->
                name instanceof PersonName
                        ? affiliations(organizations).optional(0.3).map(a -> Tuple.of(name, a))
                        : Arbitraries.just(Tuple.of(name, Optional.<Affiliation>empty())));
        Arbitrary<List<EmailContact>> emailList = withOnePrimary(
                Combinators.combine(emails(), lines(50).optional(0.4)).as(Tuple::of).list().ofMaxSize(4)
                        .uniqueElements(t -> t.get1().value().toLowerCase(Locale.ROOT)),
                (t, primary) -> new EmailContact(t.get1(), t.get2(), primary));
        Arbitrary<List<PhoneContact>> phoneList = withOnePrimary(
                Combinators.combine(phones(), lines(50).optional(0.4)).as(Tuple::of).list().ofMaxSize(3)
                        .uniqueElements(t -> t.get1().e164()),
                (t, primary) -> new PhoneContact(t.get1(), t.get2(), primary));
        var contacts = Combinators.combine(emailList, phoneList, addresses().list().ofMaxSize(2), lifecycleStages(),
                lines(100).optional(0.4), userIds().optional(0.5), lines(64).set().ofMaxSize(4), dates().optional(0.3))
                .as(Tuple::of);
        var preferences = Combinators.combine(locales().optional(0.4), zoneIds().optional(0.4),
                Arbitraries.of(ContactChannel.class).optional(0.4),
                Arbitraries.maps(Arbitraries.of(ContactChannel.class), consents()).ofMaxSize(3),
                externalIds().optional(0.4), Arbitraries.maps(keys(64), attributeValues()).ofMaxSize(3))
                .as(Tuple::of);
        return Combinators.combine(named, contacts, preferences).as((n, c, p) -> new CustomerProfile(n.get1(),
                c.get1(), c.get2(), c.get3(), n.get2(), c.get4(), c.get5(), c.get6(), c.get7(), c.get8(),
                p.get1(), p.get2(), p.get3(), p.get4(), p.get5(), p.get6()));
    }

    /** Picks exactly one primary entry in every non-empty list. */
    private static <T, C> Arbitrary<List<C>> withOnePrimary(Arbitrary<List<T>> lists, BiFunction<T, Boolean, C> make) {
        return lists.flatMap(list -> {
            if (list.isEmpty()) {
                return Arbitraries.just(List.<C>of());
            }
            return Arbitraries.integers().between(0, list.size() - 1).map(primary -> {
                List<C> made = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    made.add(make.apply(list.get(i), i == primary));
                }
                return made;
            });
        });
    }

    /** @return stored customers, created not after their last update */
    public static Arbitrary<Customer> customers() {
        return Combinators.combine(customerIds(), customerProfiles(), orderedInstants(), versions())
                .as((id, profile, times, version) -> new Customer(id, profile, times.get1(), times.get2(), version));
    }

    private static Arbitrary<Long> versions() {
        return Arbitraries.longs().between(0, 1_000_000);
    }

    // ---------------------------------------------------------------- interactions

    /** @return interaction links, each part present or not */
    public static Arbitrary<InteractionLinks> interactionLinks() {
        return Combinators.combine(opportunityIds().optional(0.3), ticketIds().optional(0.3), taskIds().optional(0.3))
                .as(InteractionLinks::new);
    }

    /** @return interaction details of every channel and direction, with and without each optional part */
    public static Arbitrary<InteractionDetails> interactionDetails() {
        return Combinators.combine(Arbitraries.of(Channel.class), Arbitraries.of(Direction.class), instants(),
                        lines(500).optional(0.6), texts(100_000).optional(0.5), interactionDurations().optional(0.4),
                        lines(200).optional(0.4), interactionLinks())
                .as(InteractionDetails::new);
    }

    /** @return logged interactions */
    public static Arbitrary<Interaction> interactions() {
        return Combinators.combine(interactionIds(), customerIds(), interactionDetails(), userIds(), instants())
                .as(Interaction::new);
    }

    // ---------------------------------------------------------------- tasks

    /** @return task links, each part present or not */
    public static Arbitrary<TaskLinks> taskLinks() {
        return Combinators.combine(customerIds().optional(0.5), opportunityIds().optional(0.3), ticketIds().optional(0.3))
                .as(TaskLinks::new);
    }

    /** @return task details with and without each optional part; a reminder is never after the due time */
    public static Arbitrary<TaskDetails> taskDetails() {
        return Combinators.combine(lines(200), texts(10_000).optional(0.4), instants().optional(0.6),
                        Arbitraries.of(Priority.class), userIds().optional(0.5), taskLinks(), instants().optional(0.3))
                .as((title, description, due, priority, assignee, links, remind) -> {
                    Optional<Instant> dueAt = due;
                    Optional<Instant> remindAt = remind;
                    if (due.isPresent() && remind.isPresent() && remind.get().isAfter(due.get())) {
                        dueAt = remind;
                        remindAt = due;
                    }
                    return new TaskDetails(title, description, dueAt, priority, assignee, links, remindAt);
                });
    }

    /** @return stored tasks in every status; exactly the done ones carry a completion time */
    public static Arbitrary<Task> tasks() {
        return Combinators.combine(taskIds(), taskDetails(), Arbitraries.of(TaskStatus.class), orderedInstants(), versions())
                .as((id, details, status, times, version) -> new Task(id, details, status, times.get1(), times.get2(),
                        status == TaskStatus.DONE ? Optional.of(times.get2()) : Optional.empty(), version));
    }

    // ---------------------------------------------------------------- sales

    /** @return pipeline ids */
    public static Arbitrary<PipelineId> pipelineIds() {
        return uuids().map(PipelineId::of);
    }

    /** @return stage ids */
    public static Arbitrary<StageId> stageIds() {
        return uuids().map(StageId::of);
    }

    /** @return stages of every kind; won stages have probability 100, lost stages 0, open ones 0 to 100 */
    public static Arbitrary<Stage> stages() {
        return Combinators.combine(stageIds(), lines(100), Arbitraries.of(StageKind.class), Arbitraries.integers().between(0, 100))
                .as((id, name, kind, percent) -> new Stage(id, name, probabilityOf(kind, percent), kind));
    }

    /** @return stage drafts of every kind, with the probabilities a pipeline accepts for that kind */
    public static Arbitrary<StageDraft> stageDrafts() {
        return Combinators.combine(lines(100), Arbitraries.of(StageKind.class), Arbitraries.integers().between(0, 100))
                .as((name, kind, percent) -> new StageDraft(name, probabilityOf(kind, percent), kind));
    }

    private static int probabilityOf(StageKind kind, int openPercent) {
        return kind == StageKind.WON ? 100 : kind == StageKind.LOST ? 0 : openPercent;
    }

    /**
     * @return pipelines of one to six open stages followed by exactly one closed-won (100 %) and one closed-lost (0 %)
     *         stage, with unique stage ids and names (ignoring case)
     */
    public static Arbitrary<Pipeline> pipelines() {
        Arbitrary<List<Stage>> stages = Arbitraries.integers().between(1, 6).flatMap(open -> Combinators.combine(
                        stageIds().list().ofSize(open + 2).uniqueElements(),
                        lines(100).list().ofSize(open + 2).uniqueElements(name -> name.toLowerCase(Locale.ROOT)),
                        Arbitraries.integers().between(0, 100).list().ofSize(open))
                .as((ids, names, percents) -> {
                    List<Stage> list = new ArrayList<>();
                    for (int i = 0; i < open; i++) {
                        list.add(new Stage(ids.get(i), names.get(i), percents.get(i), StageKind.OPEN));
                    }
                    list.add(new Stage(ids.get(open), names.get(open), 100, StageKind.WON));
                    list.add(new Stage(ids.get(open + 1), names.get(open + 1), 0, StageKind.LOST));
                    return list;
                }));
        return Combinators.combine(pipelineIds(), lines(100), stages, Arbitraries.of(true, false), orderedInstants(), versions())
                .as((id, name, list, isDefault, times, version) -> new Pipeline(id, name, list, isDefault, times.get1(), times.get2(), version));
    }

    /** @return stage changes, the first of a history (no previous stage) and later ones */
    public static Arbitrary<StageChange> stageChanges() {
        return Combinators.combine(stageIds().optional(0.8), stageIds(), instants(), userIds()).as(StageChange::new);
    }

    /**
     * @return deal details in the currencies of {@link #CURRENCY_CODES}, with and without each optional part; with line
     *         items the amount is their total
     */
    public static Arbitrary<OpportunityDetails> opportunityDetails() {
        return currencies().flatMap(currency -> Combinators.combine(customerIds(), lines(200), lineItems(currency).list().ofMaxSize(4),
                        nonNegativeMoney(currency), dates().optional(0.4), Arbitraries.integers().between(0, 100).optional(0.3),
                        userIds().optional(0.5), lines(100).optional(0.4))
                .as((customer, name, items, amount, close, percent, owner, source) -> new OpportunityDetails(customer, name,
                        items.isEmpty() ? amount : LineItem.sum(items, currency), close, percent, owner, source, items)));
    }

    /** @return deals in random pipelines, in every status (see {@link #opportunities(Pipeline)}) */
    public static Arbitrary<Opportunity> opportunities() {
        return pipelines().flatMap(DomainArbitraries::opportunities);
    }

    /**
     * @param pipeline the pipeline the deals move through
     * @return deals of every status in a stage of that kind (open deals in an open stage, won ones in the closed-won
     *         stage...), whose history moves from stage to stage of the pipeline and ends in the current stage; lost
     *         deals carry a reason, closed ones their close time (the last move); times never go backwards
     */
    public static Arbitrary<Opportunity> opportunities(Pipeline pipeline) {
        return Arbitraries.of(OpportunityStatus.class).flatMap(status -> opportunities(pipeline, status));
    }

    private static Arbitrary<Opportunity> opportunities(Pipeline pipeline, OpportunityStatus status) {
        Arbitrary<StageId> open = Arbitraries.of(pipeline.openStages()).map(Stage::id);
        Arbitrary<StageId> last = status == OpportunityStatus.OPEN ? open
                : Arbitraries.just(status == OpportunityStatus.WON ? pipeline.wonStage().id() : pipeline.lostStage().id());
        Arbitrary<List<StageId>> path = Combinators.combine(open.list().ofMaxSize(4), last).as((earlier, end) -> {
            List<StageId> stages = new ArrayList<>(earlier);
            stages.add(end);
            return stages;
        });
        return path.flatMap(stages -> Combinators.combine(opportunityIds(), opportunityDetails(), sortedInstants(stages.size() + 1),
                        userIds().list().ofSize(stages.size()), lines(500), versions())
                .as((id, details, times, movers, reason, version) -> {
                    List<StageChange> history = new ArrayList<>();
                    for (int i = 0; i < stages.size(); i++) {
                        Optional<StageId> from = i == 0 ? Optional.empty() : Optional.of(stages.get(i - 1));
                        history.add(new StageChange(from, stages.get(i), times.get(i), movers.get(i)));
                    }
                    Optional<Instant> closedAt = status == OpportunityStatus.OPEN ? Optional.empty() : Optional.of(times.get(stages.size() - 1));
                    Optional<String> lostReason = status == OpportunityStatus.LOST ? Optional.of(reason) : Optional.empty();
                    return new Opportunity(id, details, pipeline.id(), stages.get(stages.size() - 1), status, lostReason, closedAt,
                            history, times.get(0), times.get(stages.size()), version);
                }));
    }

    /** @return won deals (see {@link #opportunities(Pipeline)}) */
    public static Arbitrary<Opportunity> wonOpportunities() {
        return pipelines().flatMap(p -> opportunities(p, OpportunityStatus.WON));
    }

    /**
     * @return lead conversions with no, a new or an existing organization, with or without a deal (name and amount
     *         together) and a follow-up task
     */
    public static Arbitrary<LeadConversion> leadConversions() {
        Arbitrary<Tuple2<Optional<CustomerProfile>, Optional<CustomerId>>> organization = Arbitraries.oneOf(List.of(
                Arbitraries.just(Tuple.of(Optional.<CustomerProfile>empty(), Optional.<CustomerId>empty())),
                customerProfiles().filter(p -> p.kind() == CustomerKind.ORGANIZATION)
                        .map(p -> Tuple.of(Optional.of(p), Optional.<CustomerId>empty())),
                customerIds().map(id -> Tuple.of(Optional.<CustomerProfile>empty(), Optional.of(id)))));
        Arbitrary<Tuple2<Optional<String>, Optional<Money>>> deal = Combinators.combine(lines(200), nonNegativeMoney())
                .as((name, amount) -> Tuple.of(Optional.of(name), Optional.of(amount)))
                .optional(0.5)
                .map(d -> d.orElse(Tuple.of(Optional.empty(), Optional.empty())));
        return Combinators.combine(lifecycleStages(), organization, lines(100).optional(0.5), deal, dates().optional(0.4),
                        taskDetails().optional(0.4))
                .as((stage, org, title, d, close, followUp) -> new LeadConversion(stage, org.get1(), org.get2(), title,
                        d.get1(), d.get2(), close, followUp));
    }

    /** @return results of lead conversions, each optional part present or not */
    public static Arbitrary<ConvertedLead> convertedLeads() {
        return Combinators.combine(customers(), customers().optional(0.4), opportunities().optional(0.4), tasks().optional(0.4))
                .as(ConvertedLead::new);
    }

    /** @return won deals with a purchase */
    public static Arbitrary<WonDeal> wonDeals() {
        return Combinators.combine(wonOpportunities(), purchases()).as(WonDeal::new);
    }

    // ---------------------------------------------------------------- commerce

    /** @return purchase ids */
    public static Arbitrary<PurchaseId> purchaseIds() {
        return uuids().map(PurchaseId::of);
    }

    /** @return order ids of a shop */
    public static Arbitrary<ExternalOrderId> externalOrderIds() {
        return lines(200).map(ExternalOrderId::of);
    }

    /**
     * @param currency the unit price's currency
     * @return line items with quantities up to the limit of 10^12 and 6 fraction digits (large quantities at small
     *         prices), discounts from 0 to 100 % with up to 4 fraction digits, and totals small enough that a few of
     *         them add up to a valid {@link Money} amount
     */
    public static Arbitrary<LineItem> lineItems(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        Arbitrary<Tuple2<BigDecimal, Money>> usual = Combinators.combine(
                Arbitraries.longs().between(1, 1_000_000_000L).map(n -> BigDecimal.valueOf(n, 6)),
                Arbitraries.longs().between(0, 1_000_000_000L * pow10(digits)).map(n -> Money.of(BigDecimal.valueOf(n, digits), currency)))
                .as(Tuple::of);
        Arbitrary<Tuple2<BigDecimal, Money>> bulk = Combinators.combine(
                Arbitraries.longs().between(1, 999_999_999_999_999_999L).map(n -> BigDecimal.valueOf(n, 6)),
                Arbitraries.longs().between(0, pow10(digits)).map(n -> Money.of(BigDecimal.valueOf(n, digits), currency)))
                .as(Tuple::of);
        Arbitrary<BigDecimal> discount = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(BigDecimal.ZERO)),
                Tuple.of(2, Arbitraries.integers().between(0, 1_000_000).map(n -> BigDecimal.valueOf(n, 4))));
        return Combinators.combine(lines(64), lines(200), Arbitraries.frequencyOf(Tuple.of(4, usual), Tuple.of(1, bulk)), discount)
                .as((code, name, qp, off) -> new LineItem(code, name, qp.get1(), qp.get2(), off));
    }

    private static long pow10(int exponent) {
        return BigInteger.TEN.pow(exponent).longValueExact();
    }

    /** @return amounts from zero up to the largest {@link Money} allows, in the currencies of {@link #CURRENCY_CODES} */
    public static Arbitrary<Money> nonNegativeMoney() {
        return currencies().flatMap(DomainArbitraries::nonNegativeMoney);
    }

    /**
     * @param currency the currency
     * @return amounts from zero up to the largest {@link Money} allows, at the currency's scale
     */
    public static Arbitrary<Money> nonNegativeMoney(Currency currency) {
        return Arbitraries.longs().between(0, MAX_AMOUNT_UNSCALED)
                .map(unscaled -> Money.of(new BigDecimal(BigInteger.valueOf(unscaled), currency.getDefaultFractionDigits()), currency));
    }

    /** @return purchase details with and without lines (whose sum is then the total), in every channel */
    public static Arbitrary<PurchaseDetails> purchaseDetails() {
        return currencies().flatMap(currency -> Combinators.combine(customerIds(), instants(), lineItems(currency).list().ofMaxSize(4),
                        nonNegativeMoney(currency), Arbitraries.of(SalesChannel.class), externalOrderIds().optional(0.5),
                        opportunityIds().optional(0.3))
                .as((customer, at, lines, total, channel, orderId, deal) -> new PurchaseDetails(customer, at,
                        lines.isEmpty() ? total : LineItem.sum(lines, currency), lines, channel, orderId, deal)));
    }

    /**
     * @return stored purchases, not refunded, partly or fully refunded; the status always agrees with the refunded
     *         amount
     */
    public static Arbitrary<Purchase> purchases() {
        return purchaseDetails().flatMap(details -> {
            Money total = details.total();
            long unscaled = total.amount().unscaledValue().longValueExact();
            Arbitrary<Long> refunded = Arbitraries.oneOf(List.of(Arbitraries.just(0L), Arbitraries.just(unscaled),
                    Arbitraries.longs().between(0, unscaled)));
            return Combinators.combine(purchaseIds(), refunded, instants(), versions()).as((id, r, at, version) -> {
                Money refund = Money.of(BigDecimal.valueOf(r, total.amount().scale()), total.currency());
                PurchaseStatus status = refund.isZero() ? PurchaseStatus.COMPLETED
                        : refund.equals(total) ? PurchaseStatus.REFUNDED : PurchaseStatus.PARTIALLY_REFUNDED;
                return new Purchase(id, details, status, refund, at, version);
            });
        });
    }

    /** @return order-history summaries: none, or a count with one net total per currency and a first and last time */
    public static Arbitrary<PurchaseSummary> purchaseSummaries() {
        Arbitrary<PurchaseSummary> some = Combinators.combine(Arbitraries.longs().between(1, 1_000_000),
                        nonNegativeMoney().list().ofMinSize(1).ofMaxSize(3).uniqueElements(Money::currency), orderedInstants())
                .as((count, totals, times) -> new PurchaseSummary(count, totals, Optional.of(times.get1()), Optional.of(times.get2())));
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(PurchaseSummary.none())), Tuple.of(4, some));
    }

    // ---------------------------------------------------------------- support

    /** @return ticket details with and without description and category, of every priority */
    public static Arbitrary<TicketDetails> ticketDetails() {
        return Combinators.combine(customerIds(), lines(300), texts(100_000).optional(0.5), lines(100).optional(0.5),
                Arbitraries.of(TicketPriority.class)).as(TicketDetails::new);
    }

    /** @return status changes, with and without a reason */
    public static Arbitrary<TicketStatusChange> ticketStatusChanges() {
        return Combinators.combine(Arbitraries.of(TicketStatus.class), Arbitraries.of(TicketStatus.class), instants(), userIds(),
                lines(500).optional(0.3)).as(TicketStatusChange::new);
    }

    /**
     * @return stored tickets whose history is a walk of legal moves from NEW (reopening with a reason), ending in the
     *         ticket's status; the resolution time is present exactly when the ticket is resolved or closed, and is
     *         kept from the first move out of the open statuses, as {@link Ticket#moveTo} keeps it; times never go
     *         backwards
     */
    public static Arbitrary<Ticket> tickets() {
        return Arbitraries.integers().between(0, 3).list().ofMaxSize(5).flatMap(choices -> {
            int moves = choices.size();
            var routing = Combinators.combine(lines(100).optional(0.7), userIds().optional(0.5), versions()).as(Tuple::of);
            return Combinators.combine(ticketIds(), ticketDetails(), sortedInstants(moves + 2), userIds().list().ofSize(moves),
                            lines(500).list().ofSize(moves), routing, Arbitraries.integers().between(-1, moves + 1))
                    .as((id, details, times, movers, reasons, queueAssigneeVersion, responded) -> {
                        TicketStatus status = TicketStatus.NEW;
                        Optional<Instant> resolvedAt = Optional.empty();
                        List<TicketStatusChange> history = new ArrayList<>();
                        for (int i = 0; i < moves; i++) {
                            List<TicketStatus> options = new ArrayList<>(status.successors());
                            boolean reopen = !status.isOpen() && (options.isEmpty() || choices.get(i) == 0);
                            TicketStatus next = reopen ? TicketStatus.OPEN : options.get(choices.get(i) % options.size());
                            Instant at = times.get(i + 1);
                            history.add(new TicketStatusChange(status, next, at, movers.get(i),
                                    reopen ? Optional.of(reasons.get(i)) : Optional.empty()));
                            resolvedAt = next.isOpen() ? Optional.empty() : resolvedAt.isPresent() ? resolvedAt : Optional.of(at);
                            status = next;
                        }
                        Optional<Instant> firstResponse = responded < 0 ? Optional.empty() : Optional.of(times.get(responded));
                        return new Ticket(id, details, status, queueAssigneeVersion.get1(), queueAssigneeVersion.get2(), times.get(0),
                                firstResponse, resolvedAt, history, times.get(moves + 1), queueAssigneeVersion.get3());
                    });
        });
    }

    /** @return routing rules with and without each condition; keywords in lower case, as the rule keeps them */
    public static Arbitrary<RoutingRule> routingRules() {
        return Combinators.combine(lines(100).optional(0.5), Arbitraries.of(TicketPriority.class).set().ofMaxSize(4),
                        lines(100).map(k -> k.toLowerCase(Locale.ROOT)).set().ofMaxSize(4), lines(100))
                .as(RoutingRule::new);
    }

    /** @return times of day: whole minutes mostly, some with seconds and nanoseconds */
    public static Arbitrary<LocalTime> timesOfDay() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60))),
                Tuple.of(1, Arbitraries.longs().between(0, LocalTime.MAX.toNanoOfDay()).map(LocalTime::ofNanoOfDay)));
    }

    /** @return business hours in any zone, closing after opening, on one to seven days */
    public static Arbitrary<BusinessHours> businessHours() {
        Arbitrary<Tuple2<LocalTime, LocalTime>> span = Combinators.combine(timesOfDay(), timesOfDay())
                .as((a, b) -> a.isBefore(b) ? Tuple.of(a, b) : Tuple.of(b, a))
                .filter(t -> t.get1().isBefore(t.get2()));
        return Combinators.combine(zoneIds(), span, Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7))
                .as((zone, times, days) -> new BusinessHours(zone, times.get1(), times.get2(), days));
    }

    /** @return positive durations up to 30 days, whole minutes mostly, some with nanoseconds */
    public static Arbitrary<Duration> slaTargets() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.longs().between(1, Duration.ofDays(30).toMinutes()).map(Duration::ofMinutes)),
                Tuple.of(1, Arbitraries.longs().between(1, Duration.ofDays(30).toNanos()).map(Duration::ofNanos)));
    }

    /** @return SLA policies of every priority, resolution never shorter than first response, with and without hours */
    public static Arbitrary<SlaPolicy> slaPolicies() {
        return Combinators.combine(Arbitraries.of(TicketPriority.class), slaTargets(), slaTargets(), businessHours().optional(0.5))
                .as((priority, first, extra, hours) -> new SlaPolicy(priority, first, first.plus(extra), hours));
    }

    /** @return SLA clocks in every state */
    public static Arbitrary<SlaClock> slaClocks() {
        return Combinators.combine(instants(), Arbitraries.of(SlaState.class)).as(SlaClock::new);
    }

    /** @return SLA statuses with and without each clock */
    public static Arbitrary<SlaStatus> slaStatuses() {
        return Combinators.combine(slaClocks().optional(0.8), slaClocks().optional(0.8)).as(SlaStatus::new);
    }

    // ---------------------------------------------------------------- feedback

    /** @return survey response ids */
    public static Arbitrary<SurveyResponseId> surveyResponseIds() {
        return uuids().map(SurveyResponseId::of);
    }

    /** @return answers to every kind of survey, scores within that survey's scale (both ends included) */
    public static Arbitrary<SurveyAnswer> surveyAnswers() {
        return Arbitraries.of(SurveyType.class).flatMap(DomainArbitraries::surveyAnswers);
    }

    /**
     * @param type the survey
     * @return answers to it, scores from {@code type.min()} to {@code type.max()}, with and without comment and links
     */
    public static Arbitrary<SurveyAnswer> surveyAnswers(SurveyType type) {
        return Combinators.combine(customerIds(), Arbitraries.integers().between(type.min(), type.max()), texts(10_000).optional(0.5),
                        instants(), ticketIds().optional(0.3), interactionIds().optional(0.3))
                .as((customer, score, comment, at, ticket, interaction) -> new SurveyAnswer(customer, type, score, comment, at,
                        ticket, interaction));
    }

    /** @return stored survey responses of every survey type */
    public static Arbitrary<SurveyResponse> surveyResponses() {
        return Arbitraries.of(SurveyType.class).flatMap(DomainArbitraries::surveyResponses);
    }

    /**
     * @param type the survey
     * @return stored responses to it
     */
    public static Arbitrary<SurveyResponse> surveyResponses(SurveyType type) {
        return Combinators.combine(surveyResponseIds(), surveyAnswers(type), instants()).as(SurveyResponse::new);
    }

    // ---------------------------------------------------------------- the 360 view

    /** @return open-deal lines whose weighted value is the deal's amount times the probability, as the service computes it */
    public static Arbitrary<CustomerView.OpportunityLine> opportunityLines() {
        return Combinators.combine(opportunities(), Arbitraries.integers().between(0, 100))
                .as((deal, percent) -> new CustomerView.OpportunityLine(deal, percent,
                        deal.details().amount().times(BigDecimal.valueOf(percent, 2), RoundingMode.HALF_EVEN)));
    }

    /** @return open-ticket lines with an SLA status */
    public static Arbitrary<CustomerView.TicketLine> ticketLines() {
        return Combinators.combine(tickets(), slaStatuses()).as(CustomerView.TicketLine::new);
    }

    /**
     * @return 360 views with a few items in each section, the latest NPS and CSAT answers of those survey types;
     *         the sections' items are not tied to the view's customer (the view's constructor does not ask for it)
     */
    public static Arbitrary<CustomerView> customerViews() {
        return Combinators.combine(customers(), interactions().list().ofMaxSize(2), opportunityLines().list().ofMaxSize(2),
                        tasks().list().ofMaxSize(2), ticketLines().list().ofMaxSize(2), purchaseSummaries(),
                        surveyResponses(SurveyType.NPS).optional(0.5), surveyResponses(SurveyType.CSAT).optional(0.5))
                .as(CustomerView::new);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * @param size how many
     * @return {@code size} instants in ascending order (ties possible)
     */
    public static Arbitrary<List<Instant>> sortedInstants(int size) {
        return instants().list().ofSize(size).map(list -> list.stream().sorted().toList());
    }
}

