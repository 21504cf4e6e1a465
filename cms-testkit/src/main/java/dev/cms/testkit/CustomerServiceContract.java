package dev.cms.testkit;

import static dev.cms.testkit.ContractAssertions.assertConflict;
import static dev.cms.testkit.ContractAssertions.assertFails;
import static dev.cms.testkit.ContractAssertions.assertViolations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cms.core.ConflictException.Reason;
import dev.cms.core.Cursor;
import dev.cms.core.NotFoundException;
import dev.cms.core.Page;
import dev.cms.core.PageRequest;
import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeDefined;
import dev.cms.core.customer.AttributeDefinition;
import dev.cms.core.customer.AttributeType;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerCreated;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.CustomerService;
import dev.cms.core.customer.CustomerUpdated;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.interaction.Channel;
import dev.cms.core.interaction.Direction;
import dev.cms.core.interaction.InteractionDetails;
import dev.cms.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What {@link CustomerService} promises, run through the public API over the adapter under test: creation and
 * read-back of every field, validation (all violations at once, with paths), normalisation, custom attributes,
 * affiliations, external ids, optimistic versions, keyset paging and its cursors.
 */
public abstract class CustomerServiceContract extends CmsContractSupport {
    /** For subclasses. */
    protected CustomerServiceContract() {
    }

    private CustomerService customers() {
        return alice.customers();
    }

    private Customer createPerson(String given, String family) {
        return customers().create(customers().person(given, family).build());
    }

    private Customer createOrganization(String name) {
        return customers().create(customers().organization(name).build());
    }

    // ---- create and read back ------------------------------------------------------------------------------------

