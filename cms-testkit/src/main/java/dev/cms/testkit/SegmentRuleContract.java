package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.cms.core.AccessDeniedException;
import dev.cms.core.Cms;
import dev.cms.core.CmsScope;
import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.AccessPolicy;
import dev.cms.core.access.Action;
import dev.cms.core.access.Principal;
import dev.cms.core.access.ResourceType;
import dev.cms.core.access.UserId;
import dev.cms.core.commerce.Purchase;
import dev.cms.core.commerce.PurchaseDetails;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.feedback.SurveyAnswer;
import dev.cms.core.feedback.SurveyResponse;
import dev.cms.core.feedback.SurveyType;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import dev.cms.core.sales.Opportunity;
import dev.cms.core.sales.OpportunityDetails;
import dev.cms.core.sales.Stage;
import dev.cms.core.sales.StageId;
import dev.cms.core.segment.Explanation;
import dev.cms.core.segment.LeadScore;
import dev.cms.core.segment.Metric;
import dev.cms.core.segment.MetricKind;
import dev.cms.core.segment.Operator;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleValue;
import dev.cms.core.segment.Segment;
import dev.cms.core.segment.SegmentDefinition;
import dev.cms.core.segment.SegmentDeleted;
import dev.cms.core.segment.SegmentId;
import dev.cms.core.segment.SegmentSaved;
import dev.cms.core.segment.StaticList;
import dev.cms.core.segment.StaticListId;
import dev.cms.core.support.Ticket;
import dev.cms.core.support.TicketDetails;
import dev.cms.core.support.TicketStatus;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What segmentation rules mean, through the public API ({@code segments().members}, {@code count}, {@code matches},
 * {@code explain}): every operator of every value type on every kind of field (single and multi-valued text, closed
 * vocabularies, tags, timestamps, dates, birthdays, consent, lead score, custom attributes of each type), every
 * metric, memberships of static lists and saved segments, validation with paths, paging, access and explanations.
 * Every expected member list below is worked out by hand from the scenario and the Javadoc of
 * {@code dev.cms.core.segment}; {@link #assertMembers} checks it four ways at once (members read in pages of two,
 * count, {@code matches} and {@code explain} for every customer the test created).
 */
public abstract class SegmentRuleContract extends CmsContractSupport {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");
    private static final Comparator<Customer> BY_ID = Comparator.comparing(c -> c.id().value(), ReferenceModel.UNSIGNED);

    /** Every customer the test created, latest version: {@link #assertMembers} checks {@code matches} for each. */
    private final List<Customer> everyone = new ArrayList<>();

    /** For subclasses. */
    protected SegmentRuleContract() {
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private Customer create(CustomerProfile.Builder profile) {
        Customer customer = alice.customers().create(profile.build());
        everyone.add(customer);
        return customer;
    }

    private Customer person(String given, String family, UnaryOperator<CustomerProfile.Builder> more) {
        return create(more.apply(alice.customers().person(given, family)));
    }

    private Customer person(String given, String family) {
        return person(given, family, b -> b);
    }

    private Customer organization(String name, UnaryOperator<CustomerProfile.Builder> more) {
        return create(more.apply(alice.customers().organization(name)));
    }

    private Customer createdAt(String instant, String family) {
        clock.set(Instant.parse(instant));
        return person(null, family);
    }

    private Customer bornOn(String date, String family) {
        return person(null, family, b -> b.birthDate(LocalDate.parse(date)));
    }

    private void leadScore(Customer customer, String score) {
        store.transactions().inTransaction(() -> {
            store.leadScores().save(new LeadScore(customer.id(), new BigDecimal(score), clock.instant()));
            return null;
        });
    }

    private CmsScope in(ZoneId zone) {
        return cmsWith(AccessPolicy.allowAll(), support, zone).as(Principal.of("alice"));
    }

    private static RuleValue text(String value) {
        return new RuleValue.Text(value);
    }

    private static RuleValue num(String value) {
        return new RuleValue.Number(new BigDecimal(value));
    }

    private static RuleValue date(String value) {
        return new RuleValue.Date(LocalDate.parse(value));
    }

    private static RuleValue amount(String value, String currency) {
        return new RuleValue.Amount(Money.of(value, currency));
    }

    private static RuleValue days(int n) {
        return RuleValue.Span.days(n);
    }

    private static Rule field(String name, Operator op, RuleValue... values) {
        return Rule.field(name).is(op, values);
    }

    private static Rule metric(Metric metric, Operator op, RuleValue... values) {
        return Rule.metric(metric).is(op, values);
    }

    private static Metric metric(MetricKind kind, Optional<RuleValue.Span> window, Optional<Channel> channel, String currency) {
        return new Metric(kind, window, channel, Optional.ofNullable(currency).map(Money::currency));
    }

    private static Metric windowed(MetricKind kind, RuleValue.Span window, String currency) {
        return metric(kind, Optional.of(window), Optional.empty(), currency);
    }

    /** A rule and the customers it must match. */
    private record Case(Rule rule, List<Customer> expected) {
    }

    private static Case when(Rule rule, Customer... expected) {
        return new Case(rule, List.of(expected));
    }

    private Stream<DynamicTest> check(CmsScope scope, Case... cases) {
        return Arrays.stream(cases).map(c -> dynamicTest(describe(c.rule()) + " -> "
                + c.expected().stream().map(Customer::displayName).collect(Collectors.joining(", ", "[", "]")),
                () -> assertMembers(scope, c.rule(), c.expected())));
    }

    private Stream<DynamicTest> check(Case... cases) {
        return check(alice, cases);
    }

    private static String describe(Rule rule) {
        if (rule instanceof Rule.FieldCondition f) {
            return f.field() + " " + f.operator().jsonName() + " " + f.values();
        }
        if (rule instanceof Rule.MetricCondition m) {
            return m.metric() + " " + m.operator().jsonName() + " " + m.values();
        }
        return rule.toString();
    }

    /**
     * Asserts that exactly {@code expected} match: members read in pages of two (ascending by id, no page larger than
     * asked), the count, and {@code matches} and {@code explain} for every customer the test created.
     */
    private void assertMembers(CmsScope scope, Rule rule, List<Customer> expected) {
        List<CustomerId> want = expected.stream().sorted(BY_ID).map(Customer::id).toList();
        List<CustomerId> got = new ArrayList<>();
        Page<Customer> page = scope.segments().members(rule, PageRequest.first(2));
        while (true) {
            assertThat(page.items().size()).as("page size of members(%s)", describe(rule)).isLessThanOrEqualTo(2);
            page.items().forEach(c -> got.add(c.id()));
            if (page.next().isEmpty()) {
                break;
            }
            page = scope.segments().members(rule, PageRequest.after(page.next().get(), 2));
        }
        assertThat(got).as("members(%s)", describe(rule)).containsExactlyElementsOf(want);
        assertThat(scope.segments().count(rule)).as("count(%s)", describe(rule)).isEqualTo(want.size());
        for (Customer customer : everyone) {
            boolean member = want.contains(customer.id());
            assertThat(scope.segments().matches(customer.id(), rule))
                    .as("matches(%s, %s)", customer.displayName(), describe(rule)).isEqualTo(member);
            assertThat(scope.segments().explain(customer.id(), rule).matched())
                    .as("explain(%s, %s).matched()", customer.displayName(), describe(rule)).isEqualTo(member);
        }
    }

    private void assertMembers(Rule rule, Customer... expected) {
        assertMembers(alice, rule, List.of(expected));
    }

    // ---- text fields ------------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> textFields_everyOperator_onSingleAndMultiValuedFields_ignoringCase_unsetMatchingOnlyNegatives() {
        Customer ada = person("Ada", "Lovelace", b -> b.email("ada@Example.com").email("Ada.King@Analytical.ORG")
                .phone("+49 30 901820").address(Address.of("Unter den Linden 1", "10117", "Berlin", "DE"))
                .address(Address.inCountry("GB")).leadSource("Webinar").owner(UserId.of("bob"))
                .stage(LifecycleStage.CUSTOMER));
        Customer grace = person("Grace", "Hopper", b -> b.email("grace@navy.mil")
                .address(new Address(Optional.empty(), List.of(), Optional.of("Arlington"), Optional.empty(),
                        Optional.empty(), "US")));
        Customer acme = organization("ACME Corp", b -> b);
        Customer prince = person(null, "Prince", b -> b.address(Address.inCountry("DE")));
        return check(
                // name: the display name
                when(Rule.field("name").eq("ada lovelace"), ada),
                when(Rule.field("name").neq("ADA LOVELACE"), grace, acme, prince),
                when(Rule.field("name").in("acme corp", "PRINCE"), acme, prince),
                when(Rule.field("name").notIn("Grace Hopper"), ada, acme, prince),
                when(Rule.field("name").contains("OVE"), ada),
                when(field("name", Operator.NOT_CONTAINS, text("o")), prince),
                when(Rule.field("name").startsWith("acme"), acme),
                when(Rule.field("name").endsWith("HOPPER"), grace),
                when(Rule.field("name").isSet(), ada, grace, acme, prince),
                when(Rule.field("name").isNotSet()),
                // givenName, familyName: unset for organizations; a person may have no given name
                when(Rule.field("givenName").isSet(), ada, grace),
                when(Rule.field("givenName").isNotSet(), acme, prince),
                when(Rule.field("givenName").neq("ada"), grace, acme, prince),
                when(Rule.field("givenName").startsWith("GR"), grace),
                when(Rule.field("familyName").isNotSet(), acme),
                when(Rule.field("familyName").eq("prince"), prince),
                // email: several values; a positive operator needs one of them, a negative one none of them
                when(Rule.field("email").eq("ADA@EXAMPLE.COM"), ada),
                when(Rule.field("email").eq("ada.king@analytical.org"), ada),
                when(Rule.field("email").neq("ada@example.com"), grace, acme, prince),
                when(Rule.field("email").contains("analytical"), ada),
                when(field("email", Operator.NOT_CONTAINS, text("@example.com")), grace, acme, prince),
                when(Rule.field("email").endsWith(".MIL"), grace),
                when(Rule.field("email").startsWith("ada.king@"), ada),
                when(Rule.field("email").in("nobody@example.org", "grace@navy.mil"), grace),
                when(Rule.field("email").notIn("grace@navy.mil"), ada, acme, prince),
                when(Rule.field("email").isNotSet(), acme, prince),
                when(Rule.field("emailDomain").eq("ANALYTICAL.org"), ada),
                when(Rule.field("emailDomain").in("navy.mil", "example.com"), ada, grace),
                when(Rule.field("emailDomain").notIn("example.com"), grace, acme, prince),
                when(Rule.field("phone").eq("+4930901820"), ada),
                when(Rule.field("phone").startsWith("+49"), ada),
                when(Rule.field("phone").isNotSet(), grace, acme, prince),
                // country and city: one value per postal address (city only where the address has one)
                when(Rule.field("country").eq("gb"), ada),
                when(Rule.field("country").eq("de"), ada, prince),
                when(Rule.field("country").neq("DE"), grace, acme),
                when(Rule.field("country").in("US", "FR"), grace),
                when(Rule.field("country").notIn("de"), grace, acme),
                when(Rule.field("country").isNotSet(), acme),
                when(Rule.field("city").eq("BERLIN"), ada),
                when(Rule.field("city").endsWith("TON"), grace),
                when(Rule.field("city").isSet(), ada, grace),
                when(Rule.field("city").isNotSet(), acme, prince),
                // single-valued profile texts
                when(Rule.field("lifecycleStage").eq("Customer"), ada),
                when(Rule.field("lifecycleStage").neq("lead"), ada),
                when(Rule.field("owner").eq("BOB"), ada),
                when(Rule.field("owner").isNotSet(), grace, acme, prince),
                when(Rule.field("leadSource").eq("webinar"), ada),
                when(Rule.field("leadSource").contains("WEB"), ada),
                when(field("leadSource", Operator.NOT_CONTAINS, text("web")), grace, acme, prince),
                when(Rule.field("leadSource").isNotSet(), grace, acme, prince));
    }

