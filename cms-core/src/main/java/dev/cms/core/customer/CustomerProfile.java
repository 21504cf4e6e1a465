package dev.cms.core.customer;

import dev.cms.core.ValidationException;
import dev.cms.core.access.UserId;
import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything about a customer that a user edits: name (which fixes person or organization), contact points, lifecycle
 * stage, owner, tags, consents, external id and custom attributes. A {@link Customer} is a stored profile plus its id,
 * timestamps and version. Build one with {@link #person(String, String)} or {@link #organization(String)}; change one
 * with {@link #toBuilder()}.
 *
 * <p>The constructor checks every structural rule and reports all violations at once with their paths. Custom
 * attribute values are checked against their {@link AttributeDefinition}s by {@link CustomerService} when the profile
 * is saved.
 *
 * @param name             person or organization name
 * @param emails           e-mail addresses; exactly one is primary when there are any
 * @param phones           telephone numbers; exactly one is primary when there are any
 * @param addresses        postal addresses
 * @param affiliation      for a person, the organization they work for
 * @param lifecycleStage   funnel stage
 * @param leadSource       where the customer came from, such as {@code "webinar"}
 * @param owner            the user responsible for the customer
 * @param tags             free-form labels, sorted, compared case-sensitively
 * @param birthDate        date of birth
 * @param locale           preferred language and region
 * @param timeZone         the customer's time zone
 * @param preferredChannel how the customer prefers to be contacted
 * @param consents         consent per channel; channels not present are {@link ConsentState#UNKNOWN}
 * @param externalId       id in another system, unique across customers
 * @param attributes       custom attribute values by key, sorted by key
 */
public record CustomerProfile(
        CustomerName name,
        List<EmailContact> emails,
        List<PhoneContact> phones,
        List<Address> addresses,
        Optional<Affiliation> affiliation,
        LifecycleStage lifecycleStage,
        Optional<String> leadSource,
        Optional<UserId> owner,
        Set<String> tags,
        Optional<LocalDate> birthDate,
        Optional<Locale> locale,
        Optional<ZoneId> timeZone,
        Optional<ContactChannel> preferredChannel,
        Map<ContactChannel, Consent> consents,
        Optional<ExternalId> externalId,
        Map<String, AttributeValue> attributes) {

    /** At most this many tags per customer. */
    public static final int MAX_TAGS = 100;

    /**
     * Checks every structural rule.
     *
     * @param name             person or organization name
     * @param emails           e-mail addresses; exactly one is primary when there are any
     * @param phones           telephone numbers; exactly one is primary when there are any
     * @param addresses        postal addresses
     * @param affiliation      for a person, the organization they work for
     * @param lifecycleStage   funnel stage
     * @param leadSource       where the customer came from, such as {@code "webinar"}
     * @param owner            the user responsible for the customer
     * @param tags             free-form labels, sorted, compared case-sensitively
     * @param birthDate        date of birth
     * @param locale           preferred language and region
     * @param timeZone         the customer's time zone
     * @param preferredChannel how the customer prefers to be contacted
     * @param consents         consent per channel; channels not present are {@link ConsentState#UNKNOWN}
     * @param externalId       id in another system, unique across customers
     * @param attributes       custom attribute values by key, sorted by key
     * @throws ValidationException listing every violated rule with its path
     */
    public CustomerProfile {
        Violations v = new Violations();
        v.require(name != null, "name", null, "is required");
        Objects.requireNonNull(emails, "emails");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(addresses, "addresses");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(preferredChannel, "preferredChannel");
        Objects.requireNonNull(externalId, "externalId");
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        addresses = List.copyOf(addresses);
        checkPrimary(v, "emails", emails.stream().map(EmailContact::primary).toList());
        checkPrimary(v, "phones", phones.stream().map(PhoneContact::primary).toList());
        checkUnique(v, "emails", emails.stream().map(e -> e.email().value().toLowerCase(Locale.ROOT)).toList());
        checkUnique(v, "phones", phones.stream().map(p -> p.phone().e164()).toList());
        v.require(emails.size() <= 20, "emails", emails.size(), "at most 20 e-mail addresses");
        v.require(phones.size() <= 20, "phones", phones.size(), "at most 20 phone numbers");
        v.require(addresses.size() <= 20, "addresses", addresses.size(), "at most 20 addresses");
        v.require(affiliation.isEmpty() || name == null || name.kind() == CustomerKind.PERSON, "affiliation",
                affiliation.map(a -> a.organization().toString()).orElse(null), "only a person can be affiliated with an organization");
        v.require(lifecycleStage != null, "lifecycleStage", null, "is required");
        leadSource = v.optionalLine("leadSource", leadSource, 100);
        tags = checkTags(v, tags);
        birthDate.ifPresent(d -> v.require(d.getYear() >= 1 && d.getYear() <= 9999, "birthDate", d, "must lie between years 1 and 9999"));
        locale.ifPresent(l -> v.require(!l.getLanguage().isEmpty(), "locale", l, "must name a language, such as de-AT"));
        Objects.requireNonNull(consents, "consents");
        EnumMap<ContactChannel, Consent> consentCopy = new EnumMap<>(ContactChannel.class);
        consents.forEach((channel, consent) -> {
            Objects.requireNonNull(channel, "consents key");
            Objects.requireNonNull(consent, "consents value");
            if (consent.state() != ConsentState.UNKNOWN) {
                consentCopy.put(channel, consent);
            }
        });
        consents = Collections.unmodifiableMap(consentCopy);
        Objects.requireNonNull(attributes, "attributes");
        SortedMap<String, AttributeValue> attributeCopy = new TreeMap<>();
        attributes.forEach((key, value) -> {
            Objects.requireNonNull(key, "attributes key");
            Objects.requireNonNull(value, "attributes value");
            attributeCopy.put(key, value);
        });
        attributes = Collections.unmodifiableSortedMap(attributeCopy);
        v.throwIfAny();
    }

    private static void checkPrimary(Violations v, String path, List<Boolean> primaries) {
        long count = primaries.stream().filter(p -> p).count();
        if (!primaries.isEmpty() && count != 1) {
            v.add(path, count + " primary", "exactly one entry must be primary, found " + count);
        }
    }

    private static void checkUnique(Violations v, String path, List<String> values) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                v.add(path + "[" + i + "]", values.get(i), "is listed twice");
            }
        }
    }

    private static Set<String> checkTags(Violations v, Set<String> tags) {
        Objects.requireNonNull(tags, "tags");
        SortedSet<String> checked = new TreeSet<>();
        for (String tag : tags) {
            String t = v.line("tags", tag, 64);
            if (t != null) {
                checked.add(t);
            }
        }
        v.require(checked.size() <= MAX_TAGS, "tags", checked.size(), "at most " + MAX_TAGS + " tags");
        return Collections.unmodifiableSortedSet(checked);
    }

    /**
     * {@return a builder for a person, stage {@link LifecycleStage#LEAD}}
     *
     * @param givenName  first name(s); blank means none
     * @param familyName last name
     */
    public static Builder person(String givenName, String familyName) {
        return new Builder(Optional.ofNullable(givenName).filter(g -> !g.isBlank()), familyName);
    }

    /**
     * {@return a builder for an organization, stage {@link LifecycleStage#LEAD}}
     *
     * @param name the organization's name
     */
    public static Builder organization(String name) {
        return new Builder(name);
    }

    /** {@return a builder holding this profile's values} */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** {@return whether this is a person or an organization} */
    public CustomerKind kind() {
        return name.kind();
    }

    /** {@return the primary e-mail address, if any} */
    public Optional<Email> primaryEmail() {
        return emails.stream().filter(EmailContact::primary).map(EmailContact::email).findFirst();
    }

    /** {@return the primary phone number, if any} */
    public Optional<Phone> primaryPhone() {
        return phones.stream().filter(PhoneContact::primary).map(PhoneContact::phone).findFirst();
    }

    /**
     * {@return the consent for it, {@link Consent#unknown()} if none was recorded}
     *
     * @param channel a contact channel
     */
    public Consent consent(ContactChannel channel) {
        return consents.getOrDefault(channel, Consent.unknown());
    }

    /**
     * Assembles a {@link CustomerProfile}. Raw e-mail and phone text is parsed as it is added; problems are collected
     * and reported together by {@link #build()}, each with its path ({@code emails[1].email}), so a form can show
     * every error at once.
     */
    public static final class Builder {
        private CustomerName name;
        private final List<ValidationException> pending = new ArrayList<>();
        private final List<EmailContact> emails = new ArrayList<>();
        private final List<PhoneContact> phones = new ArrayList<>();
        private final List<Address> addresses = new ArrayList<>();
        private Optional<Affiliation> affiliation = Optional.empty();
        private LifecycleStage lifecycleStage = LifecycleStage.LEAD;
        private Optional<String> leadSource = Optional.empty();
        private Optional<UserId> owner = Optional.empty();
        private final Set<String> tags = new TreeSet<>();
        private Optional<LocalDate> birthDate = Optional.empty();
        private Optional<Locale> locale = Optional.empty();
        private Optional<ZoneId> timeZone = Optional.empty();
        private Optional<ContactChannel> preferredChannel = Optional.empty();
        private final Map<ContactChannel, Consent> consents = new EnumMap<>(ContactChannel.class);
        private Optional<ExternalId> externalId = Optional.empty();
        private final Map<String, AttributeValue> attributes = new TreeMap<>();
        private String phoneRegion = "ZZ";
        private int emailInputs;
        private int phoneInputs;

        private Builder(Optional<String> givenName, String familyName) {
            this.name = nested("name", () -> new PersonName(givenName, familyName));
        }

        private Builder(String organizationName) {
            this.name = nested("name", () -> new OrganizationName(organizationName));
        }

        private Builder(CustomerProfile p) {
            name = p.name;
            emails.addAll(p.emails);
            emailInputs = p.emails.size();
            phoneInputs = p.phones.size();
            phones.addAll(p.phones);
            addresses.addAll(p.addresses);
            affiliation = p.affiliation;
            lifecycleStage = p.lifecycleStage;
            leadSource = p.leadSource;
            owner = p.owner;
            tags.addAll(p.tags);
            birthDate = p.birthDate;
            locale = p.locale;
            timeZone = p.timeZone;
            preferredChannel = p.preferredChannel;
            consents.putAll(p.consents);
            externalId = p.externalId;
            attributes.putAll(p.attributes);
        }

        /** Runs {@code step}; keeps its violations with their own paths nested under {@code prefix}. */
        private <T> T nested(String prefix, java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (ValidationException e) {
                pending.add(new ValidationException(e.violations().stream().map(violation -> violation.under(prefix)).toList()));
                return null;
            }
        }

        /** Runs {@code step}; reports its violations at {@code path}, the field the caller set. */
        private <T> T capture(String path, java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (ValidationException e) {
                pending.add(new ValidationException(e.violations().stream()
                        .map(violation -> new dev.cms.core.Violation(path, violation.rejectedValue(), violation.reason()))
                        .toList()));
                return null;
            }
        }

        /**
         * Sets the region used to read national phone numbers added after this call.
         *
         * @param region ISO 3166 alpha-2 code such as {@code "DE"}; {@code "ZZ"} (the default) requires the
         *               international form
         * @return this builder
         */
        public Builder phoneRegion(String region) {
            this.phoneRegion = Objects.requireNonNull(region, "region");
            return this;
        }

        /**
         * Adds an e-mail address; the first one added becomes the primary one.
         *
         * @param address the address text
         * @return this builder
         */
        public Builder email(String address) {
            return email(address, Optional.empty());
        }

        /**
         * Adds a labelled e-mail address; the first one added becomes the primary one.
         *
         * @param address the address text
         * @param label   what it is for, such as {@code "work"}
         * @return this builder
         */
        public Builder email(String address, String label) {
            return email(address, Optional.of(label));
        }

        private Builder email(String address, Optional<String> label) {
            String path = "emails[" + emailInputs++ + "]";
            Email email = capture(path + ".email", () -> Email.of(address));
            Optional<String> checkedLabel = capture(path + ".label", () -> Checks.optionalLine("label", label, 50));
            if (email != null && checkedLabel != null) {
                emails.add(new EmailContact(email, checkedLabel, emails.isEmpty()));
            }
            return this;
        }

        /**
         * Makes an address already added the primary one.
         *
         * @param address an address added before
         * @return this builder
         */
        public Builder primaryEmail(String address) {
            Email email = capture("primaryEmail", () -> Email.of(address));
            if (email != null) {
                if (emails.stream().noneMatch(e -> e.email().equals(email))) {
                    pending.add(ValidationException.of("primaryEmail", address, "is not one of the customer's e-mail addresses"));
                } else {
                    emails.replaceAll(e -> new EmailContact(e.email(), e.label(), e.email().equals(email)));
                }
            }
            return this;
        }

        /** {@return this builder with every e-mail address removed} */
        public Builder clearEmails() {
            emails.clear();
            emailInputs = 0;
            return this;
        }

        /**
         * Adds a phone number, read with the {@link #phoneRegion(String)}; the first one added becomes primary.
         *
         * @param number the number as typed
         * @return this builder
         */
        public Builder phone(String number) {
            return phone(number, Optional.empty());
        }

        /**
         * Adds a labelled phone number; the first one added becomes primary.
         *
         * @param number the number as typed
         * @param label  what it is for, such as {@code "mobile"}
         * @return this builder
         */
        public Builder phone(String number, String label) {
            return phone(number, Optional.of(label));
        }

        private Builder phone(String number, Optional<String> label) {
            String path = "phones[" + phoneInputs++ + "]";
            String region = phoneRegion;
            Phone phone = capture(path + ".phone", () -> Phone.parse(number, region));
            Optional<String> checkedLabel = capture(path + ".label", () -> Checks.optionalLine("label", label, 50));
            if (phone != null && checkedLabel != null) {
                phones.add(new PhoneContact(phone, checkedLabel, phones.isEmpty()));
            }
            return this;
        }

        /** {@return this builder with every phone number removed} */
        public Builder clearPhones() {
            phones.clear();
            phoneInputs = 0;
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param address a postal address
         */
        public Builder address(Address address) {
            addresses.add(Objects.requireNonNull(address, "address"));
            return this;
        }

        /** {@return this builder with every postal address removed} */
        public Builder clearAddresses() {
            addresses.clear();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param organization the organization customer the person works for
         * @param jobTitle     their title
         */
        public Builder worksAt(CustomerId organization, String jobTitle) {
            affiliation = Optional.ofNullable(nested("affiliation", () -> new Affiliation(organization, Optional.ofNullable(jobTitle))));
            return this;
        }

        /** {@return this builder without an affiliation} */
        public Builder noAffiliation() {
            affiliation = Optional.empty();
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param stage lifecycle stage
         */
        public Builder stage(LifecycleStage stage) {
            lifecycleStage = Objects.requireNonNull(stage, "stage");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param source where the customer came from
         */
        public Builder leadSource(String source) {
            leadSource = Optional.of(source);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param user the responsible user, or empty for none
         */
        public Builder owner(Optional<UserId> user) {
            owner = Objects.requireNonNull(user, "user");
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param user the responsible user
         */
        public Builder owner(UserId user) {
            return owner(Optional.of(user));
        }

        /**
         * {@return this builder}
         *
         * @param newTags tags to add
         */
        public Builder tag(String... newTags) {
            tags.addAll(List.of(newTags));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param tag tag to remove
         */
        public Builder untag(String tag) {
            tags.remove(tag);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param date date of birth
         */
        public Builder birthDate(LocalDate date) {
            birthDate = Optional.of(date);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param value preferred language and region
         */
        public Builder locale(Locale value) {
            locale = Optional.of(value);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param zone the customer's time zone
         */
        public Builder timeZone(ZoneId zone) {
            timeZone = Optional.of(zone);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param channel preferred contact channel
         */
        public Builder preferredChannel(ContactChannel channel) {
            preferredChannel = Optional.of(channel);
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param channel channel the consent is for
         * @param consent the consent; {@link Consent#unknown()} removes a recorded one
         */
        public Builder consent(ContactChannel channel, Consent consent) {
            consents.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(consent, "consent"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param channel channel the consent is for
         * @param at      when the customer agreed
         * @param source  where
         */
        public Builder consentGranted(ContactChannel channel, Instant at, String source) {
            Consent consent = capture("consents." + channel, () -> Consent.granted(at, source));
            if (consent != null) {
                consents.put(channel, consent);
            }
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param id the customer's id in another system
         */
        public Builder externalId(String id) {
            externalId = Optional.ofNullable(capture("externalId", () -> ExternalId.of(id)));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param key   a declared attribute key
         * @param value its value
         */
        public Builder attribute(String key, AttributeValue value) {
            attributes.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * {@return this builder}
         *
         * @param key attribute key to remove
         */
        public Builder removeAttribute(String key) {
            attributes.remove(key);
            return this;
        }

        /**
         * {@return the profile}
         *
         * @throws ValidationException listing every problem found while building
         */
        public CustomerProfile build() {
            Violations v = new Violations();
            pending.forEach(v::addAll);
            CustomerProfile profile = null;
            try {
                CustomerName effectiveName = name != null ? name : new OrganizationName("placeholder");
                profile = new CustomerProfile(effectiveName, emails, phones, addresses,
                        name != null ? affiliation : Optional.empty(), lifecycleStage, leadSource, owner, tags, birthDate,
                        locale, timeZone, preferredChannel, consents, externalId, attributes);
            } catch (ValidationException e) {
                v.addAll(e);
            }
            v.throwIfAny();
            return profile;
        }
    }
}
