package dev.cms.persistence.jpa;

import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Inserts customers and their child rows with JDBC batches, one prepared statement per table, executed every
 * {@link #CHUNK} customers (parents first, for the foreign keys): the rows are those {@link CustomerMapper} fills into
 * a {@link CustomerRow}, so a bulk-inserted customer reads back exactly like one stored through the entity manager.
 * Memory stays bounded by one chunk whatever the number of customers; with PostgreSQL's
 * {@code reWriteBatchedInserts=true} each batch goes over the wire as a few multi-row inserts.
 */
final class CustomerBatchInsert {
    /** Customers per executed batch: large enough to amortise round trips, small enough to keep memory flat. */
    static final int CHUNK = 1_000;

    /** The columns each bulk path writes, per table, in the order the values are bound (or copied). */
    static final String CUSTOMER_COLUMNS = "id, kind, given_name, family_name, organization_name, affiliation_org,"
            + " affiliation_job_title, lifecycle_stage, lead_source, owner_id, birth_date, locale_tag, time_zone,"
            + " preferred_channel, consent_email_state, consent_email_at, consent_email_source, consent_sms_state,"
            + " consent_sms_at, consent_sms_source, consent_phone_state, consent_phone_at, consent_phone_source,"
            + " consent_post_state, consent_post_at, consent_post_source, external_id, email_count, phone_count,"
            + " address_count, tag_count, attribute_count, created_at, updated_at, version, name_lower,"
            + " given_name_lower, family_name_lower, lead_source_lower, owner_lower, birth_month_day";
    static final String EMAIL_COLUMNS = "customer_id, position, email, email_lower, email_domain, label, is_primary,"
            + " email_domain_lower";
    static final String PHONE_COLUMNS = "customer_id, position, e164, label, is_primary";
    static final String ADDRESS_COLUMNS = "customer_id, position, label, line1, line2, line3, line4, city, region,"
            + " postal_code, country_code, city_lower, country_lower";
    static final String TAG_COLUMNS = "customer_id, tag";
    static final String ATTRIBUTE_COLUMNS = "customer_id, attr_key, value_type, text_value, number_value,"
            + " boolean_value, date_value, money_amount, money_currency, text_lower";

    private static final String CUSTOMER = insert("customer", CUSTOMER_COLUMNS, 41);
    private static final String EMAIL = insert("customer_email", EMAIL_COLUMNS, 8);
    private static final String PHONE = insert("customer_phone", PHONE_COLUMNS, 5);
    private static final String ADDRESS = insert("customer_address", ADDRESS_COLUMNS, 13);
    private static final String TAG = insert("customer_tag", TAG_COLUMNS, 2);
    private static final String ATTRIBUTE = insert("customer_attribute", ATTRIBUTE_COLUMNS, 10);

    private CustomerBatchInsert() {
    }

    private static String insert(String table, String columns, int count) {
        return "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(count - 1) + "?)";
    }

    /** {@return the customer's row, as the entity manager would store it (version included)} */
    static CustomerRow row(Customer customer) {
        CustomerRow row = new CustomerRow();
        CustomerMapper.write(customer, row);
        row.version = customer.version();
        return row;
    }

    /** Inserts every customer on the connection, which stays in the caller's transaction. */
    static void insert(Connection connection, List<Customer> customers) throws SQLException {
        try (PreparedStatement customer = connection.prepareStatement(CUSTOMER);
             PreparedStatement email = connection.prepareStatement(EMAIL);
             PreparedStatement phone = connection.prepareStatement(PHONE);
             PreparedStatement address = connection.prepareStatement(ADDRESS);
             PreparedStatement tag = connection.prepareStatement(TAG);
             PreparedStatement attribute = connection.prepareStatement(ATTRIBUTE)) {
            int[] pending = new int[6];
            int inChunk = 0;
            for (Customer c : customers) {
                CustomerRow row = row(c);
                bindCustomer(customer, row);
                customer.addBatch();
                pending[0]++;
                for (int i = 0; i < row.emails.size(); i++) {
                    EmailCell e = row.emails.get(i);
                    email.setObject(1, row.id);
                    email.setInt(2, i);
                    email.setString(3, e.email);
                    email.setString(4, e.emailLower);
                    email.setString(5, e.domain);
                    text(email, 6, e.label);
                    email.setBoolean(7, e.primary);
                    email.setString(8, e.domainLower);
                    email.addBatch();
                    pending[1]++;
                }
                for (int i = 0; i < row.phones.size(); i++) {
                    PhoneCell p = row.phones.get(i);
                    phone.setObject(1, row.id);
                    phone.setInt(2, i);
                    phone.setString(3, p.e164);
                    text(phone, 4, p.label);
                    phone.setBoolean(5, p.primary);
                    phone.addBatch();
                    pending[2]++;
                }
                for (int i = 0; i < row.addresses.size(); i++) {
                    AddressCell a = row.addresses.get(i);
                    address.setObject(1, row.id);
                    address.setInt(2, i);
                    text(address, 3, a.label);
                    text(address, 4, a.line1);
                    text(address, 5, a.line2);
                    text(address, 6, a.line3);
                    text(address, 7, a.line4);
                    text(address, 8, a.city);
                    text(address, 9, a.region);
                    text(address, 10, a.postalCode);
                    address.setString(11, a.countryCode);
                    text(address, 12, a.cityLower);
                    address.setString(13, a.countryLower);
                    address.addBatch();
                    pending[3]++;
                }
                for (String t : row.tags) {
                    tag.setObject(1, row.id);
                    tag.setString(2, t);
                    tag.addBatch();
                    pending[4]++;
                }
                for (Map.Entry<String, AttributeCell> entry : row.attributes.entrySet()) {
                    AttributeCell a = entry.getValue();
                    attribute.setObject(1, row.id);
                    attribute.setString(2, entry.getKey());
                    attribute.setString(3, a.type.name());
                    text(attribute, 4, a.text);
                    attribute.setObject(5, a.number, Types.NUMERIC);
                    attribute.setObject(6, a.bool, Types.BOOLEAN);
                    attribute.setObject(7, a.date, Types.DATE);
                    attribute.setObject(8, a.moneyAmount, Types.NUMERIC);
                    text(attribute, 9, a.moneyCurrency);
                    text(attribute, 10, a.textLower);
                    attribute.addBatch();
                    pending[5]++;
                }
                if (++inChunk == CHUNK) {
                    execute(pending, customer, email, phone, address, tag, attribute);
                    inChunk = 0;
                }
            }
            execute(pending, customer, email, phone, address, tag, attribute);
        }
    }

    private static void bindCustomer(PreparedStatement s, CustomerRow row) throws SQLException {
        s.setObject(1, row.id);
        s.setString(2, row.kind.name());
        text(s, 3, row.givenName);
        text(s, 4, row.familyName);
        text(s, 5, row.organizationName);
        if (row.affiliationOrganization == null) {
            s.setNull(6, Types.OTHER);
        } else {
            s.setObject(6, row.affiliationOrganization);
        }
        text(s, 7, row.affiliationJobTitle);
        s.setString(8, row.lifecycleStage);
        text(s, 9, row.leadSource);
        text(s, 10, row.owner);
        s.setObject(11, row.birthDate, Types.DATE);
        text(s, 12, row.localeTag);
        text(s, 13, row.timeZone);
        text(s, 14, row.preferredChannel == null ? null : row.preferredChannel.name());
        int column = 15;
        for (ContactChannel channel : List.of(ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.PHONE, ContactChannel.POST)) {
            ConsentCell consent = row.consent(channel);
            s.setString(column, consent.state.name());
            instant(s, column + 1, consent.recordedAt);
            text(s, column + 2, consent.source);
            column += 3;
        }
        text(s, 27, row.externalId);
        s.setInt(28, row.emailCount);
        s.setInt(29, row.phoneCount);
        s.setInt(30, row.addressCount);
        s.setInt(31, row.tagCount);
        s.setInt(32, row.attributeCount);
        instant(s, 33, row.createdAt);
        instant(s, 34, row.updatedAt);
        s.setLong(35, row.version);
        s.setString(36, row.nameLower);
        text(s, 37, row.givenNameLower);
        text(s, 38, row.familyNameLower);
        text(s, 39, row.leadSourceLower);
        text(s, 40, row.ownerLower);
        s.setObject(41, row.birthMonthDay, Types.INTEGER);
    }

    private static void text(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    /** Instants go as UTC offset date-times, the java.time type both H2 and PostgreSQL take for timestamptz. */
    private static void instant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    private static void execute(int[] pending, PreparedStatement... statements) throws SQLException {
        for (int i = 0; i < statements.length; i++) {
            if (pending[i] > 0) {
                statements[i].executeBatch();
                pending[i] = 0;
            }
        }
    }
}
