package dev.cms.persistence.jpa;

import static dev.cms.persistence.jpa.BulkTable.Type.BIGINT;
import static dev.cms.persistence.jpa.BulkTable.Type.BOOLEAN;
import static dev.cms.persistence.jpa.BulkTable.Type.DATE;
import static dev.cms.persistence.jpa.BulkTable.Type.INTEGER;
import static dev.cms.persistence.jpa.BulkTable.Type.NUMERIC;
import static dev.cms.persistence.jpa.BulkTable.Type.TEXT;
import static dev.cms.persistence.jpa.BulkTable.Type.TIMESTAMP;
import static dev.cms.persistence.jpa.BulkTable.Type.UUID;

import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A customer's rows for {@link BulkInsert}: those {@link CustomerMapper} fills into a {@link CustomerRow} (V3's
 * lower-case shadow columns included), so a bulk-inserted customer reads back exactly like one stored through the
 * entity manager.
 */
final class CustomerBulkRows extends BulkInsert.Rows<Customer> {
    private static final List<ContactChannel> CONSENT_CHANNELS = List.of(ContactChannel.EMAIL, ContactChannel.SMS,
            ContactChannel.PHONE, ContactChannel.POST);

    static final BulkTable CUSTOMER = consents(BulkTable.named("customer").column("id", UUID).column("kind", TEXT)
            .column("given_name", TEXT).column("family_name", TEXT).column("organization_name", TEXT)
            .column("affiliation_org", UUID).column("affiliation_job_title", TEXT).column("lifecycle_stage", TEXT)
            .column("lead_source", TEXT).column("owner_id", TEXT).column("birth_date", DATE)
            .column("locale_tag", TEXT).column("time_zone", TEXT).column("preferred_channel", TEXT))
            .column("external_id", TEXT).column("email_count", INTEGER).column("phone_count", INTEGER)
            .column("address_count", INTEGER).column("tag_count", INTEGER).column("attribute_count", INTEGER)
            .column("created_at", TIMESTAMP).column("updated_at", TIMESTAMP).column("version", BIGINT)
            .column("name_lower", TEXT).column("given_name_lower", TEXT).column("family_name_lower", TEXT)
            .column("lead_source_lower", TEXT).column("owner_lower", TEXT).column("birth_month_day", INTEGER);
    static final BulkTable EMAIL = BulkTable.named("customer_email").column("customer_id", UUID)
            .column("position", INTEGER).column("email", TEXT).column("email_lower", TEXT).column("email_domain", TEXT)
            .column("label", TEXT).column("is_primary", BOOLEAN).column("email_domain_lower", TEXT);
    static final BulkTable PHONE = BulkTable.named("customer_phone").column("customer_id", UUID)
            .column("position", INTEGER).column("e164", TEXT).column("label", TEXT).column("is_primary", BOOLEAN);
    static final BulkTable ADDRESS = BulkTable.named("customer_address").column("customer_id", UUID)
            .column("position", INTEGER).column("label", TEXT).column("line1", TEXT).column("line2", TEXT)
            .column("line3", TEXT).column("line4", TEXT).column("city", TEXT).column("region", TEXT)
            .column("postal_code", TEXT).column("country_code", TEXT).column("city_lower", TEXT)
            .column("country_lower", TEXT);
    static final BulkTable TAG = BulkTable.named("customer_tag").column("customer_id", UUID).column("tag", TEXT);
    static final BulkTable ATTRIBUTE = BulkTable.named("customer_attribute").column("customer_id", UUID)
            .column("attr_key", TEXT).column("value_type", TEXT).column("text_value", TEXT)
            .column("number_value", NUMERIC).column("boolean_value", BOOLEAN).column("date_value", DATE)
            .column("money_amount", NUMERIC).column("money_currency", TEXT).column("text_lower", TEXT);

    /** The only instance. */
    static final CustomerBulkRows ROWS = new CustomerBulkRows();

    private CustomerBulkRows() {
        super(CUSTOMER, EMAIL, PHONE, ADDRESS, TAG, ATTRIBUTE);
    }

    /** The state, time and source columns of each channel's consent, in {@link #CONSENT_CHANNELS} order. */
    private static BulkTable consents(BulkTable table) {
        BulkTable with = table;
        for (ContactChannel consent : CONSENT_CHANNELS) {
            String channel = consent.name().toLowerCase(Locale.ROOT);
            with = with.column("consent_" + channel + "_state", TEXT).column("consent_" + channel + "_at", TIMESTAMP)
                    .column("consent_" + channel + "_source", TEXT);
        }
        return with;
    }

    @Override
    CustomerRow entity(Customer customer) {
        return JpaCustomers.row(customer);
    }

    @Override
    void write(Customer customer, BulkWriter out) throws SQLException {
        CustomerRow row = entity(customer);
        Object[] c = new Object[CUSTOMER.columns().size()];
        int i = 0;
        c[i++] = row.id;
        c[i++] = row.kind.name();
        c[i++] = row.givenName;
        c[i++] = row.familyName;
        c[i++] = row.organizationName;
        c[i++] = row.affiliationOrganization;
        c[i++] = row.affiliationJobTitle;
        c[i++] = row.lifecycleStage;
        c[i++] = row.leadSource;
        c[i++] = row.owner;
        c[i++] = row.birthDate;
        c[i++] = row.localeTag;
        c[i++] = row.timeZone;
        c[i++] = row.preferredChannel == null ? null : row.preferredChannel.name();
        for (ContactChannel channel : CONSENT_CHANNELS) {
            ConsentCell consent = row.consent(channel);
            c[i++] = consent.state.name();
            c[i++] = consent.recordedAt;
            c[i++] = consent.source;
        }
        c[i++] = row.externalId;
        c[i++] = row.emailCount;
        c[i++] = row.phoneCount;
        c[i++] = row.addressCount;
        c[i++] = row.tagCount;
        c[i++] = row.attributeCount;
        c[i++] = row.createdAt;
        c[i++] = row.updatedAt;
        c[i++] = row.version;
        c[i++] = row.nameLower;
        c[i++] = row.givenNameLower;
        c[i++] = row.familyNameLower;
        c[i++] = row.leadSourceLower;
        c[i++] = row.ownerLower;
        c[i] = row.birthMonthDay;
        out.row(CUSTOMER, c);
        for (int p = 0; p < row.emails.size(); p++) {
            EmailCell e = row.emails.get(p);
            out.row(EMAIL, row.id, p, e.email, e.emailLower, e.domain, e.label, e.primary, e.domainLower);
        }
        for (int p = 0; p < row.phones.size(); p++) {
            PhoneCell ph = row.phones.get(p);
            out.row(PHONE, row.id, p, ph.e164, ph.label, ph.primary);
        }
        for (int p = 0; p < row.addresses.size(); p++) {
            AddressCell a = row.addresses.get(p);
            out.row(ADDRESS, row.id, p, a.label, a.line1, a.line2, a.line3, a.line4, a.city, a.region, a.postalCode,
                    a.countryCode, a.cityLower, a.countryLower);
        }
        for (String tag : row.tags) {
            out.row(TAG, row.id, tag);
        }
        for (Map.Entry<String, AttributeCell> entry : row.attributes.entrySet()) {
            AttributeCell a = entry.getValue();
            out.row(ATTRIBUTE, row.id, entry.getKey(), a.type.name(), a.text, a.number, a.bool, a.date, a.moneyAmount,
                    a.moneyCurrency, a.textLower);
        }
    }
}
