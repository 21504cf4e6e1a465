package dev.cms.persistence.jpa;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.Affiliation;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ConsentState;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerKind;
import dev.cms.core.customer.CustomerName;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.Email;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.LifecycleStage;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.customer.Phone;
import dev.cms.core.customer.PhoneContact;
import dev.cms.core.money.Money;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Maps {@link Customer} to {@link CustomerRow} and back; the domain values revalidate themselves on the way back. */
final class CustomerMapper {
    private CustomerMapper() {
    }

    /** Copies every field of {@code customer} except the version (see {@link Versions}) into {@code row}. */
    static void write(Customer customer, CustomerRow row) {
        CustomerProfile p = customer.profile();
        row.id = customer.id().value();
        row.kind = p.kind();
        if (p.name() instanceof PersonName person) {
            row.givenName = person.givenName().orElse(null);
            row.familyName = person.familyName();
            row.organizationName = null;
        } else {
            row.givenName = null;
            row.familyName = null;
            row.organizationName = ((OrganizationName) p.name()).name();
        }
        row.nameLower = lower(p.name().display());
        row.givenNameLower = lower(row.givenName);
        row.familyNameLower = lower(row.familyName);
        row.affiliationOrganization = p.affiliation().map(a -> a.organization().value()).orElse(null);
        row.affiliationJobTitle = p.affiliation().flatMap(Affiliation::jobTitle).orElse(null);
        row.lifecycleStage = p.lifecycleStage().key();
        row.leadSource = p.leadSource().orElse(null);
        row.owner = p.owner().map(UserId::value).orElse(null);
        row.birthDate = p.birthDate().orElse(null);
        row.birthMonthDay = row.birthDate == null ? null : row.birthDate.getMonthValue() * 100 + row.birthDate.getDayOfMonth();
        row.leadSourceLower = lower(row.leadSource);
        row.ownerLower = lower(row.owner);
        row.localeTag = p.locale().map(Locale::toLanguageTag).orElse(null);
        row.timeZone = p.timeZone().map(ZoneId::getId).orElse(null);
        row.preferredChannel = p.preferredChannel().orElse(null);
        for (ContactChannel channel : ContactChannel.values()) {
            Consent consent = p.consent(channel);
            ConsentCell cell = new ConsentCell(consent.state(), consent.recordedAt().orElse(null), consent.source().orElse(null));
            if (!cell.equals(row.consent(channel))) {
                row.consent(channel, cell);
            }
        }
        row.externalId = p.externalId().map(ExternalId::value).orElse(null);
        row.createdAt = customer.createdAt();
        row.updatedAt = customer.updatedAt();
        Collections2.sync(row.emails, row.emailCount, p.emails().stream().map(CustomerMapper::cell).toList());
        Collections2.sync(row.phones, row.phoneCount, p.phones().stream()
                .map(c -> new PhoneCell(c.phone().e164(), c.label().orElse(null), c.primary())).toList());
        Collections2.sync(row.addresses, row.addressCount, p.addresses().stream().map(CustomerMapper::cell).toList());
        Collections2.sync(row.tags, row.tagCount, p.tags());
        Map<String, AttributeCell> attributes = new HashMap<>();
        p.attributes().forEach((key, value) -> attributes.put(key, cell(value)));
        Collections2.sync(row.attributes, row.attributeCount, attributes);
        row.emailCount = p.emails().size();
        row.phoneCount = p.phones().size();
        row.addressCount = p.addresses().size();
        row.tagCount = p.tags().size();
        row.attributeCount = p.attributes().size();
    }