    @Test
    void create_personWithEveryField_readsBackEqual() {
        Customer acme = createOrganization("Acme GmbH");
        customers().defineAttribute(AttributeDefinition.of("nickname", "Nickname", AttributeType.TEXT));
        customers().defineAttribute(AttributeDefinition.of("score", "Score", AttributeType.NUMBER));
        customers().defineAttribute(AttributeDefinition.of("newsletter", "Newsletter", AttributeType.BOOLEAN));
        customers().defineAttribute(AttributeDefinition.of("first_order", "First order", AttributeType.DATE));
        customers().defineAttribute(AttributeDefinition.of("budget", "Budget", AttributeType.MONEY).inCurrency("EUR"));
        customers().defineAttribute(AttributeDefinition.enumeration("tier", "Tier", "gold", "silver"));
        Instant emailConsentAt = Instant.parse("2025-03-01T10:15:30.123456Z");
        Instant smsConsentAt = Instant.parse("2025-04-02T08:00:00Z");

        CustomerProfile profile = customers().person("Ada", "Lovelace")
                .email("ada@example.com", "work")
                .email("ada.king@example.org")
                .phone("+49 30 901820", "office")
                .phone("0151 23456789", "mobile")
                .address(Address.of("Unter den Linden 1", "10117", "Berlin", "DE").withLabel("office"))
                .address(Address.inCountry("GB"))
                .worksAt(acme.id(), "Analyst")
                .stage(LifecycleStage.CUSTOMER)
                .leadSource("webinar")
                .owner(UserId.of("bob"))
                .tag("vip", "newsletter")
                .birthDate(LocalDate.of(1815, 12, 10))
                .locale(Locale.forLanguageTag("en-GB"))
                .timeZone(ZoneId.of("Europe/London"))
                .preferredChannel(ContactChannel.EMAIL)
                .consentGranted(ContactChannel.EMAIL, emailConsentAt, "signup-form")
                .consent(ContactChannel.SMS, Consent.denied(smsConsentAt, "call"))
                .externalId("erp-42")
                .attribute("nickname", AttributeValue.text("Enchantress of Numbers"))
                .attribute("score", AttributeValue.number(new BigDecimal("97.50")))
                .attribute("newsletter", AttributeValue.bool(true))
                .attribute("first_order", AttributeValue.date(LocalDate.of(1843, 9, 1)))
                .attribute("budget", AttributeValue.money(Money.of("1200.00", "EUR")))
                .attribute("tier", AttributeValue.choice("gold"))
                .build();

        Customer created = customers().create(profile);

        assertThat(created.profile()).isEqualTo(profile);
        assertThat(created.version()).isZero();
        assertThat(created.createdAt()).isEqualTo(START);
        assertThat(created.updatedAt()).isEqualTo(START);
        Customer read = customers().get(created.id());
        assertThat(read).isEqualTo(created);
        // A few fields against values written by hand, so the round trip is not only self-consistent.
        CustomerProfile p = read.profile();
        assertThat(read.kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(read.displayName()).isEqualTo("Ada Lovelace");
        assertThat(p.primaryEmail()).contains(Email.of("ada@example.com"));
        assertThat(p.emails()).extracting(e -> e.email().value(), EmailContact::label)
                .containsExactly(tuple("ada@example.com", Optional.of("work")),
                        tuple("ada.king@example.org", Optional.empty()));
        assertThat(p.phones()).extracting(c -> c.phone().e164()).containsExactly("+4930901820", "+4915123456789");
        assertThat(p.primaryPhone()).contains(new Phone("+4930901820"));
        assertThat(p.addresses()).extracting(Address::countryCode).containsExactly("DE", "GB");
        assertThat(p.affiliation()).hasValueSatisfying(a -> {
            assertThat(a.organization()).isEqualTo(acme.id());
            assertThat(a.jobTitle()).contains("Analyst");
        });
        assertThat(p.tags()).containsExactly("newsletter", "vip");
        assertThat(p.consent(ContactChannel.EMAIL).state()).isEqualTo(ConsentState.GRANTED);
        assertThat(p.consent(ContactChannel.EMAIL).recordedAt()).contains(emailConsentAt);
        assertThat(p.consent(ContactChannel.SMS).state()).isEqualTo(ConsentState.DENIED);
        assertThat(p.consent(ContactChannel.POST).state()).isEqualTo(ConsentState.UNKNOWN);
        assertThat(p.externalId()).contains(ExternalId.of("erp-42"));
        assertThat(p.attributes()).containsEntry("score", AttributeValue.number(new BigDecimal("97.5")))
                .containsEntry("budget", AttributeValue.money(Money.of(new BigDecimal("1200"), Money.currency("EUR"))))
                .hasSize(6);
        assertThat(events.eventsOf(CustomerCreated.class)).last()
                .isEqualTo(new CustomerCreated(created, alice.principal().userId(), START));
    }

    @Test
    void create_organizationWithEveryField_readsBackEqual() {
        CustomerProfile profile = customers().organization("Acme GmbH")
                .email("Info@ACME.example")
                .phone("030 12345678", "switchboard")
                .address(Address.of("Hauptstr. 5", "80331", "München", "DE").withLabel("billing").withRegion("Bayern"))
                .stage(LifecycleStage.of("partner"))
                .leadSource("trade fair")
                .owner(UserId.of("carol"))
                .tag("b2b")
                .locale(Locale.GERMANY)
                .timeZone(ZoneId.of("Europe/Berlin"))
                .preferredChannel(ContactChannel.POST)
                .consentGranted(ContactChannel.POST, START.minus(Duration.ofDays(30)), "contract")
                .externalId("crm-acme")
                .build();

        Customer created = customers().create(profile);

        assertThat(customers().get(created.id())).isEqualTo(created);
        assertThat(created.profile()).isEqualTo(profile);
        assertThat(created.kind()).isEqualTo(CustomerKind.ORGANIZATION);
        assertThat(created.displayName()).isEqualTo("Acme GmbH");
        assertThat(created.profile().primaryEmail()).contains(Email.of("Info@acme.example"));
        assertThat(created.profile().primaryPhone()).contains(new Phone("+493012345678"));
        assertThat(created.profile().lifecycleStage().key()).isEqualTo("partner");
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void find_unknownId_isEmpty_andGetFailsWithNotFound() {
        CustomerId unknown = CustomerId.of(TestData.ID_1);
        createPerson("Ada", "Lovelace");

        assertThat(customers().find(unknown)).isEmpty();
        NotFoundException e = assertFails(NotFoundException.class, () -> customers().get(unknown));
        assertThat(e.id()).isEqualTo(unknown.toString());
        assertFails(NotFoundException.class,
                () -> customers().update(unknown, 0, customers().person("Ada", "Lovelace").build()));
    }

    // ---- validation and normalisation ----------------------------------------------------------------------------

    @Test
    void build_withBadEmailBadPhoneAndBlankTag_reportsAllThreeViolationsWithPaths() {
        assertViolations(() -> customers().person("Ada", "Lovelace")
                        .email("ada-at-example.com")
                        .phone("not a phone")
                        .tag("  ")
                        .build(),
                "emails[0].email", "phones[0].phone", "tags");
    }

    @Test
    void build_pathsCountEveryInput_soTheSecondBadEmailIsEmails1() {
        assertViolations(() -> customers().person("Ada", "Lovelace")
                        .email("ada@example.com")
                        .email("ada@@example.com")
                        .phone("+49 30 901820")
                        .phone("+49 30")
                        .build(),
                "emails[1].email", "phones[1].phone");
    }

    @Test
    void create_withEveryStoreRuleBroken_reportsAllViolationsAndStoresNothing() {
        customers().defineAttribute(AttributeDefinition.of("score", "Score", AttributeType.NUMBER));
        customers().defineAttribute(AttributeDefinition.of("segment", "Segment", AttributeType.TEXT).asRequired());
        events.clear();

        assertViolations(() -> customers().create(customers().person("Ada", "Lovelace")
                        .attribute("shoe_size", AttributeValue.number(38))
                        .attribute("score", AttributeValue.text("high"))
                        .worksAt(CustomerId.of(TestData.ID_MAX), "Analyst")
                        .build()),
                "attributes.shoe_size", "attributes.score", "attributes.segment", "affiliation.organization");

        assertThat(customers().count()).isZero();
        assertThat(events.events()).isEmpty();
    }

    @Test
    void phones_areNormalisedToE164_readingNationalNumbersInTheDefaultRegionDE() {
        Customer created = customers().create(customers().person("Ada", "Lovelace")
                .phone("030 901820")
                .phone("+49 (151) 234-567-89")
                .phone("0049 89 1234567")
                .build());

        assertThat(customers().get(created.id()).profile().phones()).extracting(c -> c.phone().e164())
                .containsExactly("+4930901820", "+4915123456789", "+49891234567");
    }

    @Test
    void update_withChangeFunction_readsNewNationalNumbersInTheDefaultRegion() {
        Customer ada = createPerson("Ada", "Lovelace");

        Customer updated = customers().update(ada, b -> b.phone("089 1234567"));

        assertThat(updated.profile().primaryPhone()).contains(new Phone("+49891234567"));
    }

    @Test
    void phones_equalAfterNormalisation_areRejectedAsListedTwice() {
        assertViolations(() -> customers().person("Ada", "Lovelace").phone("030 901820").phone("+49 30 901820").build(),
                "phones[1]");
    }

    @Test
    void email_domainIsLowerCased_andLocalPartKeptAsGiven() {
        Customer created = customers().create(customers().person("Ada", "Lovelace")
                .email("  Ada.Lovelace@Example.COM ").build());

        assertThat(customers().get(created.id()).profile().primaryEmail())
                .hasValueSatisfying(e -> assertThat(e.value()).isEqualTo("Ada.Lovelace@example.com"));
    }

    @Test
    void emails_differingOnlyInCase_areRejectedAsListedTwice() {
        assertViolations(() -> customers().person("Ada", "Lovelace").email("ada@example.com").email("ADA@EXAMPLE.COM").build(),
                "emails[1]");
    }

    // ---- exactly one primary -------------------------------------------------------------------------------------

    @Test
    void builder_makesTheFirstEmailAndPhonePrimary() {
        CustomerProfile profile = customers().person("Ada", "Lovelace")
                .email("a@example.com").email("b@example.com")
                .phone("030 901820").phone("0151 23456789")
                .build();

        assertThat(profile.emails()).extracting(EmailContact::primary).containsExactly(true, false);
        assertThat(profile.phones()).extracting(PhoneContact::primary).containsExactly(true, false);
    }

    @Test
    void primaryEmail_switchesThePrimaryToAnotherAddress_leavingExactlyOne() {
        Customer ada = customers().create(customers().person("Ada", "Lovelace")
                .email("a@example.com").email("b@example.com").build());

        Customer updated = customers().update(ada, b -> b.primaryEmail("b@example.com"));

        assertThat(updated.profile().emails()).extracting(e -> e.email().value(), EmailContact::primary)
                .containsExactly(tuple("a@example.com", false),
                        tuple("b@example.com", true));
        assertThat(customers().get(ada.id()).profile().primaryEmail()).contains(Email.of("b@example.com"));
    }

    @Test
    void primaryEmail_ofAnAddressNotAdded_isRejected() {
        assertViolations(() -> customers().person("Ada", "Lovelace").email("a@example.com").primaryEmail("c@example.com").build(),
                "primaryEmail");
    }

    @Test
    void profile_withTwoPrimaryEmails_orNoPrimaryPhone_isRejected() {
        CustomerProfile base = customers().person("Ada", "Lovelace").build();
        List<EmailContact> twoPrimary = List.of(
                new EmailContact(Email.of("a@example.com"), Optional.empty(), true),
                new EmailContact(Email.of("b@example.com"), Optional.empty(), true));
        List<PhoneContact> nonePrimary = List.of(new PhoneContact(new Phone("+4930901820"), Optional.empty(), false));

        assertViolations(() -> withContacts(base, twoPrimary, List.of()), "emails");
        assertViolations(() -> withContacts(base, List.of(), nonePrimary), "phones");
        assertViolations(() -> withContacts(base, twoPrimary, nonePrimary), "emails", "phones");
    }

    private static CustomerProfile withContacts(CustomerProfile p, List<EmailContact> emails, List<PhoneContact> phones) {
        return new CustomerProfile(p.name(), emails, phones, p.addresses(), p.affiliation(), p.lifecycleStage(),
                p.leadSource(), p.owner(), p.tags(), p.birthDate(), p.locale(), p.timeZone(), p.preferredChannel(),
                p.consents(), p.externalId(), p.attributes());
    }

    // ---- custom attributes ---------------------------------------------------------------------------------------

    @Test
    void create_withUndeclaredAttribute_isRejected() {
        assertViolations(() -> customers().create(customers().person("Ada", "Lovelace")
                .attribute("shoe_size", AttributeValue.number(38)).build()), "attributes.shoe_size");
        assertThat(customers().count()).isZero();
    }

    @Test
    void create_withAttributeOfTheWrongType_isRejected() {
        customers().defineAttribute(AttributeDefinition.of("score", "Score", AttributeType.NUMBER));

        assertViolations(() -> customers().create(customers().person("Ada", "Lovelace")
                .attribute("score", AttributeValue.text("97")).build()), "attributes.score");
        assertViolations(() -> customers().create(customers().person("Ada", "Lovelace")
                .attribute("score", AttributeValue.bool(true)).build()), "attributes.score");
        assertThat(customers().count()).isZero();
    }

    @Test
    void enumerationAttribute_acceptsOnlyDeclaredOptions() {
        customers().defineAttribute(AttributeDefinition.enumeration("tier", "Tier", "gold", "silver"));

        Customer gold = customers().create(customers().person("Ada", "Lovelace")
                .attribute("tier", AttributeValue.choice("gold")).build());
        assertViolations(() -> customers().create(customers().person("Bob", "Byte")
                .attribute("tier", AttributeValue.choice("bronze")).build()), "attributes.tier");

        assertThat(customers().get(gold.id()).profile().attributes()).containsEntry("tier", AttributeValue.choice("gold"));
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void enumerationAttribute_redeclaredWithMoreOptions_acceptsTheNewOption() {
        customers().defineAttribute(AttributeDefinition.enumeration("tier", "Tier", "gold", "silver"));
        customers().defineAttribute(AttributeDefinition.enumeration("tier", "Customer tier", "gold", "silver", "bronze"));

        Customer bronze = customers().create(customers().person("Ada", "Lovelace")
                .attribute("tier", AttributeValue.choice("bronze")).build());

        assertThat(bronze.profile().attributes()).containsEntry("tier", AttributeValue.choice("bronze"));
        assertThat(customers().attributeDefinitions()).singleElement()
                .satisfies(d -> assertThat(d.label()).isEqualTo("Customer tier"));
    }

    @Test
    void moneyAttribute_restrictedToACurrency_rejectsOtherCurrencies() {
        customers().defineAttribute(AttributeDefinition.of("budget", "Budget", AttributeType.MONEY).inCurrency("EUR"));
        customers().defineAttribute(AttributeDefinition.of("any_budget", "Any budget", AttributeType.MONEY));

        Customer ok = customers().create(customers().person("Ada", "Lovelace")
                .attribute("budget", AttributeValue.money(Money.of("10.00", "EUR")))
                .attribute("any_budget", AttributeValue.money(Money.of("10", "JPY")))
                .build());
        assertViolations(() -> customers().create(customers().person("Bob", "Byte")
                .attribute("budget", AttributeValue.money(Money.of("10.00", "USD"))).build()), "attributes.budget");

        assertThat(customers().get(ok.id()).profile().attributes())
                .containsEntry("any_budget", AttributeValue.money(Money.of("10", "JPY")));
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void requiredAttribute_missing_isRejected_onCreateAndOnUpdate() {
        Customer before = createPerson("Old", "Customer");
        customers().defineAttribute(AttributeDefinition.of("segment", "Segment", AttributeType.TEXT).asRequired());

        assertViolations(() -> createPerson("Ada", "Lovelace"), "attributes.segment");
        assertViolations(() -> customers().update(before, b -> b.tag("touched")), "attributes.segment");
        Customer withIt = customers().create(customers().person("Ada", "Lovelace")
                .attribute("segment", AttributeValue.text("smb")).build());

        assertThat(withIt.profile().attributes()).containsEntry("segment", AttributeValue.text("smb"));
        assertThat(customers().get(before.id())).isEqualTo(before);
    }

    @Test
    void defineAttribute_changingTheTypeOfADeclaredAttribute_isRefused() {
        AttributeDefinition number = AttributeDefinition.of("score", "Score", AttributeType.NUMBER);
        customers().defineAttribute(number);
        events.clear();

        assertViolations(() -> customers().defineAttribute(AttributeDefinition.of("score", "Score", AttributeType.TEXT)), "type");

        assertThat(customers().attributeDefinitions()).containsExactly(number);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void attributeDefinitions_areListedByKey_andDefiningPublishesAttributeDefined() {
        AttributeDefinition zeta = AttributeDefinition.of("zeta", "Zeta", AttributeType.BOOLEAN);
        AttributeDefinition alpha = AttributeDefinition.of("alpha", "Alpha", AttributeType.DATE);
        AttributeDefinition mid = AttributeDefinition.of("mid", "Mid", AttributeType.TEXT).asRequired();

        assertThat(customers().defineAttribute(zeta)).isEqualTo(zeta);
        customers().defineAttribute(alpha);
        customers().defineAttribute(mid);

        assertThat(customers().attributeDefinitions()).containsExactly(alpha, mid, zeta);
        assertThat(events.eventsOf(AttributeDefined.class)).extracting(AttributeDefined::definition)
                .containsExactly(zeta, alpha, mid);
    }

    // ---- affiliation ---------------------------------------------------------------------------------------------

    @Test
    void affiliation_withAnExistingOrganization_isStored() {
        Customer acme = createOrganization("Acme GmbH");

        Customer ada = customers().create(customers().person("Ada", "Lovelace").worksAt(acme.id(), "CTO").build());

        assertThat(customers().get(ada.id()).profile().affiliation())
                .hasValueSatisfying(a -> assertThat(a.organization()).isEqualTo(acme.id()));
    }

    @Test
    void affiliation_withAPerson_isRejected() {
        Customer bob = createPerson("Bob", "Byte");

        assertViolations(() -> customers().create(customers().person("Ada", "Lovelace").worksAt(bob.id(), "CTO").build()),
                "affiliation.organization");
        assertThat(customers().count()).isEqualTo(1);
    }

    @Test
    void affiliation_withAnUnknownCustomer_isRejected() {
        assertViolations(() -> customers().create(customers().person("Ada", "Lovelace")
                .worksAt(CustomerId.of(TestData.ID_1), "CTO").build()), "affiliation.organization");
        assertThat(customers().count()).isZero();
    }

    @Test
    void affiliation_withItself_isRejected() {
        Customer ada = createPerson("Ada", "Lovelace");

        assertViolations(() -> customers().update(ada, b -> b.worksAt(ada.id(), "CTO")), "affiliation.organization");
        assertThat(customers().get(ada.id())).isEqualTo(ada);
    }

    @Test
    void affiliation_ofAnOrganization_isRejectedWhenBuilding() {
        Customer acme = createOrganization("Acme GmbH");

        assertViolations(() -> customers().organization("Acme Subsidiary").worksAt(acme.id(), "Subsidiary").build(),
                "affiliation");
    }

    // ---- external ids --------------------------------------------------------------------------------------------

    @Test
    void externalId_alreadyUsed_isAConflictOfKindDuplicate() {
        Customer first = customers().create(customers().person("Ada", "Lovelace").externalId("erp-1").build());

        assertConflict(Reason.DUPLICATE,
                () -> customers().create(customers().person("Bob", "Byte").externalId("erp-1").build()));

        assertThat(customers().count()).isEqualTo(1);
        assertThat(customers().findByExternalId(ExternalId.of("erp-1"))).contains(first);
    }

    @Test
    void update_takingAnotherCustomersExternalId_isAConflictOfKindDuplicate_andKeepsStoredState() {
        customers().create(customers().person("Ada", "Lovelace").externalId("erp-1").build());
        Customer bob = customers().create(customers().person("Bob", "Byte").externalId("erp-2").build());

        assertConflict(Reason.DUPLICATE, () -> customers().update(bob, b -> b.externalId("erp-1")));

        assertThat(customers().get(bob.id())).isEqualTo(bob);
    }

    @Test
    void findByExternalId_findsTheCarrier_andNothingForUnknownIds() {
        createPerson("Someone", "Else");
        Customer ada = customers().create(customers().person("Ada", "Lovelace").externalId("erp-1").build());

        assertThat(customers().findByExternalId(ExternalId.of("erp-1"))).contains(ada);
        assertThat(customers().findByExternalId(ExternalId.of("erp-2"))).isEmpty();
    }

    @Test
    void findByExternalId_followsAChangedExternalId() {
        Customer ada = customers().create(customers().person("Ada", "Lovelace").externalId("erp-1").build());

        Customer updated = customers().update(ada, b -> b.externalId("erp-9"));

        assertThat(customers().findByExternalId(ExternalId.of("erp-1"))).isEmpty();
        assertThat(customers().findByExternalId(ExternalId.of("erp-9"))).contains(updated);
        Customer reuse = customers().create(customers().person("Bob", "Byte").externalId("erp-1").build());
        assertThat(customers().findByExternalId(ExternalId.of("erp-1"))).contains(reuse);
    }

    @Test
    void upsertByExternalId_createsThenUpdates_andRepeatingIsHarmless() {
        CustomerProfile v1 = customers().person("Ada", "Lovelace").externalId("shop-7").email("ada@example.com").build();
        CustomerProfile v2 = v1.toBuilder().tag("imported").build();

        Customer created = customers().upsertByExternalId(v1);
        clock.advance(Duration.ofMinutes(5));
        Customer updated = customers().upsertByExternalId(v2);
        clock.advance(Duration.ofMinutes(5));
        Customer repeated = customers().upsertByExternalId(v2);

        assertThat(customers().count()).isEqualTo(1);
        assertThat(created.version()).isZero();
        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.profile()).isEqualTo(v2);
        assertThat(updated.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(repeated).isEqualTo(updated);
        assertThat(customers().get(created.id())).isEqualTo(updated);
        assertThat(events.eventsOf(CustomerCreated.class)).hasSize(1);
        assertThat(events.eventsOf(CustomerUpdated.class)).hasSize(1);
    }

    @Test
    void upsertByExternalId_withoutExternalId_isRejected() {
        assertViolations(() -> customers().upsertByExternalId(customers().person("Ada", "Lovelace").build()), "externalId");
        assertThat(customers().count()).isZero();
    }

    // ---- find by e-mail ------------------------------------------------------------------------------------------

    @Test
    void findByEmail_matchesEveryAddressCaseInsensitively_orderedById() {
        Customer ada = customers().create(customers().person("Ada", "Lovelace").email("Ada@Example.com").build());
        Customer bob = customers().create(customers().person("Bob", "Byte")
                .email("bob@example.com").email("ada@example.com", "shared inbox").build());
        createPerson("Carol", "Coder");
        customers().create(customers().person("Dan", "Other").email("ada@example.org").build());

        List<Customer> found = customers().findByEmail(Email.of("ADA@EXAMPLE.COM"));

        List<Customer> expected = new ArrayList<>(List.of(ada, bob));
        expected.sort(Comparator.comparing(Customer::id));
        assertThat(found).containsExactlyElementsOf(expected);
        assertThat(customers().findByEmail(Email.of("nobody@example.com"))).isEmpty();
    }

    // ---- versions and timestamps ---------------------------------------------------------------------------------

    @Test
    void update_bumpsVersion_takesUpdatedAtFromTheClock_andKeepsCreatedAt() {
        Customer ada = createPerson("Ada", "Lovelace");
        clock.advance(Duration.ofHours(2));

        Customer updated = customers().update(ada, b -> b.tag("vip").stage(LifecycleStage.OPPORTUNITY));

        Instant later = START.plus(Duration.ofHours(2));
        assertThat(updated.version()).isEqualTo(1);
        assertThat(updated.createdAt()).isEqualTo(START);
        assertThat(updated.updatedAt()).isEqualTo(later);
        assertThat(updated.profile().tags()).containsExactly("vip");
        assertThat(updated.profile().lifecycleStage()).isEqualTo(LifecycleStage.OPPORTUNITY);
        assertThat(customers().get(ada.id())).isEqualTo(updated);
        assertThat(events.eventsOf(CustomerUpdated.class))
                .containsExactly(new CustomerUpdated(ada, updated, alice.principal().userId(), later));
    }

    @Test
    void update_byIdAndVersion_replacesTheWholeProfile() {
        Customer ada = customers().create(customers().person("Ada", "Lovelace").email("ada@example.com").tag("old").build());
        CustomerProfile replacement = customers().person("Ada", "King").phone("030 901820").build();

        Customer updated = customers().update(ada.id(), 0, replacement);

        assertThat(updated.profile()).isEqualTo(replacement);
        assertThat(customers().get(ada.id()).profile().emails()).isEmpty();
        assertThat(customers().get(ada.id()).profile().tags()).isEmpty();
    }

    @Test
    void update_withStaleVersion_failsWithConflictAndKeepsStoredState() {
        Customer v0 = createPerson("Ada", "Lovelace");
        Customer v1 = customers().update(v0, b -> b.tag("first"));
        events.clear();

        assertConflict(Reason.STALE_VERSION, () -> customers().update(v0, b -> b.tag("second")));
        assertConflict(Reason.STALE_VERSION, () -> customers().update(v0.id(), 5, customers().person("X", "Y").build()));

        assertThat(customers().get(v0.id())).isEqualTo(v1);
        assertThat(events.events()).isEmpty();
    }

    @Test
    void update_turningAnOrganizationIntoAPerson_isRejected_soItsAffiliatedPeopleStayValid() {
        Customer acme = createOrganization("Acme GmbH");
        Customer ada = customers().create(customers().person("Ada", "Lovelace").worksAt(acme.id(), "CTO").build());
        events.clear();

        assertViolations(() -> customers().update(acme.id(), acme.version(), customers().person("Acme", "Person").build()), "name");
        assertViolations(() -> customers().update(ada.id(), ada.version(), customers().organization("Ada Ltd").build()), "name");

        assertThat(customers().get(acme.id())).isEqualTo(acme);
        assertThat(customers().update(ada, b -> b.tag("still-affiliated")).profile().affiliation()).isPresent();
    }

    @Test
    void update_thatChangesNothing_keepsVersionAndUpdatedAt_andPublishesNothing() {
        Customer ada = customers().create(customers().person("Ada", "Lovelace").tag("vip").build());
        clock.advance(Duration.ofHours(1));
        events.clear();

        Customer same = customers().update(ada, b -> b.tag("vip"));

        assertThat(same).isEqualTo(ada);
        assertThat(customers().get(ada.id()).version()).isZero();
        assertThat(customers().get(ada.id()).updatedAt()).isEqualTo(START);
        assertThat(events.events()).isEmpty();
    }

    // ---- paging --------------------------------------------------------------------------------------------------

    @Test
    void list_pagesByIdAscending_coveringEveryCustomerExactlyOnce() {
        List<CustomerId> ids = IntStream.range(0, 23).mapToObj(i -> createPerson("P" + i, "Person").id()).toList();

        List<Page<Customer>> pages = readAllPages(5);

        assertThat(pages).extracting(p -> p.items().size()).containsExactly(5, 5, 5, 5, 3);
        assertThat(pages.get(pages.size() - 1).hasNext()).isFalse();
        assertThat(flatten(pages)).extracting(Customer::id).containsExactlyElementsOf(ids.stream().sorted().toList());
    }

    @Test
    void list_ofAnEmptyStore_isOneEmptyPage() {
        Page<Customer> page = customers().list(PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void list_withExactlyAFullPage_hasNoNextPage() {
        IntStream.range(0, 4).forEach(i -> createPerson("P" + i, "Person"));

        Page<Customer> page = customers().list(PageRequest.first(4));

        assertThat(page.items()).hasSize(4);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void list_isStableUnderInsertsBetweenPages_noRepeatsNoGaps() {
        List<Customer> original = IntStream.range(0, 20).mapToObj(i -> createPerson("P" + i, "Person")).toList();
        Page<Customer> first = customers().list(PageRequest.first(6));
        List<Customer> inserted = IntStream.range(0, 10).mapToObj(i -> createPerson("N" + i, "Newcomer")).toList();

        List<Customer> rest = new ArrayList<>();
        Optional<PageRequest> next = first.nextRequest(6);
        for (int guard = 0; next.isPresent() && guard < 100; guard++) {
            Page<Customer> page = customers().list(next.get());
            rest.addAll(page.items());
            next = page.nextRequest(6);
        }

        // Keyset paging: the first page is what existed; later pages hold every customer, old or new, whose id is
        // greater than the last id of the first page, in id order.
        CustomerId cursorId = first.items().get(first.items().size() - 1).id();
        List<CustomerId> all = new ArrayList<>();
        original.forEach(c -> all.add(c.id()));
        inserted.forEach(c -> all.add(c.id()));
        List<CustomerId> expectedRest = all.stream().filter(id -> id.compareTo(cursorId) > 0).sorted().toList();
        assertThat(first.items()).extracting(Customer::id)
                .containsExactlyElementsOf(original.stream().map(Customer::id).sorted().limit(6).toList());
        assertThat(rest).extracting(Customer::id).containsExactlyElementsOf(expectedRest);
        List<CustomerId> seen = new ArrayList<>(first.items().stream().map(Customer::id).toList());
        rest.forEach(c -> seen.add(c.id()));
        assertThat(seen).doesNotHaveDuplicates().containsAll(original.stream().map(Customer::id).toList());
    }

    @Test
    void list_withTamperedCursor_isRejected() {
        IntStream.range(0, 3).forEach(i -> createPerson("P" + i, "Person"));
        String token = customers().list(PageRequest.first(1)).next().orElseThrow().token();
        int middle = token.length() / 2;
        char replacement = token.charAt(middle) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, middle) + replacement + token.substring(middle + 1);

        assertFails(ValidationException.class, () -> customers().list(PageRequest.after(Cursor.of(tampered), 1)));
        assertFails(ValidationException.class, () -> customers().list(PageRequest.after(Cursor.of("bm90LWEtY3Vyc29y"), 1)));
        assertFails(ValidationException.class, () -> customers().list(PageRequest.after(Cursor.of("%%%"), 1)));
    }

    @Test
    void list_withACursorOfAnotherQuery_isRejected() {
        Customer ada = createPerson("Ada", "Lovelace");
        for (int i = 0; i < 2; i++) {
            alice.interactions().log(ada.id(), InteractionDetails.of(Channel.NOTE, Direction.INTERNAL, START.minusSeconds(i)));
        }
        Cursor timelineCursor = alice.interactions().timeline(ada.id(), PageRequest.first(1)).next().orElseThrow();

        assertFails(ValidationException.class, () -> customers().list(PageRequest.after(timelineCursor, 1)));
    }

    @Test
    void pageRequest_sizeOutsideOneToMax_isRejected() {
        assertViolations(() -> PageRequest.first(0), "page.size");
        assertViolations(() -> PageRequest.first(PageRequest.MAX_SIZE + 1), "page.size");
    }

    private List<Page<Customer>> readAllPages(int size) {
        List<Page<Customer>> pages = new ArrayList<>();
        Optional<PageRequest> request = Optional.of(PageRequest.first(size));
        while (request.isPresent()) {
            assertThat(pages).as("paging does not end").hasSizeLessThan(1000);
            Page<Customer> page = customers().list(request.get());
            pages.add(page);
            request = page.nextRequest(size);
        }
        return pages;
    }

    private static <T> List<T> flatten(List<Page<T>> pages) {
        return pages.stream().flatMap(p -> p.items().stream()).toList();
    }
}