    @TestFactory
    Stream<DynamicTest> text_withWildcardsQuotesBackslashesAndNonAsciiLetters_matchesLiterally() {
        Customer sale = organization("50% Off_Shop", b -> b);
        Customer plain = organization("500 Offshop", b -> b);
        Customer backslash = organization("Back\\Slash 'Quote'", b -> b);
        Customer injection = organization("'; DROP TABLE customer; --", b -> b);
        Customer strasse = person("Jürgen", "Straße");
        Customer ilker = person("İlker", "Öztürk");
        Customer anne = person("Änne", "Müller");
        Customer kelvin = person("Kai", "\u212Aelvin");                          // starts with the Kelvin sign
        return check(
                // % and _ are letters, not wildcards: "500 offshop" would match LIKE '%0% off_%'
                when(Rule.field("name").contains("%"), sale),
                when(Rule.field("name").contains("0% off_"), sale),
                when(Rule.field("name").contains("_"), sale),
                when(Rule.field("name").startsWith("50%"), sale),
                when(Rule.field("name").endsWith("f_shop"), sale),
                when(Rule.field("name").contains("\\"), backslash),
                when(Rule.field("name").contains("'"), backslash, injection),
                when(Rule.field("name").eq("back\\slash 'quote'"), backslash),
                when(Rule.field("name").contains("'; drop table"), injection),
                when(Rule.field("name").eq("'; DROP TABLE customer; --"), injection),
                when(Rule.field("name").neq("'; DROP TABLE customer; --"), sale, plain, backslash, strasse, ilker, anne, kelvin),
                when(Rule.field("name").in("x' OR '1'='1", "500 offshop"), plain),
                // Case is ignored by lower-casing both sides with toLowerCase(Locale.ROOT): ß stays ß, İ becomes i̇
                when(Rule.field("familyName").eq("STRAßE"), strasse),
                when(Rule.field("familyName").eq("strasse")),
                when(Rule.field("familyName").contains("ss")),
                when(Rule.field("givenName").eq("İLKER"), ilker),
                when(Rule.field("givenName").eq("i\u0307lker"), ilker),
                when(Rule.field("givenName").eq("ilker")),
                when(Rule.field("name").contains("Ö"), ilker),
                when(Rule.field("givenName").eq("ÄNNE"), anne),
                when(Rule.field("name").endsWith("MÜLLER"), anne),
                // the Kelvin sign lower-cases to an ASCII k
                when(Rule.field("familyName").eq("KELVIN"), kelvin),
                when(Rule.field("familyName").startsWith("k"), kelvin));
    }