    /**
     * {@return the text lower-cased as the core's rules compare text ({@code toLowerCase(Locale.ROOT)}), or null};
     * the shadow columns hold it so that queries never depend on the database's {@code lower()}
     */
    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    static Customer read(CustomerRow row) {
        CustomerName name = row.kind == CustomerKind.PERSON
                ? new PersonName(Optional.ofNullable(row.givenName), row.familyName)
                : new OrganizationName(row.organizationName);
        List<EmailContact> emails = new ArrayList<>();
        for (EmailCell e : Collections2.read(row.emails, row.emailCount)) {
            emails.add(new EmailContact(Email.of(e.email), Optional.ofNullable(e.label), e.primary));
        }
        List<PhoneContact> phones = new ArrayList<>();
        for (PhoneCell ph : Collections2.read(row.phones, row.phoneCount)) {
            phones.add(new PhoneContact(new Phone(ph.e164), Optional.ofNullable(ph.label), ph.primary));
        }
        List<Address> addresses = new ArrayList<>();
        for (AddressCell a : Collections2.read(row.addresses, row.addressCount)) {
            List<String> lines = new ArrayList<>(4);
            for (String line : new String[] {a.line1, a.line2, a.line3, a.line4}) {
                if (line != null) {
                    lines.add(line);
                }
            }
            addresses.add(new Address(Optional.ofNullable(a.label), lines, Optional.ofNullable(a.city),
                    Optional.ofNullable(a.region), Optional.ofNullable(a.postalCode), a.countryCode));
        }
        Map<ContactChannel, Consent> consents = new EnumMap<>(ContactChannel.class);
        for (ContactChannel channel : ContactChannel.values()) {
            ConsentCell c = row.consent(channel);
            if (c != null && c.state != ConsentState.UNKNOWN) {
                consents.put(channel, new Consent(c.state, Optional.ofNullable(c.recordedAt), Optional.ofNullable(c.source)));
            }
        }
        Map<String, AttributeValue> attributes = new HashMap<>();
        if (row.attributeCount > 0) {
            row.attributes.forEach((key, cell) -> attributes.put(key, value(cell)));
        }
        CustomerProfile profile = new CustomerProfile(name, emails, phones, addresses,
                Optional.ofNullable(row.affiliationOrganization)
                        .map(org -> new Affiliation(CustomerId.of(org), Optional.ofNullable(row.affiliationJobTitle))),
                LifecycleStage.of(row.lifecycleStage), Optional.ofNullable(row.leadSource),
                Optional.ofNullable(row.owner).map(UserId::of), row.tagCount == 0 ? new TreeSet<>() : new TreeSet<>(row.tags), Optional.ofNullable(row.birthDate),
                Optional.ofNullable(row.localeTag).map(Locale::forLanguageTag), Optional.ofNullable(row.timeZone).map(ZoneId::of),
                Optional.ofNullable(row.preferredChannel), consents, Optional.ofNullable(row.externalId).map(ExternalId::of),
                attributes);
        return new Customer(CustomerId.of(row.id), profile, row.createdAt, row.updatedAt, row.version);
    }

    private static EmailCell cell(EmailContact contact) {
        Email email = contact.email();
        return new EmailCell(email.value(), email.value().toLowerCase(Locale.ROOT), email.domain(),
                contact.label().orElse(null), contact.primary());
    }

    private static AddressCell cell(Address address) {
        AddressCell cell = new AddressCell();
        cell.label = address.label().orElse(null);
        List<String> lines = address.lines();
        cell.line1 = lines.size() > 0 ? lines.get(0) : null;
        cell.line2 = lines.size() > 1 ? lines.get(1) : null;
        cell.line3 = lines.size() > 2 ? lines.get(2) : null;
        cell.line4 = lines.size() > 3 ? lines.get(3) : null;
        cell.city = address.city().orElse(null);
        cell.cityLower = lower(cell.city);
        cell.region = address.region().orElse(null);
        cell.postalCode = address.postalCode().orElse(null);
        cell.countryCode = address.countryCode();
        cell.countryLower = lower(cell.countryCode);
        return cell;
    }

    private static AttributeCell cell(AttributeValue value) {
        AttributeCell cell = new AttributeCell();
        cell.type = value.type();
        if (value instanceof AttributeValue.Text text) {
            cell.text = text.value();
            cell.textLower = lower(cell.text);
        } else if (value instanceof AttributeValue.Choice choice) {
            cell.text = choice.value();
            cell.textLower = lower(cell.text);
        } else if (value instanceof AttributeValue.Number number) {
            cell.number = number.value();
        } else if (value instanceof AttributeValue.Bool bool) {
            cell.bool = bool.value();
        } else if (value instanceof AttributeValue.Date date) {
            cell.date = date.value();
        } else if (value instanceof AttributeValue.MoneyValue money) {
            cell.moneyAmount = money.value().amount();
            cell.moneyCurrency = money.value().currency().getCurrencyCode();
        } else {
            throw new IllegalArgumentException("unknown attribute value " + value.getClass());
        }
        return cell;
    }

    private static AttributeValue value(AttributeCell cell) {
        return switch (cell.type) {
            case TEXT -> AttributeValue.text(cell.text);
            case ENUMERATION -> AttributeValue.choice(cell.text);
            case NUMBER -> AttributeValue.number(cell.number);
            case BOOLEAN -> AttributeValue.bool(cell.bool);
            case DATE -> AttributeValue.date(cell.date);
            case MONEY -> AttributeValue.money(Money.of(cell.moneyAmount, Money.currency(cell.moneyCurrency)));
        };
    }
}