    // ---- closed vocabularies, tags --------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> closedVocabularies_kindPreferredChannelAndConsentPerChannel() {
        Customer ada = person("Ada", "Lovelace", b -> b.preferredChannel(ContactChannel.EMAIL)
                .consentGranted(ContactChannel.EMAIL, START, "form")
                .consent(ContactChannel.SMS, Consent.denied(START, "call")));
        Customer acme = organization("Acme", b -> b.preferredChannel(ContactChannel.POST));
        Customer grace = person("Grace", "Hopper", b -> b.consent(ContactChannel.EMAIL, Consent.denied(START, "unsubscribe")));
        return check(
                when(Rule.field("kind").eq("Person"), ada, grace),
                when(Rule.field("kind").eq("ORGANIZATION"), acme),
                when(Rule.field("kind").neq("person"), acme),
                when(Rule.field("kind").in("organization"), acme),
                when(Rule.field("kind").notIn("organization", "person")),
                when(Rule.field("kind").isSet(), ada, acme, grace),
                when(Rule.field("kind").isNotSet()),
                when(Rule.field("preferredChannel").eq("email"), ada),
                when(Rule.field("preferredChannel").in("post", "SMS"), acme),
                when(Rule.field("preferredChannel").neq("email"), acme, grace),
                when(Rule.field("preferredChannel").notIn("email"), acme, grace),
                when(Rule.field("preferredChannel").isNotSet(), grace),
                // consent: always set, "unknown" when never recorded
                when(Rule.field("consent.email").eq("granted"), ada),
                when(Rule.field("consent.email").eq("DENIED"), grace),
                when(Rule.field("consent.email").eq("unknown"), acme),
                when(Rule.field("consent.email").neq("unknown"), ada, grace),
                when(Rule.field("consent.email").in("granted", "denied"), ada, grace),
                when(Rule.field("consent.sms").eq("denied"), ada),
                when(Rule.field("consent.sms").eq("unknown"), acme, grace),
                when(Rule.field("consent.post").eq("unknown"), ada, acme, grace),
                when(Rule.field("consent.phone").isSet(), ada, acme, grace),
                when(Rule.field("consent.phone").isNotSet()));
    }

    @Test
    void closedVocabularies_refuseValuesOutsideTheVocabulary_withTheValuesPath() {
        person("Ada", "Lovelace");

        assertViolations(() -> alice.segments().count(Rule.field("kind").eq("robot")), "value");
        assertViolations(() -> alice.segments().count(Rule.field("consent.email").eq("yes")), "value");
        assertViolations(() -> alice.segments().count(Rule.field("consent.email").contains("ant")), "value");
        assertViolations(() -> alice.segments().count(Rule.field("preferredChannel").in("email", "fax")), "values[1]");
    }

    @TestFactory
    Stream<DynamicTest> tags_areComparedExactly_hasAnyHasAllHasNoneAndSet() {
        Customer ada = person("Ada", "Lovelace", b -> b.tag("vip", "newsletter"));
        Customer grace = person("Grace", "Hopper", b -> b.tag("VIP"));
        Customer acme = organization("Acme", b -> b);
        Customer bob = person("Bob", "Byte", b -> b.tag("b2b"));
        return check(
                when(Rule.field("tags").hasAny("vip"), ada),
                when(Rule.field("tags").hasAny("VIP"), grace),
                when(Rule.field("tags").hasAny("vip", "VIP"), ada, grace),
                when(Rule.field("tags").hasAll("vip", "newsletter"), ada),
                when(Rule.field("tags").hasAll("newsletter"), ada),
                when(Rule.field("tags").hasAll("vip", "b2b")),
                when(Rule.field("tags").hasNone("vip"), grace, acme, bob),
                when(Rule.field("tags").hasNone("vip", "VIP"), acme, bob),
                when(Rule.field("tags").isSet(), ada, grace, bob),
                when(Rule.field("tags").isNotSet(), acme));
    }

    // ---- numbers: lead score ---------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> leadScore_everyNumberOperator_atItsBoundaries_unsetUntilScored() {
        Customer ada = person("Ada", "Lovelace");
        Customer grace = person("Grace", "Hopper");
        Customer acme = organization("Acme", b -> b);
        Customer bob = person("Bob", "Byte");
        leadScore(ada, "42.5");
        leadScore(grace, "10");
        leadScore(bob, "-3");
        return check(
                when(Rule.field("leadScore").gt(10), ada),
                when(Rule.field("leadScore").gte(10), ada, grace),
                when(Rule.field("leadScore").lt(10), bob),
                when(Rule.field("leadScore").lte(10), grace, bob),
                when(field("leadScore", Operator.EQUALS, num("42.50")), ada),
                when(field("leadScore", Operator.NOT_EQUALS, num("10")), ada, acme, bob),
                when(field("leadScore", Operator.BETWEEN, num("10"), num("42.5")), ada, grace),
                when(field("leadScore", Operator.BETWEEN, num("10.01"), num("42.49"))),
                when(field("leadScore", Operator.BETWEEN, num("-3"), num("-3")), bob),
                when(field("leadScore", Operator.IN, num("10"), num("99")), grace),
                when(field("leadScore", Operator.NOT_IN, num("10"), num("42.5")), acme, bob),
                when(Rule.field("leadScore").isSet(), ada, grace, bob),
                when(Rule.field("leadScore").isNotSet(), acme));
    }

    @Test
    void leadScore_aNewScoreReplacesTheOldOne() {
        Customer ada = person("Ada", "Lovelace");
        leadScore(ada, "42.5");
        assertMembers(Rule.field("leadScore").gt(10), ada);

        leadScore(ada, "5");

        assertMembers(Rule.field("leadScore").gt(10));
        assertMembers(Rule.field("leadScore").lt(10), ada);
    }

    // ---- custom attributes ------------------------------------------------------------------------------------------

    private Customer ada;
    private Customer grace;
    private Customer acme;

    private void customersWithAttributes() {
        for (AttributeDefinition definition : List.of(AttributeDefinition.of("nickname", "Nickname", AttributeType.TEXT),
                AttributeDefinition.of("seats", "Seats", AttributeType.NUMBER),
                AttributeDefinition.of("active", "Active", AttributeType.BOOLEAN),
                AttributeDefinition.of("renewal", "Renewal", AttributeType.DATE),
                AttributeDefinition.of("budget", "Budget", AttributeType.MONEY),
                AttributeDefinition.enumeration("plan", "Plan", "Gold", "Silver", "bronze"))) {
            alice.customers().defineAttribute(definition);
        }
        ada = person("Ada", "Lovelace", b -> b.attribute("nickname", AttributeValue.text("Enchantress of Numbers"))
                .attribute("seats", AttributeValue.number(10)).attribute("active", AttributeValue.bool(true))
                .attribute("renewal", AttributeValue.date(LocalDate.of(2026, 2, 1)))
                .attribute("budget", AttributeValue.money(Money.of("100.00", "EUR")))
                .attribute("plan", AttributeValue.choice("Gold")));
        grace = person("Grace", "Hopper", b -> b.attribute("nickname", AttributeValue.text("Amazing Grace"))
                .attribute("seats", AttributeValue.number(new BigDecimal("2.5"))).attribute("active", AttributeValue.bool(false))
                .attribute("renewal", AttributeValue.date(LocalDate.of(2025, 12, 31)))
                .attribute("budget", AttributeValue.money(Money.of("100.00", "USD")))
                .attribute("plan", AttributeValue.choice("Silver")));
        acme = organization("Acme", b -> b);
    }

    @TestFactory
    Stream<DynamicTest> customAttributes_ofEveryType_everyOperator_unsetMatchingOnlyNegatives() {
        customersWithAttributes();
        // Today is 2026-01-15 (UTC).
        return check(
                when(Rule.field("attribute.nickname").contains("GRACE"), grace),
                when(field("attribute.nickname", Operator.NOT_CONTAINS, text("grace")), ada, acme),
                when(Rule.field("attribute.nickname").startsWith("enchant"), ada),
                when(Rule.field("attribute.nickname").endsWith("numbers"), ada),
                when(Rule.field("attribute.nickname").eq("amazing grace"), grace),
                when(Rule.field("attribute.nickname").in("x", "Enchantress of Numbers"), ada),
                when(Rule.field("attribute.nickname").isNotSet(), acme),
                when(field("attribute.seats", Operator.GREATER_THAN, num("2.5")), ada),
                when(field("attribute.seats", Operator.GREATER_OR_EQUAL, num("2.5")), ada, grace),
                when(Rule.field("attribute.seats").lt(10), grace),
                when(Rule.field("attribute.seats").lte(10), ada, grace),
                when(field("attribute.seats", Operator.BETWEEN, num("2.5"), num("10")), ada, grace),
                when(field("attribute.seats", Operator.BETWEEN, num("2.6"), num("9.99"))),
                when(field("attribute.seats", Operator.EQUALS, num("2.50")), grace),
                when(field("attribute.seats", Operator.NOT_EQUALS, num("10")), grace, acme),
                when(field("attribute.seats", Operator.IN, num("10"), num("3")), ada),
                when(field("attribute.seats", Operator.NOT_IN, num("10")), grace, acme),
                when(Rule.field("attribute.seats").isSet(), ada, grace),
                when(Rule.field("attribute.active").eq(true), ada),
                when(Rule.field("attribute.active").eq(false), grace),
                when(field("attribute.active", Operator.NOT_EQUALS, new RuleValue.Bool(true)), grace, acme),
                when(field("attribute.active", Operator.NOT_EQUALS, new RuleValue.Bool(false)), ada, acme),
                when(Rule.field("attribute.active").isNotSet(), acme),
                when(Rule.field("attribute.renewal").before(LocalDate.of(2026, 1, 1)), grace),
                when(Rule.field("attribute.renewal").before(LocalDate.of(2025, 12, 31))),
                when(Rule.field("attribute.renewal").after(LocalDate.of(2026, 1, 31)), ada),
                when(Rule.field("attribute.renewal").after(LocalDate.of(2026, 2, 1))),
                when(Rule.field("attribute.renewal").on(LocalDate.of(2026, 2, 1)), ada),
                when(field("attribute.renewal", Operator.BETWEEN, date("2025-12-31"), date("2026-02-01")), ada, grace),
                when(Rule.field("attribute.renewal").withinNext(RuleValue.Span.days(17)), ada),
                when(Rule.field("attribute.renewal").withinNext(RuleValue.Span.days(16))),
                when(Rule.field("attribute.renewal").withinLast(RuleValue.Span.days(15)), grace),
                when(Rule.field("attribute.renewal").withinLast(RuleValue.Span.days(14))),
                when(Rule.field("attribute.renewal").moreThanAgo(RuleValue.Span.days(14)), grace),
                when(Rule.field("attribute.renewal").moreThanAgo(RuleValue.Span.days(15))),
                when(Rule.field("attribute.renewal").isNotSet(), acme),
                // money: an amount in another currency is never equal, less or greater
                when(field("attribute.budget", Operator.EQUALS, amount("100.00", "EUR")), ada),
                when(field("attribute.budget", Operator.NOT_EQUALS, amount("100.00", "EUR")), grace, acme),
                when(field("attribute.budget", Operator.GREATER_THAN, amount("99.99", "EUR")), ada),
                when(field("attribute.budget", Operator.LESS_THAN, amount("100.01", "USD")), grace),
                when(field("attribute.budget", Operator.GREATER_OR_EQUAL, amount("100.00", "USD")), grace),
                when(field("attribute.budget", Operator.LESS_OR_EQUAL, amount("99.99", "EUR"))),
                when(field("attribute.budget", Operator.BETWEEN, amount("100.00", "EUR"), amount("100.00", "EUR")), ada),
                when(field("attribute.budget", Operator.BETWEEN, amount("0.00", "USD"), amount("1000.00", "USD")), grace),
                when(Rule.field("attribute.budget").isSet(), ada, grace),
                // enumerations: text over the declared options, ignoring case
                when(Rule.field("attribute.plan").eq("gold"), ada),
                when(Rule.field("attribute.plan").eq("BRONZE")),
                when(Rule.field("attribute.plan").in("SILVER", "bronze"), grace),
                when(Rule.field("attribute.plan").notIn("gold"), grace, acme),
                when(Rule.field("attribute.plan").neq("silver"), ada, acme),
                when(Rule.field("attribute.plan").isNotSet(), acme));
    }

    @Test
    void customAttributes_valuesOfTheWrongKindOrOutsideTheOptions_areRefusedWithPaths() {
        customersWithAttributes();

        assertViolations(() -> alice.segments().count(Rule.field("attribute.plan").eq("platinum")), "value");
        assertViolations(() -> alice.segments().count(Rule.field("attribute.seats").eq("ten")), "value");
        assertViolations(() -> alice.segments().count(field("attribute.budget", Operator.GREATER_THAN, num("5"))), "value");
        assertViolations(() -> alice.segments().count(field("attribute.budget", Operator.BETWEEN,
                amount("1.00", "EUR"), amount("2.00", "USD"))), "values");
        assertViolations(() -> alice.segments().count(field("attribute.active", Operator.GREATER_THAN,
                new RuleValue.Bool(true))), "op");
        assertViolations(() -> alice.segments().count(field("attribute.renewal", Operator.WITHIN_LAST, date("2026-01-01"))), "value");
        assertViolations(() -> alice.segments().count(Rule.field("attribute.undeclared").isSet()), "field");
    }

    // ---- timestamps and time zones -----------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> timestamps_areComparedByTheirCalendarDateInTheCmsZone_justBeforeAndAfterLocalMidnight() {
        // Berlin is UTC+1 in January: 23:00Z is local midnight.
        Customer late = createdAt("2026-01-14T22:59:59.999999Z", "Late");        // Berlin 2026-01-14 23:59:59.999999
        Customer midnight = createdAt("2026-01-14T23:00:00Z", "Midnight");       // Berlin 2026-01-15 00:00
        Customer tenDays = createdAt("2026-01-05T12:00:00Z", "TenDays");         // 2026-01-05 in both zones
        Customer elevenDays = createdAt("2026-01-04T22:59:59Z", "ElevenDays");   // Berlin 2026-01-04, UTC 2026-01-04
        Customer tenDaysBerlin = createdAt("2026-01-04T23:00:00Z", "TenBerlin"); // Berlin 2026-01-05, UTC 2026-01-04
        clock.set(START);                                                        // Berlin 2026-01-15 10:00
        CmsScope berlin = in(BERLIN);
        Stream<DynamicTest> inBerlin = check(berlin,
                when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 15)), midnight),
                when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 14)), late),
                when(Rule.field("createdAt").before(LocalDate.of(2026, 1, 15)), late, tenDays, elevenDays, tenDaysBerlin),
                when(Rule.field("createdAt").after(LocalDate.of(2026, 1, 14)), midnight),
                when(field("createdAt", Operator.BETWEEN, date("2026-01-05"), date("2026-01-14")), late, tenDays, tenDaysBerlin),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(0)), midnight),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(1)), late, midnight),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(10)), late, midnight, tenDays, tenDaysBerlin),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.weeks(1)), late, midnight),
                when(Rule.field("createdAt").moreThanAgo(RuleValue.Span.days(10)), elevenDays),
                when(Rule.field("createdAt").withinNext(RuleValue.Span.days(0)), midnight),
                when(Rule.field("updatedAt").on(LocalDate.of(2026, 1, 15)), midnight),
                when(Rule.field("createdAt").isNotSet()));
        Stream<DynamicTest> inUtc = check(alice,
                when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 15))),
                when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 14)), late, midnight),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(10)), late, midnight, tenDays),
                when(Rule.field("createdAt").moreThanAgo(RuleValue.Span.days(10)), elevenDays, tenDaysBerlin));
        return Stream.concat(inBerlin, inUtc);
    }

    @TestFactory
    Stream<DynamicTest> timestamps_inAZoneFourteenHoursAheadOfUtc_todayIsTomorrowInUtc() {
        Customer k1 = createdAt("2026-01-15T09:59:59.999999Z", "K1"); // Kiritimati 2026-01-15 23:59:59.999999
        Customer k2 = createdAt("2026-01-15T10:00:00Z", "K2");        // Kiritimati 2026-01-16 00:00
        Customer k3 = createdAt("2026-01-14T10:00:00Z", "K3");        // Kiritimati 2026-01-15 00:00
        Customer k4 = createdAt("2026-01-14T09:59:59.999999Z", "K4"); // Kiritimati 2026-01-14 23:59:59.999999
        clock.set(Instant.parse("2026-01-15T10:00:00Z"));             // Kiritimati 2026-01-16 00:00, UTC 2026-01-15
        return Stream.concat(check(in(KIRITIMATI),
                        when(Rule.field("createdAt").withinLast(RuleValue.Span.days(0)), k2),
                        when(Rule.field("createdAt").withinLast(RuleValue.Span.days(1)), k1, k2, k3),
                        when(Rule.field("createdAt").moreThanAgo(RuleValue.Span.days(1)), k4),
                        when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 15)), k1, k3),
                        when(Rule.field("updatedAt").on(LocalDate.of(2026, 1, 16)), k2)),
                check(alice,
                        when(Rule.field("createdAt").withinLast(RuleValue.Span.days(0)), k1, k2),
                        when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 14)), k3, k4)));
    }

    @TestFactory
    Stream<DynamicTest> timestamps_onTheDayDaylightSavingTimeStarts_aDayOf23Hours() {
        // Berlin, 2026-03-29: 02:00 CET becomes 03:00 CEST; the local day runs from 2026-03-28T23:00Z to 2026-03-29T22:00Z.
        Customer before = createdAt("2026-03-28T22:59:59Z", "Before");           // 2026-03-28 23:59:59 CET
        Customer first = createdAt("2026-03-28T23:00:00Z", "First");             // 2026-03-29 00:00 CET
        Customer last = createdAt("2026-03-29T21:59:59.999999Z", "Last");        // 2026-03-29 23:59:59.999999 CEST
        Customer next = createdAt("2026-03-29T22:00:00Z", "Next");               // 2026-03-30 00:00 CEST
        clock.set(Instant.parse("2026-03-30T08:00:00Z"));
        return check(in(BERLIN),
                when(Rule.field("createdAt").on(LocalDate.of(2026, 3, 29)), first, last),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(0)), next),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(1)), first, last, next),
                when(Rule.field("createdAt").moreThanAgo(RuleValue.Span.days(1)), before));
    }

    @TestFactory
    Stream<DynamicTest> timestamps_onTheDayDaylightSavingTimeEnds_aDayOf25Hours() {
        // Berlin, 2026-10-25: 03:00 CEST becomes 02:00 CET; the local day runs from 2026-10-24T22:00Z to 2026-10-25T23:00Z.
        Customer before = createdAt("2026-10-24T21:59:59Z", "Before");           // 2026-10-24 23:59:59 CEST
        Customer first = createdAt("2026-10-24T22:00:00Z", "First");             // 2026-10-25 00:00 CEST
        Customer lateHour = createdAt("2026-10-25T22:30:00Z", "LateHour");       // 2026-10-25 23:30 CET: the 25th hour
        Customer next = createdAt("2026-10-25T23:00:00Z", "Next");               // 2026-10-26 00:00 CET
        clock.set(Instant.parse("2026-10-26T12:00:00Z"));
        return check(in(BERLIN),
                when(Rule.field("createdAt").on(LocalDate.of(2026, 10, 25)), first, lateHour),
                when(field("createdAt", Operator.BETWEEN, date("2026-10-25"), date("2026-10-25")), first, lateHour),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(0)), next),
                when(Rule.field("createdAt").before(LocalDate.of(2026, 10, 25)), before));
    }

    @TestFactory
    Stream<DynamicTest> timestamps_onADayWhoseMidnightDoesNotExist_startAtTheFirstInstantOfTheDay() {
        // Santiago, 2026-09-06: 00:00 -04 becomes 01:00 -03, so the day starts at 01:00 local (04:00Z).
        assertThat(SANTIAGO.getRules().getTransition(LocalDateTime.of(2026, 9, 6, 0, 0)))
                .as("the fixture needs a gap at midnight").isNotNull().matches(t -> t.isGap());
        Customer saturday = createdAt("2026-09-06T03:59:59.999999Z", "Saturday"); // 2026-09-05 23:59:59.999999 -04
        Customer sunday = createdAt("2026-09-06T04:00:00Z", "Sunday");             // 2026-09-06 01:00 -03
        clock.set(Instant.parse("2026-09-06T15:00:00Z"));
        return check(in(SANTIAGO),
                when(Rule.field("createdAt").withinLast(RuleValue.Span.days(0)), sunday),
                when(Rule.field("createdAt").on(LocalDate.of(2026, 9, 5)), saturday),
                when(Rule.field("createdAt").after(LocalDate.of(2026, 9, 5)), sunday));
    }

    @TestFactory
    Stream<DynamicTest> updatedAt_followsTheLastChange() {
        Customer early = createdAt("2026-01-01T12:00:00Z", "Early");
        Customer touched = createdAt("2026-01-01T12:00:00Z", "Touched");
        clock.set(Instant.parse("2026-01-10T12:00:00Z"));
        Customer updated = alice.customers().update(touched, b -> b.tag("changed"));
        everyone.set(everyone.indexOf(touched), updated);
        clock.set(START);
        return check(
                when(Rule.field("updatedAt").on(LocalDate.of(2026, 1, 10)), updated),
                when(Rule.field("createdAt").on(LocalDate.of(2026, 1, 1)), early, updated),
                when(Rule.field("updatedAt").withinLast(RuleValue.Span.days(5)), updated),
                when(Rule.field("updatedAt").moreThanAgo(RuleValue.Span.days(5)), early));
    }

    @Test
    void queries_followWritesMadeAfterAnEarlierQuery_andNotARolledBackOne() {
        // Adapters may keep what a query read (the memory adapter keeps its scan order and field indexes until the
        // next write): each query here must still see the store as the writes between them left it.
        Customer ana = person("Ana", "Lead", b -> b.stage(LifecycleStage.of("lead")));
        Customer ben = person("Ben", "Subscriber", b -> b.stage(LifecycleStage.of("subscriber")));
        Rule leads = Rule.field("lifecycleStage").eq("lead");
        Rule vips = Rule.field("tags").hasAny("vip");
        assertMembers(alice, leads, List.of(ana));
        assertMembers(alice, vips, List.of());

        Customer benLead = alice.customers().update(ben, b -> b.stage(LifecycleStage.of("lead")).tag("vip"));
        everyone.set(everyone.indexOf(ben), benLead);
        assertMembers(alice, leads, List.of(ana, benLead));
        assertMembers(alice, vips, List.of(benLead));
        assertMembers(alice, Rule.all(leads, Rule.not(vips)), List.of(ana));

        assertFails(IllegalStateException.class, () -> store.transactions().inTransaction(() -> {
            alice.customers().update(ana, b -> b.stage(LifecycleStage.of("customer")).tag("vip"));
            throw new IllegalStateException("abandon the transaction");
        }));
        assertMembers(alice, leads, List.of(ana, benLead));
        assertMembers(alice, vips, List.of(benLead));

        Customer cleo = person("Cleo", "Lead", b -> b.stage(LifecycleStage.of("lead")).tag("vip"));
        assertMembers(alice, Rule.all(leads, vips), List.of(benLead, cleo));
    }

    // ---- dates and birthdays ----------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> dates_everyDateOperator_atItsBoundaries() {
        // Today is 2026-01-15; a month ago is 2025-12-15, a month ahead 2026-02-15, a week ago 2026-01-08.
        Customer today = bornOn("2026-01-15", "Today");
        Customer yesterday = bornOn("2026-01-14", "Yesterday");
        Customer monthAgo = bornOn("2025-12-15", "MonthAgo");
        Customer monthAndDayAgo = bornOn("2025-12-14", "MonthAndDayAgo");
        Customer monthAhead = bornOn("2026-02-15", "MonthAhead");
        Customer unknown = person(null, "Unknown");
        return check(
                when(Rule.field("birthDate").on(LocalDate.of(2026, 1, 15)), today),
                when(Rule.field("birthDate").before(LocalDate.of(2026, 1, 14)), monthAgo, monthAndDayAgo),
                when(Rule.field("birthDate").after(LocalDate.of(2026, 1, 14)), today, monthAhead),
                when(field("birthDate", Operator.BETWEEN, date("2025-12-15"), date("2026-01-14")), yesterday, monthAgo),
                when(Rule.field("birthDate").withinLast(RuleValue.Span.months(1)), today, yesterday, monthAgo),
                when(Rule.field("birthDate").withinLast(RuleValue.Span.weeks(1)), today, yesterday),
                when(Rule.field("birthDate").withinLast(RuleValue.Span.days(0)), today),
                when(Rule.field("birthDate").moreThanAgo(RuleValue.Span.months(1)), monthAndDayAgo),
                when(Rule.field("birthDate").moreThanAgo(RuleValue.Span.days(0)), yesterday, monthAgo, monthAndDayAgo),
                when(Rule.field("birthDate").withinNext(RuleValue.Span.months(1)), today, monthAhead),
                when(Rule.field("birthDate").withinNext(RuleValue.Span.weeks(4)), today),
                when(Rule.field("birthDate").isNotSet(), unknown),
                when(Rule.not(Rule.field("birthDate").isSet()), unknown));
    }

    @TestFactory
    Stream<DynamicTest> dates_aMonthBackFromTheLastDayOfMarch_isTheLastDayOfFebruary() {
        Customer feb27 = bornOn("2026-02-27", "Feb27");
        Customer feb28 = bornOn("2026-02-28", "Feb28");
        Customer mar31 = bornOn("2026-03-31", "Mar31");
        clock.set(Instant.parse("2026-03-31T12:00:00Z"));
        return check(
                when(Rule.field("birthDate").withinLast(RuleValue.Span.months(1)), feb28, mar31),
                when(Rule.field("birthDate").moreThanAgo(RuleValue.Span.months(1)), feb27));
    }

    @TestFactory
    Stream<DynamicTest> birthday_withinTheNextDays_countsTheNextAnniversary_29FebruaryOn28FebruaryInCommonYears() {
        // Today is 2026-01-15 (2026 is a common year).
        Customer today = bornOn("1990-01-15", "Today");           // next 2026-01-15: 0 days
        Customer tomorrow = bornOn("1985-01-16", "Tomorrow");     // next 2026-01-16: 1 day
        Customer yesterday = bornOn("1970-01-14", "Yesterday");   // next 2027-01-14: 364 days
        Customer leapDay = bornOn("2000-02-29", "LeapDay");       // next 2026-02-28: 44 days
        Customer newYearsEve = bornOn("1999-12-31", "NewYearsEve"); // next 2026-12-31: 350 days
        Customer unknown = person(null, "Unknown");
        return check(
                when(Rule.field("birthday").withinNext(RuleValue.Span.days(0)), today),
                when(Rule.field("birthday").withinNext(RuleValue.Span.days(1)), today, tomorrow),
                when(Rule.field("birthday").withinNext(RuleValue.Span.days(43)), today, tomorrow),
                when(Rule.field("birthday").withinNext(RuleValue.Span.days(44)), today, tomorrow, leapDay),
                when(Rule.field("birthday").withinNext(RuleValue.Span.weeks(2)), today, tomorrow),
                when(Rule.field("birthday").withinNext(RuleValue.Span.months(1)), today, tomorrow),
                when(Rule.field("birthday").withinNext(RuleValue.Span.months(2)), today, tomorrow, leapDay),
                when(Rule.field("birthday").withinNext(RuleValue.Span.days(363)), today, tomorrow, leapDay, newYearsEve),
                when(Rule.field("birthday").withinNext(RuleValue.Span.days(364)), today, tomorrow, yesterday, leapDay, newYearsEve),
                when(Rule.field("birthday").withinNext(RuleValue.Span.months(12)), today, tomorrow, yesterday, leapDay, newYearsEve),
                when(Rule.field("birthday").isSet(), today, tomorrow, yesterday, leapDay, newYearsEve),
                when(Rule.field("birthday").isNotSet(), unknown));
    }

    /** A day to stand on, a span, and who must have a birthday within it. */
    private record Birthdays(String today, RuleValue.Span span, List<Customer> expected) {
    }

    @TestFactory
    Stream<DynamicTest> birthday_aroundLeapDaysAndTheTurnOfTheYear() {
        Customer leapDay = bornOn("2000-02-29", "LeapDay");
        Customer feb28 = bornOn("1990-02-28", "Feb28");
        Customer mar1 = bornOn("1990-03-01", "Mar1");
        Customer jan5 = bornOn("1990-01-05", "Jan5");
        List<Birthdays> cases = List.of(
                // 2027 is common: the leap-day birthday is on 28 February, together with feb28's.
                new Birthdays("2027-02-28", RuleValue.Span.days(0), List.of(leapDay, feb28)),
                new Birthdays("2027-02-28", RuleValue.Span.days(1), List.of(leapDay, feb28, mar1)),
                // 2028 is a leap year: 29 February exists.
                new Birthdays("2028-02-28", RuleValue.Span.days(0), List.of(feb28)),
                new Birthdays("2028-02-28", RuleValue.Span.days(1), List.of(leapDay, feb28)),
                new Birthdays("2028-02-29", RuleValue.Span.days(0), List.of(leapDay)),
                // from 2028-02-29, feb28's next birthday is 2029-02-28, 365 days away
                new Birthdays("2028-02-29", RuleValue.Span.days(364), List.of(leapDay, mar1, jan5)),
                new Birthdays("2028-02-29", RuleValue.Span.days(365), List.of(leapDay, feb28, mar1, jan5)),
                // from 2027-03-01, the leap-day birthday is 2028-02-29, 365 days away (2028 is a leap year)
                new Birthdays("2027-03-01", RuleValue.Span.days(364), List.of(mar1, feb28, jan5)),
                new Birthdays("2027-03-01", RuleValue.Span.days(365), List.of(mar1, feb28, jan5, leapDay)),
                new Birthdays("2027-03-01", RuleValue.Span.months(12), List.of(mar1, feb28, jan5, leapDay)),
                // over the turn of the year: from 2026-12-20, 5 January is 16 days away
                new Birthdays("2026-12-20", RuleValue.Span.days(15), List.of()),
                new Birthdays("2026-12-20", RuleValue.Span.days(16), List.of(jan5)));
        return cases.stream().map(c -> dynamicTest("on " + c.today() + " within the next " + c.span() + " -> "
                + c.expected().stream().map(Customer::displayName).toList(), () -> {
                    clock.set(LocalDate.parse(c.today()).atTime(12, 0).toInstant(ZoneOffset.UTC));
                    assertMembers(alice, Rule.field("birthday").withinNext(c.span()), c.expected());
                }));
    }

    // ---- metrics ----------------------------------------------------------------------------------------------------

    private Purchase buy(Customer customer, String at, String amount, String currency) {
        return alice.purchases().record(PurchaseDetails.of(customer.id(), Instant.parse(at), Money.of(amount, currency)));
    }

    private void refund(Purchase purchase, String amount) {
        alice.purchases().refund(purchase.id(), purchase.version(), Money.of(amount, purchase.details().total().currency().getCurrencyCode()));
    }

    @TestFactory
    Stream<DynamicTest> purchaseMetrics_countSpendAverageAndRecency_withWindowsCurrenciesAndRefunds() {
        // Today is 2026-01-15 (UTC); "within 30 days" covers 2025-12-16 to 2026-01-15.
        Customer ada = person("Ada", "Lovelace");
        Customer grace = person("Grace", "Hopper");
        Customer acme = organization("Acme", b -> b);
        Customer bob = person("Bob", "Byte");
        buy(ada, "2026-01-15T08:00:00Z", "100.00", "EUR");
        buy(ada, "2025-12-16T00:00:00Z", "50.00", "EUR");            // first day of the 30-day window
        buy(ada, "2025-12-15T23:59:59.999999Z", "30.00", "EUR");     // last instant before it
        buy(ada, "2026-01-10T12:00:00Z", "20.00", "USD");
        refund(buy(ada, "2026-01-12T12:00:00Z", "40.00", "EUR"), "40.00");  // fully refunded: does not count
        refund(buy(ada, "2026-01-13T12:00:00Z", "60.00", "EUR"), "20.00");  // net 40.00
        buy(grace, "2025-11-16T12:00:00Z", "10.00", "EUR");          // 60 days ago
        refund(buy(grace, "2026-01-14T12:00:00Z", "5.00", "EUR"), "5.00");
        buy(acme, "2026-01-17T12:00:00Z", "15.00", "EUR");           // two days ahead
        // ada: 5 purchases (220.00 EUR net, 20.00 USD), 4 in 30 days (190.00 EUR in 3), 1 today, latest today.
        // grace: 1 purchase (10.00 EUR), none in 30 days, latest 60 days ago. acme: 1 purchase ahead, -2 days. bob: none.
        Metric count = Metric.purchaseCount();
        Metric eur = Metric.totalSpend(Money.currency("EUR"));
        Metric averageEur = metric(MetricKind.AVERAGE_ORDER_VALUE, Optional.empty(), Optional.empty(), "EUR");
        Metric averageEur30 = windowed(MetricKind.AVERAGE_ORDER_VALUE, RuleValue.Span.days(30), "EUR");
        Metric averageUsd = metric(MetricKind.AVERAGE_ORDER_VALUE, Optional.empty(), Optional.empty(), "USD");
        Metric recency = Metric.of(MetricKind.DAYS_SINCE_LAST_PURCHASE);
        return check(
                when(Rule.metric(count).eq(5), ada),
                when(Rule.metric(count).gte(1), ada, grace, acme),
                when(Rule.metric(count).eq(0), bob),
                when(metric(count, Operator.NOT_EQUALS, num("1")), ada, bob),
                when(Rule.metric(count).isNotSet()),
                when(Rule.metric(count.within(RuleValue.Span.days(30))).eq(4), ada),
                when(Rule.metric(count.within(RuleValue.Span.days(30))).eq(0), grace, acme, bob),
                when(Rule.metric(count.within(RuleValue.Span.days(0))).gt(0), ada),
                when(Rule.metric(count.within(RuleValue.Span.months(1))).eq(5), ada),
                when(Rule.metric(eur).eq(220), ada),
                when(Rule.metric(eur).gt(10), ada, acme),
                when(Rule.metric(eur).gte(10), ada, grace, acme),
                when(Rule.metric(eur).lt(15), grace, bob),
                when(Rule.metric(eur).eq(0), bob),
                when(Rule.metric(eur).between(10, 15), grace, acme),
                when(Rule.metric(eur.within(RuleValue.Span.days(30))).eq(190), ada),
                when(Rule.metric(eur.within(RuleValue.Span.days(30))).eq(0), grace, acme, bob),
                when(Rule.metric(Metric.totalSpend(Money.currency("USD"))).eq(20), ada),
                when(Rule.metric(Metric.totalSpend(Money.currency("USD"))).eq(0), grace, acme, bob),
                when(Rule.metric(averageEur).eq(55), ada),
                when(Rule.metric(averageEur).isNotSet(), bob),
                when(Rule.metric(averageEur).lt(15), grace),
                when(metric(averageEur, Operator.IN, num("10"), num("15")), grace, acme),
                when(metric(averageEur, Operator.NOT_IN, num("10"), num("15")), ada, bob),
                // 190 / 3 = 63.333...: compared exactly, never rounded
                when(Rule.metric(averageEur30).gt(new BigDecimal("63.33")), ada),
                when(metric(averageEur30, Operator.LESS_THAN, num("63.34")), ada),
                when(metric(averageEur30, Operator.EQUALS, num("63.33"))),
                when(metric(averageEur30, Operator.NOT_EQUALS, num("63.33")), ada, grace, acme, bob),
                when(Rule.metric(averageEur30).isSet(), ada),
                when(Rule.metric(averageUsd).eq(20), ada),
                when(Rule.metric(averageUsd).isNotSet(), grace, acme, bob),
                when(Rule.metric(recency).eq(0), ada),
                when(Rule.metric(recency).eq(60), grace),
                when(Rule.metric(recency).lt(0), acme),
                when(Rule.metric(recency).gte(0), ada, grace),
                when(Rule.metric(recency).isNotSet(), bob));
    }

    @Test
    void metrics_takeOnlyTheirParameters_andTheCurrencyTheyNeed() {
        assertViolations(() -> metric(MetricKind.TOTAL_SPEND, Optional.empty(), Optional.empty(), null), "currency");
        assertViolations(() -> metric(MetricKind.PURCHASE_COUNT, Optional.empty(), Optional.of(Channel.CALL), null), "channel");
        assertViolations(() -> windowed(MetricKind.DAYS_SINCE_LAST_PURCHASE, RuleValue.Span.days(3), null), "window");
        assertViolations(() -> metric(MetricKind.LATEST_NPS, Optional.empty(), Optional.empty(), "EUR"), "currency");
        assertViolations(() -> windowed(MetricKind.OPEN_TICKET_COUNT, RuleValue.Span.days(3), "EUR"), "window", "currency");
    }

    @TestFactory
    Stream<DynamicTest> interactionMetrics_countAndRecency_perChannelAndWindow() {
        Customer ada = person("Ada", "Lovelace");
        Customer grace = person("Grace", "Hopper");
        Customer bob = person("Bob", "Byte");
        log(ada, Channel.CALL, "2026-01-15T08:00:00Z");
        log(ada, Channel.EMAIL, "2026-01-08T12:00:00Z");   // 7 days ago: first day of "within 1 week"
        log(ada, Channel.CALL, "2025-12-01T12:00:00Z");
        log(grace, Channel.EMAIL, "2026-01-14T12:00:00Z");
        Metric all = Metric.interactionCount();
        Metric calls = Metric.interactionCount().on(Channel.CALL);
        Metric emails = Metric.interactionCount().on(Channel.EMAIL);
        Metric recency = Metric.of(MetricKind.DAYS_SINCE_LAST_INTERACTION);
        return check(
                when(Rule.metric(all).eq(3), ada),
                when(Rule.metric(all).eq(0), bob),
                when(Rule.metric(calls).eq(2), ada),
                when(Rule.metric(calls.within(RuleValue.Span.days(7))).eq(1), ada),
                when(Rule.metric(all.within(RuleValue.Span.weeks(1))).eq(2), ada),
                when(Rule.metric(all.within(RuleValue.Span.weeks(1))).eq(1), grace),
                when(Rule.metric(all.within(RuleValue.Span.days(6))).eq(1), ada, grace),
                when(Rule.metric(emails).gte(1), ada, grace),
                when(Rule.metric(Metric.interactionCount().on(Channel.MEETING)).eq(0), ada, grace, bob),
                when(Rule.metric(recency).eq(0), ada),
                when(Rule.metric(recency).gt(0), grace),
                when(Rule.metric(recency).isNotSet(), bob),
                when(Rule.metric(recency.on(Channel.EMAIL)).eq(7), ada),
                when(Rule.metric(recency.on(Channel.EMAIL)).eq(1), grace),
                when(Rule.metric(recency.on(Channel.CALL)).isNotSet(), grace, bob));
    }

    private void log(Customer customer, Channel channel, String at) {
        alice.interactions().log(customer.id(), InteractionDetails.of(channel, Direction.OUTBOUND, Instant.parse(at)));
    }

    @TestFactory
    Stream<DynamicTest> metricWindows_andRecency_countCalendarDaysInTheCmsZone() {
        // Now is 2026-01-15 10:00 in Berlin (09:00Z).
        Customer ada = person("Ada", "Lovelace");
        buy(ada, "2026-01-14T23:00:00Z", "10.00", "EUR");            // Berlin 2026-01-15 00:00; UTC 2026-01-14
        buy(ada, "2026-01-14T22:59:59.999999Z", "20.00", "EUR");     // Berlin 2026-01-14;       UTC 2026-01-14
        buy(ada, "2026-01-13T23:00:00Z", "40.00", "EUR");            // Berlin 2026-01-14 00:00; UTC 2026-01-13
        buy(ada, "2026-01-13T22:59:59.999999Z", "80.00", "EUR");     // Berlin 2026-01-13;       UTC 2026-01-13
        log(ada, Channel.CALL, "2026-01-14T23:00:00Z");
        Metric eur = Metric.totalSpend(Money.currency("EUR"));
        Metric recency = Metric.of(MetricKind.DAYS_SINCE_LAST_PURCHASE);
        Metric calls = Metric.of(MetricKind.DAYS_SINCE_LAST_INTERACTION);
        return Stream.concat(check(in(BERLIN),
                        when(Rule.metric(eur.within(RuleValue.Span.days(0))).eq(10), ada),
                        when(Rule.metric(eur.within(RuleValue.Span.days(1))).eq(70), ada),
                        when(Rule.metric(eur).eq(150), ada),
                        when(Rule.metric(recency).eq(0), ada),
                        when(Rule.metric(calls).eq(0), ada)),
                check(alice,
                        when(Rule.metric(eur.within(RuleValue.Span.days(0))).eq(0), ada),
                        when(Rule.metric(eur.within(RuleValue.Span.days(1))).eq(30), ada),
                        when(Rule.metric(recency).eq(1), ada),
                        when(Rule.metric(calls).eq(1), ada)));
    }

    @Test
    void dealMetrics_openCountAndWeightedValue_roundEachDealToTheMinorUnit_andFollowStageMoves() {
        Customer ada = person("Ada", "Lovelace");
        Customer grace = person("Grace", "Hopper");
        Customer bob = person("Bob", "Byte");
        // The default pipeline's first stage is Qualification (10 %); Proposal is 50 %.
        Opportunity big = alice.opportunities().create(OpportunityDetails.of(ada.id(), "big", Money.of("1000.00", "EUR")));
        Opportunity odd = alice.opportunities().create(OpportunityDetails.of(ada.id(), "odd", Money.of("333.33", "EUR"))
                .withProbability(15));                                              // 49.9995 -> 50.00
        alice.opportunities().create(OpportunityDetails.of(ada.id(), "dollars", Money.of("100.00", "USD")));  // 10.00 USD
        Opportunity won = alice.opportunities().create(OpportunityDetails.of(ada.id(), "won", Money.of("500.00", "EUR")));
        alice.opportunities().win(won.id(), won.version());
        // Each 0.05 EUR at 10 % is 0.005, which rounds half-even to 0.00; rounding the sum instead would give 0.01.
        alice.opportunities().create(OpportunityDetails.of(grace.id(), "tiny", Money.of("0.05", "EUR")).withProbability(10));
        alice.opportunities().create(OpportunityDetails.of(grace.id(), "tiny too", Money.of("0.05", "EUR")).withProbability(10));
        Opportunity lost = alice.opportunities().create(OpportunityDetails.of(grace.id(), "lost", Money.of("200.00", "EUR")));
        alice.opportunities().lose(lost.id(), lost.version(), "price");
        Metric open = Metric.of(MetricKind.OPEN_OPPORTUNITY_COUNT);
        Metric weightedEur = metric(MetricKind.OPEN_OPPORTUNITY_WEIGHTED_VALUE, Optional.empty(), Optional.empty(), "EUR");
        Metric weightedUsd = metric(MetricKind.OPEN_OPPORTUNITY_WEIGHTED_VALUE, Optional.empty(), Optional.empty(), "USD");
        Metric weightedJpy = metric(MetricKind.OPEN_OPPORTUNITY_WEIGHTED_VALUE, Optional.empty(), Optional.empty(), "JPY");

        assertMembers(Rule.metric(open).eq(3), ada);
        assertMembers(Rule.metric(open).eq(2), grace);
        assertMembers(Rule.metric(open).eq(0), bob);
        assertMembers(Rule.metric(weightedEur).eq(150), ada);
        assertMembers(Rule.metric(weightedEur).eq(0), grace, bob);
        assertMembers(Rule.metric(weightedUsd).eq(10), ada);
        assertMembers(Rule.metric(weightedJpy).eq(0), ada, grace, bob);

        StageId proposal = alice.pipelines().defaultPipeline().stages().stream().filter(s -> s.name().equals("Proposal"))
                .map(Stage::id).findFirst().orElseThrow();
        alice.opportunities().moveToStage(big.id(), big.version(), proposal);
        assertMembers(Rule.metric(weightedEur).eq(550), ada);

        alice.opportunities().win(odd.id(), odd.version());
        assertMembers(Rule.metric(open).eq(2), ada, grace);
        assertMembers(Rule.metric(weightedEur).eq(500), ada);
    }

    @Test
    void ticketMetric_countsNewOpenAndPendingTickets_andFollowsReopening() {
        Customer ada = person("Ada", "Lovelace");
        Customer grace = person("Grace", "Hopper");
        Customer bob = person("Bob", "Byte");
        alice.tickets().open(TicketDetails.of(ada.id(), "new"));
        ticket(ada, TicketStatus.PENDING);
        Ticket resolved = ticket(ada, TicketStatus.RESOLVED);
        ticket(ada, TicketStatus.CLOSED);
        ticket(grace, TicketStatus.OPEN);
        Metric open = Metric.of(MetricKind.OPEN_TICKET_COUNT);

        assertMembers(Rule.metric(open).eq(2), ada);
        assertMembers(Rule.metric(open).eq(1), grace);
        assertMembers(Rule.metric(open).eq(0), bob);
        assertMembers(Rule.metric(open).gte(1), ada, grace);

        alice.tickets().reopen(resolved.id(), resolved.version(), "still broken");

        assertMembers(Rule.metric(open).eq(3), ada);
    }

    private Ticket ticket(Customer customer, TicketStatus status) {
        Ticket opened = alice.tickets().open(TicketDetails.of(customer.id(), "ticket"));
        return alice.tickets().moveTo(opened.id(), opened.version(), status);
    }

    @Test
    void latestNps_isTheScoreOfTheLatestNpsAnswer_byAnswerTimeThenId_ignoringOtherSurveys() {
        Customer ada = person("Ada", "Lovelace");
        Customer grace = person("Grace", "Hopper");
        Customer acme = organization("Acme", b -> b);
        Customer bob = person("Bob", "Byte");
        answer(ada, SurveyType.NPS, 9, "2026-01-10T10:00:00Z");
        answer(ada, SurveyType.NPS, 3, "2026-01-12T10:00:00Z");
        answer(ada, SurveyType.CSAT, 5, "2026-01-14T10:00:00Z");
        answer(ada, SurveyType.NPS, 10, "2026-01-09T10:00:00Z");     // recorded last, answered earliest
        SurveyResponse seven = answer(grace, SurveyType.NPS, 7, "2026-01-11T10:00:00Z");
        SurveyResponse ten = answer(grace, SurveyType.NPS, 10, "2026-01-11T10:00:00Z");
        answer(acme, SurveyType.NPS, 0, "2026-01-01T10:00:00Z");
        // Answered at the same instant: the greater id (unsigned) is the latest.
        boolean sevenIsLater = ReferenceModel.UNSIGNED.compare(seven.id().value(), ten.id().value()) > 0;
        int gracesScore = sevenIsLater ? 7 : 10;
        int gracesOther = sevenIsLater ? 10 : 7;
        Metric nps = Metric.of(MetricKind.LATEST_NPS);

        assertMembers(Rule.metric(nps).eq(3), ada);
        assertMembers(Rule.metric(nps).lte(6), ada, acme);
        assertMembers(Rule.metric(nps).eq(0), acme);
        assertMembers(Rule.metric(nps).eq(gracesScore), grace);
        assertMembers(Rule.metric(nps).eq(gracesOther));
        assertMembers(Rule.metric(nps).isNotSet(), bob);
    }

    private SurveyResponse answer(Customer customer, SurveyType type, int score, String at) {
        return alice.feedback().record(SurveyAnswer.of(customer.id(), type, score, Instant.parse(at)));
    }

    // ---- combination, lists and segments ------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> allAnyAndNot_combineLeaves_andNotIsTheExactComplement() {
        Customer ada = person("Ada", "Lovelace", b -> b.address(Address.inCountry("DE")).tag("vip"));
        Customer grace = person("Grace", "Hopper", b -> b.address(Address.inCountry("US")).tag("vip"));
        Customer prince = person(null, "Prince", b -> b.address(Address.inCountry("DE")));
        Customer acme = organization("Acme", b -> b);
        Rule german = Rule.field("country").eq("DE");
        Rule vip = Rule.field("tags").hasAny("vip");
        return check(
                when(Rule.all(german, vip), ada),
                when(Rule.any(german, vip), ada, grace, prince),
                when(Rule.not(german), grace, acme),
                when(Rule.not(Rule.not(german)), ada, prince),
                when(Rule.not(Rule.field("country").neq("DE")), ada, prince),
                when(Rule.all(Rule.not(german), Rule.not(vip)), acme),
                when(Rule.not(Rule.any(german, vip)), acme),
                when(Rule.any(Rule.all(german, Rule.not(vip)), Rule.all(vip, Rule.not(german))), grace, prince),
                when(Rule.all(german), ada, prince),
                when(Rule.any(Rule.field("name").isNotSet())));
    }

    @Test
    void inList_matchesTheListsCurrentMembers_aloneAndCombined() {
        Customer ada = person("Ada", "Lovelace", b -> b.tag("vip"));
        Customer grace = person("Grace", "Hopper");
        Customer acme = organization("Acme", b -> b.tag("vip"));
        Customer bob = person("Bob", "Byte");
        StaticList list = alice.lists().create("Newsletter", Optional.empty());
        alice.lists().add(list.id(), List.of(ada.id(), grace.id()));
        Rule inList = Rule.inList(list.id());

        assertMembers(inList, ada, grace);
        assertMembers(Rule.not(inList), acme, bob);
        assertMembers(Rule.all(inList, Rule.field("tags").hasAny("vip")), ada);
        assertMembers(Rule.all(Rule.field("tags").hasAny("vip"), inList), ada);
        assertMembers(Rule.any(inList, Rule.field("kind").eq("organization")), ada, grace, acme);
        assertMembers(Rule.all(Rule.not(inList), Rule.field("tags").hasAny("vip")), acme);

        alice.lists().remove(list.id(), List.of(grace.id()));

        assertMembers(inList, ada);
        assertMembers(Rule.all(inList, Rule.field("givenName").eq("grace")));
    }

    @Test
    void inListAndInSegment_naming_aListOrSegmentThatDoesNotExist_areNotFound() {
        Customer ada = person("Ada", "Lovelace");
        Rule noList = Rule.all(Rule.field("name").isSet(), Rule.inList(StaticListId.of(TestData.ID_1)));
        Rule noSegment = Rule.any(Rule.not(Rule.inSegment(SegmentId.of(TestData.ID_MAX))));

        for (Rule rule : List.of(noList, noSegment)) {
            assertFails(NotFoundException.class, () -> alice.segments().members(rule, PageRequest.first(10)));
            assertFails(NotFoundException.class, () -> alice.segments().count(rule));
            assertFails(NotFoundException.class, () -> alice.segments().matches(ada.id(), rule));
            assertFails(NotFoundException.class, () -> alice.segments().explain(ada.id(), rule));
            assertFails(NotFoundException.class, () -> alice.segments().validate(rule));
            assertFails(NotFoundException.class, () -> alice.segments().create(SegmentDefinition.of("broken", rule)));
        }
        assertFails(NotFoundException.class, () -> alice.segments().members(SegmentId.of(TestData.ID_1), PageRequest.first(10)));
        assertFails(NotFoundException.class, () -> alice.segments().count(SegmentId.of(TestData.ID_1)));
        assertFails(NotFoundException.class, () -> alice.segments().matches(CustomerId.of(TestData.ID_1), Rule.field("name").isSet()));
        assertThat(alice.segments().list(PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void inSegment_inlinesTheSavedRuleAsItIsWhenEvaluated_andSegmentsCountAndPageLikeTheirRule() {
        Customer ada = person("Ada", "Lovelace", b -> b.address(Address.inCountry("DE")).tag("vip"));
        Customer grace = person("Grace", "Hopper", b -> b.address(Address.inCountry("US")).tag("vip"));
        Customer prince = person(null, "Prince", b -> b.address(Address.inCountry("DE")));
        Segment germans = alice.segments().create(SegmentDefinition.of("Germans", Rule.field("country").eq("DE")));
        Segment germanVips = alice.segments().create(SegmentDefinition.of("German VIPs",
                Rule.all(Rule.inSegment(germans.id()), Rule.field("tags").hasAny("vip"))));

        assertMembers(Rule.inSegment(germans.id()), ada, prince);
        assertMembers(Rule.inSegment(germanVips.id()), ada);
        assertMembers(Rule.not(Rule.inSegment(germans.id())), grace);
        assertSavedSegment(germanVips.id(), ada);
        assertSavedSegment(germans.id(), ada, prince);

        alice.segments().update(germans.id(), germans.version(), SegmentDefinition.of("Americans", Rule.field("country").eq("US")));

        assertMembers(Rule.inSegment(germanVips.id()), grace);
        assertSavedSegment(germanVips.id(), grace);
    }

    private void assertSavedSegment(SegmentId segment, Customer... expected) {
        List<CustomerId> want = Arrays.stream(expected).sorted(BY_ID).map(Customer::id).toList();
        assertThat(alice.segments().members(segment, PageRequest.first(10)).items()).extracting(Customer::id)
                .containsExactlyElementsOf(want);
        assertThat(alice.segments().count(segment)).isEqualTo(want.size());
    }

    @Test
    void segments_thatWouldReferToEachOtherInACycle_areRefused_andNothingChanges() {
        person("Ada", "Lovelace");
        Segment first = alice.segments().create(SegmentDefinition.of("First", Rule.field("country").eq("DE")));
        Segment second = alice.segments().create(SegmentDefinition.of("Second", Rule.inSegment(first.id())));
        Segment third = alice.segments().create(SegmentDefinition.of("Third", Rule.not(Rule.inSegment(second.id()))));
        events.clear();

        assertFails(ValidationException.class, () -> alice.segments().update(first.id(), first.version(),
                SegmentDefinition.of("Self", Rule.inSegment(first.id()))));
        assertFails(ValidationException.class, () -> alice.segments().update(first.id(), first.version(),
                SegmentDefinition.of("Two", Rule.all(Rule.field("country").eq("DE"), Rule.inSegment(second.id())))));
        assertFails(ValidationException.class, () -> alice.segments().update(first.id(), first.version(),
                SegmentDefinition.of("Three", Rule.any(Rule.field("name").isSet(), Rule.not(Rule.inSegment(third.id()))))));

        assertThat(alice.segments().find(first.id())).contains(first);
        assertThat(events.events()).isEmpty();
        // The same segment twice, without a cycle, is fine.
        Segment twice = alice.segments().create(SegmentDefinition.of("Twice",
                Rule.all(Rule.inSegment(first.id()), Rule.inSegment(second.id()), Rule.not(Rule.inSegment(first.id())))));
        assertMembers(Rule.inSegment(twice.id()));
    }

    @Test
    void segments_referredToByAnotherSegment_cannotBeDeleted_untilTheReferenceIsGone() {
        Segment first = alice.segments().create(SegmentDefinition.of("First", Rule.field("country").eq("DE")));
        Segment second = alice.segments().create(SegmentDefinition.of("Second", Rule.not(Rule.inSegment(first.id()))));

        assertFails(ValidationException.class, () -> alice.segments().delete(first.id(), first.version()));
        assertThat(alice.segments().find(first.id())).contains(first);

        alice.segments().delete(second.id(), second.version());
        alice.segments().delete(first.id(), first.version());
        assertThat(alice.segments().find(first.id())).isEmpty();
    }

    @Test
    void segments_areSavedWithVersions_andEachChangePublishesItsEvent() {
        Instant at = clock.advance(Duration.ofMinutes(1));
        SegmentDefinition germans = new SegmentDefinition("Germans", Optional.of("everyone with a German address"),
                Rule.field("country").eq("DE"));

        Segment created = alice.segments().create(germans);

        assertThat(created).isEqualTo(new Segment(created.id(), germans, at, at, 0));
        assertThat(alice.segments().find(created.id())).contains(created);
        assertThat(events.events()).containsExactly(new SegmentSaved(created, alice.principal().userId(), at));
        events.clear();

        Instant later = clock.advance(Duration.ofMinutes(1));
        SegmentDefinition austrians = SegmentDefinition.of("Austrians", Rule.field("country").eq("AT"));
        Segment updated = alice.segments().update(created.id(), 0, austrians);

        assertThat(updated).isEqualTo(new Segment(created.id(), austrians, at, later, 1));
        assertThat(events.events()).containsExactly(new SegmentSaved(updated, alice.principal().userId(), later));
        events.clear();
        assertConflict(ConflictException.Reason.STALE_VERSION, () -> alice.segments().update(created.id(), 0, germans));
        assertConflict(ConflictException.Reason.STALE_VERSION, () -> alice.segments().delete(created.id(), 0));
        assertFails(NotFoundException.class, () -> alice.segments().update(SegmentId.of(TestData.ID_1), 0, germans));
        assertThat(alice.segments().find(created.id())).contains(updated);
        assertThat(events.events()).isEmpty();

        alice.segments().delete(created.id(), 1);

        assertThat(alice.segments().find(created.id())).isEmpty();
        assertThat(events.events()).containsExactly(new SegmentDeleted(created.id(), alice.principal().userId(), later));
        assertFails(NotFoundException.class, () -> alice.segments().delete(created.id(), 1));
        assertViolations(() -> SegmentDefinition.of(" ", Rule.field("country").eq("DE")), "name");
    }

    @Test
    void segments_areListedByIdInUnsignedOrder_andWritingThemNeedsTheRightToWriteSegments() {
        List<UUID> ids = TestData.idsInUnsignedOrder();
        java.util.Iterator<UUID> handOut = List.of(ids.get(1), ids.get(4), ids.get(0), ids.get(2), ids.get(3)).iterator();
        CmsScope scoped = Cms.builder().persistence(store).clock(clock).idSource(handOut::next).build().as(Principal.of("alice"));
        for (int i = 0; i < ids.size(); i++) {
            scoped.segments().create(SegmentDefinition.of("segment " + i, Rule.field("name").isSet()));
        }
        CmsScope reader = cmsWith(AccessPolicy.readOnly()).as(Principal.of("reader"));

        Page<Segment> first = reader.segments().list(PageRequest.first(3));
        Page<Segment> second = reader.segments().list(PageRequest.after(first.next().orElseThrow(), 3));

        assertThat(first.items()).extracting(s -> s.id().value()).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(second.items()).extracting(s -> s.id().value()).containsExactly(ids.get(3), ids.get(4));
        assertThat(second.next()).isEmpty();
        Segment one = first.items().get(0);
        assertFails(AccessDeniedException.class, () -> reader.segments().create(SegmentDefinition.of("x", Rule.field("name").isSet())));
        assertFails(AccessDeniedException.class, () -> reader.segments().update(one.id(), 0, one.definition()));
        assertFails(AccessDeniedException.class, () -> reader.segments().delete(one.id(), 0));
        assertThat(reader.segments().count(one.id())).isZero();
    }

    // ---- validation ---------------------------------------------------------------------------------------------------

    @Test
    void validation_reportsEveryProblemAtOnce_withItsPathInTheTree() {
        Customer ada = person("Ada", "Lovelace");
        Rule rule = Rule.any(
                Rule.field("country").eq("DE"),
                Rule.all(
                        field("leadScore", Operator.EQUALS, text("x")),
                        Rule.field("nope").eq("x"),
                        field("tags", Operator.CONTAINS, text("x")),
                        field("birthDate", Operator.BETWEEN, date("2026-02-01"), date("2026-01-01")),
                        Rule.field("kind").eq("robot")),
                Rule.not(metric(Metric.purchaseCount(), Operator.IN)),
                field("country", Operator.IS_SET, text("x")),
                field("leadScore", Operator.BETWEEN, num("1")),
                metric(Metric.interactionCount(), Operator.CONTAINS, text("x")),
                field("birthDate", Operator.WITHIN_LAST, date("2026-01-01")),
                field("createdAt", Operator.ON, days(3)));
        String[] paths = {"any[1].all[0].value", "any[1].all[1].field", "any[1].all[2].op", "any[1].all[3].values",
                "any[1].all[4].value", "any[2].not.values", "any[3].values", "any[4].values", "any[5].op",
                "any[6].value", "any[7].value"};

        assertViolations(() -> alice.segments().validate(rule), paths);
        assertViolations(() -> alice.segments().members(rule, PageRequest.first(10)), paths);
        assertViolations(() -> alice.segments().count(rule), paths);
        assertViolations(() -> alice.segments().matches(ada.id(), rule), paths);
        assertViolations(() -> alice.segments().explain(ada.id(), rule), paths);
        assertViolations(() -> alice.segments().create(SegmentDefinition.of("broken", rule)), paths);
        assertThat(alice.segments().list(PageRequest.first(10)).items()).isEmpty();
        assertViolations(() -> alice.segments().count(Rule.field("nope").isSet()), "field");
        assertViolations(() -> Rule.all(), "all");
        assertViolations(() -> Rule.any(), "any");
    }

    @Test
    void validation_limitsDepthAndSize() {
        person("Ada", "Lovelace");
        // An odd number of "not" around "name is not set": true for a customer with a name.
        Rule deepest = Rule.field("name").isNotSet();
        for (int level = 2; level <= Rule.MAX_DEPTH; level++) {
            deepest = Rule.not(deepest);
        }
        Rule tooDeep = Rule.not(deepest);
        List<Rule> leaves = new ArrayList<>();
        for (int i = 0; i < Rule.MAX_NODES - 1; i++) {
            leaves.add(Rule.field("name").isSet());
        }
        Rule largest = new Rule.All(leaves);
        leaves.add(Rule.field("name").isSet());
        Rule tooLarge = new Rule.All(leaves);

        assertThat(alice.segments().count(deepest)).isEqualTo(1);   // 32 levels: 31 "not" around one leaf
        assertFails(ValidationException.class, () -> alice.segments().count(tooDeep));
        assertThat(alice.segments().count(largest)).isEqualTo(1);   // 1,000 nodes
        assertViolations(() -> alice.segments().count(tooLarge), "rule");
    }

    // ---- paging, access, explanations ----------------------------------------------------------------------------------

    @Test
    void members_arePagedByIdInUnsignedOrder_withCursorsThatOnlyThisQueryAccepts() {
        // Customer ids come from the test's own id source: TestData's hand-picked ids, in a scrambled order.
        List<UUID> ids = new ArrayList<>(TestData.idsInUnsignedOrder());
        List<UUID> handOut = List.of(ids.get(3), ids.get(0), ids.get(4), ids.get(1), ids.get(2));
        java.util.Iterator<UUID> next = handOut.iterator();
        Cms fixedIds = Cms.builder().persistence(store).clock(clock).idSource(() -> next.hasNext() ? next.next() : UUID.randomUUID())
                .zone(zone()).build();
        CmsScope scoped = fixedIds.as(Principal.of("alice"));
        List<Customer> created = new ArrayList<>();
        for (String name : List.of("D", "A", "E", "B", "C")) {
            created.add(scoped.customers().create(scoped.customers().person(name, "Member").tag("member").build()));
        }
        Customer outsider = scoped.customers().create(scoped.customers().person("Out", "Sider").build());
        everyone.addAll(created);
        everyone.add(outsider);
        Rule members = Rule.field("tags").hasAny("member");

        Page<Customer> first = alice.segments().members(members, PageRequest.first(2));
        Page<Customer> second = alice.segments().members(members, PageRequest.after(first.next().orElseThrow(), 2));
        Page<Customer> third = alice.segments().members(members, PageRequest.after(second.next().orElseThrow(), 2));

        assertThat(first.items()).extracting(c -> c.id().value()).containsExactly(ids.get(0), ids.get(1));
        assertThat(second.items()).extracting(c -> c.id().value()).containsExactly(ids.get(2), ids.get(3));
        assertThat(third.items()).extracting(c -> c.id().value()).containsExactly(ids.get(4));
        assertThat(third.next()).isEmpty();
        assertThat(first.items().get(0)).isEqualTo(alice.customers().get(first.items().get(0).id()));
        assertThat(alice.segments().members(members, PageRequest.first(5)).next()).isEmpty();
        assertThat(alice.segments().count(members)).isEqualTo(5);
        var otherQuery = alice.customers().list(PageRequest.first(1)).next().orElseThrow();
        assertViolations(() -> alice.segments().members(members, PageRequest.after(otherQuery, 2)), "page.after");
    }

    @Test
    void members_leaveOutCustomersThePolicyHides_whileTheCursorAdvances_andCountsStillCountThem() {
        Customer ada = person("Ada", "Lovelace", b -> b.tag("vip"));
        Customer grace = person("Grace", "Hopper", b -> b.tag("vip"));
        Customer bob = person("Bob", "Byte", b -> b.tag("vip"));
        person("Out", "Sider");
        CmsScope dave = cmsWith(request -> !request.customer().equals(Optional.of(ada.id()))).as(Principal.of("dave"));
        Rule vip = Rule.field("tags").hasAny("vip");
        List<Customer> visible = Stream.of(grace, bob).sorted(BY_ID).toList();

        List<CustomerId> seen = new ArrayList<>();
        int pages = 0;
        Page<Customer> page = dave.segments().members(vip, PageRequest.first(1));
        while (true) {
            pages++;
            assertThat(page.items().size()).isLessThanOrEqualTo(1);
            page.items().forEach(c -> seen.add(c.id()));
            if (page.next().isEmpty()) {
                break;
            }
            page = dave.segments().members(vip, PageRequest.after(page.next().get(), 1));
        }

        assertThat(seen).containsExactlyElementsOf(visible.stream().map(Customer::id).toList());
        assertThat(pages).as("one page per matching customer, hidden ones too").isEqualTo(3);
        assertThat(dave.segments().count(vip)).isEqualTo(3);
        assertFails(AccessDeniedException.class, () -> dave.segments().matches(ada.id(), vip));
        assertFails(AccessDeniedException.class, () -> dave.segments().explain(ada.id(), vip));
        assertThat(dave.segments().matches(grace.id(), vip)).isTrue();
    }

    @Test
    void aPrincipalWhoMayNotReadCustomers_getsNoMembersCountsOrMatches() {
        Customer ada = person("Ada", "Lovelace");
        CmsScope eve = cmsWith(request -> request.resource() != ResourceType.CUSTOMER || request.action() != Action.READ)
                .as(Principal.of("eve"));
        Segment everybody = alice.segments().create(SegmentDefinition.of("Everybody", Rule.field("name").isSet()));
        Rule rule = Rule.field("name").isSet();

        assertFails(AccessDeniedException.class, () -> eve.segments().members(rule, PageRequest.first(10)));
        assertFails(AccessDeniedException.class, () -> eve.segments().count(rule));
        assertFails(AccessDeniedException.class, () -> eve.segments().members(everybody.id(), PageRequest.first(10)));
        assertFails(AccessDeniedException.class, () -> eve.segments().count(everybody.id()));
        assertFails(AccessDeniedException.class, () -> eve.segments().matches(ada.id(), rule));
    }

    @Test
    void aPrincipalWhoMayNotReadSegments_cannotUseASavedSegmentInARule() {
        person("Ada", "Lovelace");
        Segment everybody = alice.segments().create(SegmentDefinition.of("Everybody", Rule.field("name").isSet()));
        CmsScope frank = cmsWith(request -> request.resource() != ResourceType.SEGMENT).as(Principal.of("frank"));
        Rule viaSegment = Rule.all(Rule.inSegment(everybody.id()), Rule.field("country").isNotSet());

        assertFails(AccessDeniedException.class, () -> frank.segments().count(viaSegment));
        assertFails(AccessDeniedException.class, () -> frank.segments().members(viaSegment, PageRequest.first(10)));
        assertThat(frank.segments().count(Rule.field("country").isNotSet())).isEqualTo(1);
    }

    @Test
    void explain_givesEachNodesResult_andEachLeafsObservedValues() {
        Customer ada = person("Ada", "Lovelace", b -> b.address(Address.inCountry("DE")).address(Address.inCountry("GB"))
                .tag("vip", "newsletter"));
        buy(ada, "2026-01-10T12:00:00Z", "10.00", "EUR");
        buy(ada, "2026-01-11T12:00:00Z", "10.00", "EUR");
        Rule country = Rule.field("country").eq("DE");
        Rule purchases = Rule.metric(Metric.purchaseCount()).gt(3);
        Rule vip = Rule.field("tags").hasAny("vip");
        Rule scored = Rule.field("leadScore").isSet();
        Rule rule = Rule.all(country, purchases, Rule.not(vip), scored);

        Explanation e = alice.segments().explain(ada.id(), rule);

        assertThat(e.rule()).isEqualTo(rule);
        assertThat(e.matched()).isFalse();
        assertThat(e.observed()).isEmpty();
        assertThat(e.parts()).hasSize(4);
        assertThat(e.parts().get(0)).isEqualTo(new Explanation(country, true, Optional.of("[DE, GB]"), List.of()));
        assertThat(e.parts().get(1)).isEqualTo(new Explanation(purchases, false, Optional.of("2"), List.of()));
        assertThat(e.parts().get(2)).isEqualTo(new Explanation(Rule.not(vip), false, Optional.empty(),
                List.of(new Explanation(vip, true, Optional.of("[newsletter, vip]"), List.of()))));
        assertThat(e.parts().get(3)).isEqualTo(new Explanation(scored, false, Optional.of("unset"), List.of()));

        Explanation any = alice.segments().explain(ada.id(), Rule.any(purchases, country));
        assertThat(any.matched()).isTrue();
        assertThat(any.parts()).extracting(Explanation::matched).containsExactly(false, true);
    }

    @Test
    void explain_ofARuleNamingASavedSegment_keepsTheRulesTree_withTheSegmentsRuleExplainedBeneathItsNode() {
        Customer ada = person("Ada", "Lovelace", b -> b.address(Address.inCountry("DE")).address(Address.inCountry("AT")));
        Segment germans = alice.segments().create(SegmentDefinition.of("Germans", Rule.field("country").eq("DE")));
        Rule inSegment = Rule.inSegment(germans.id());
        Rule scored = Rule.field("leadScore").isSet();
        Rule rule = Rule.any(scored, Rule.not(inSegment));

        Explanation e = alice.segments().explain(ada.id(), rule);

        Explanation segment = new Explanation(inSegment, true, Optional.empty(),
                List.of(new Explanation(germans.rule(), true, Optional.of("[DE, AT]"), List.of())));
        assertThat(e).isEqualTo(new Explanation(rule, false, Optional.empty(), List.of(
                new Explanation(scored, false, Optional.of("unset"), List.of()),
                new Explanation(Rule.not(inSegment), false, Optional.empty(), List.of(segment)))));
    }
}
