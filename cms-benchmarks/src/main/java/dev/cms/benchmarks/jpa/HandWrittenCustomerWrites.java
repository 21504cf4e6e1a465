package dev.cms.benchmarks.jpa;

import dev.cms.core.access.UserId;
import dev.cms.core.customer.Address;
import dev.cms.core.customer.AttributeValue;
import dev.cms.core.customer.Consent;
import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerProfile;
import dev.cms.core.customer.EmailContact;
import dev.cms.core.customer.ExternalId;
import dev.cms.core.customer.OrganizationName;
import dev.cms.core.customer.PersonName;
import dev.cms.core.customer.PhoneContact;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The baselines of {@link BulkImportBenchmark}: the rows the JPA adapter writes for a customer (same tables, same
 * columns, same values), written as a developer would by hand, once as JDBC batches (one prepared statement per table,
 * executed every 1,000 customers, as the adapter does) and once with PostgreSQL's {@code COPY ... FROM STDIN} in text
 * format, one COPY per table every 10,000 customers.
 */
final class HandWrittenCustomerWrites {
    /** A table: its name, its columns and the JDBC type of each (for nulls). */
    private record Table(String name, List<String> columns, int[] types) {
        String insert() {
            return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
                    + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        }

        String copy() {
            return "copy " + name + " (" + String.join(", ", columns) + ") from stdin";
        }
    }

    private static final int V = Types.VARCHAR;
    private static final int U = Types.OTHER;
    private static final int TS = Types.TIMESTAMP_WITH_TIMEZONE;

    private static final Table CUSTOMER = new Table("customer", List.of("id", "kind", "given_name", "family_name",
            "organization_name", "affiliation_org", "affiliation_job_title", "lifecycle_stage", "lead_source", "owner_id",
            "birth_date", "locale_tag", "time_zone", "preferred_channel", "consent_email_state", "consent_email_at",
            "consent_email_source", "consent_sms_state", "consent_sms_at", "consent_sms_source", "consent_phone_state",
            "consent_phone_at", "consent_phone_source", "consent_post_state", "consent_post_at", "consent_post_source",
            "external_id", "email_count", "phone_count", "address_count", "tag_count", "attribute_count", "created_at",
            "updated_at", "version", "name_lower", "given_name_lower", "family_name_lower", "lead_source_lower",
            "owner_lower", "birth_month_day"),
            new int[] {U, V, V, V, V, U, V, V, V, V, Types.DATE, V, V, V, V, TS, V, V, TS, V, V, TS, V, V, TS, V, V,
                Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, TS, TS, Types.BIGINT, V, V, V, V,
                V, Types.INTEGER});
    private static final Table EMAIL = new Table("customer_email", List.of("customer_id", "position", "email",
            "email_lower", "email_domain", "label", "is_primary", "email_domain_lower"),
            new int[] {U, Types.INTEGER, V, V, V, V, Types.BOOLEAN, V});
    private static final Table PHONE = new Table("customer_phone", List.of("customer_id", "position", "e164", "label",
            "is_primary"), new int[] {U, Types.INTEGER, V, V, Types.BOOLEAN});
    private static final Table ADDRESS = new Table("customer_address", List.of("customer_id", "position", "label",
            "line1", "line2", "line3", "line4", "city", "region", "postal_code", "country_code", "city_lower",
            "country_lower"), new int[] {U, Types.INTEGER, V, V, V, V, V, V, V, V, V, V, V});
    private static final Table TAG = new Table("customer_tag", List.of("customer_id", "tag"), new int[] {U, V});
    private static final Table ATTRIBUTE = new Table("customer_attribute", List.of("customer_id", "attr_key",
            "value_type", "text_value", "number_value", "boolean_value", "date_value", "money_amount", "money_currency",
            "text_lower"), new int[] {U, V, V, V, Types.NUMERIC, Types.BOOLEAN, Types.DATE, Types.NUMERIC, V, V});
    private static final List<Table> TABLES = List.of(CUSTOMER, EMAIL, PHONE, ADDRESS, TAG, ATTRIBUTE);

    private static final int CHUNK = 1_000;
    /** Customers per COPY round: ten times the adapter's chunk, so the baseline pays fewer statement round trips. */
    private static final int COPY_CHUNK = 10_000;

    private HandWrittenCustomerWrites() {
    }

    /** Inserts the customers with one JDBC batch per table, executed every {@link #CHUNK} customers; commits. */
    static void jdbcBatch(Connection connection, List<Customer> customers) throws SQLException {
        connection.setAutoCommit(false);
        List<PreparedStatement> statements = new ArrayList<>();
        try {
            for (Table table : TABLES) {
                statements.add(connection.prepareStatement(table.insert()));
            }
            int inChunk = 0;
            for (Customer customer : customers) {
                List<List<Object[]>> rows = rows(customer);
                for (int t = 0; t < TABLES.size(); t++) {
                    PreparedStatement statement = statements.get(t);
                    int[] types = TABLES.get(t).types();
                    for (Object[] row : rows.get(t)) {
                        for (int c = 0; c < row.length; c++) {
                            if (row[c] == null) {
                                statement.setNull(c + 1, types[c]);
                            } else {
                                statement.setObject(c + 1, row[c]);
                            }
                        }
                        statement.addBatch();
                    }
                }
                if (++inChunk == CHUNK) {
                    for (PreparedStatement statement : statements) {
                        statement.executeBatch();
                    }
                    inChunk = 0;
                }
            }
            for (PreparedStatement statement : statements) {
                statement.executeBatch();
            }
            connection.commit();
        } finally {
            for (PreparedStatement statement : statements) {
                statement.close();
            }
        }
    }

    /**
     * Loads the customers with {@code COPY} (text format): each customer's rows are formatted once into one buffer
     * per table, and every {@link #COPY_CHUNK} customers each buffer goes to the server as one COPY; commits.
     */
    static void copy(Connection connection, List<Customer> customers) throws SQLException {
        connection.setAutoCommit(false);
        var copyApi = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder[] buffers = new StringBuilder[TABLES.size()];
        for (int t = 0; t < buffers.length; t++) {
            buffers[t] = new StringBuilder(1 << 20);
        }
        int inChunk = 0;
        for (Customer customer : customers) {
            List<List<Object[]>> rows = rows(customer);
            for (int t = 0; t < buffers.length; t++) {
                for (Object[] row : rows.get(t)) {
                    StringBuilder text = buffers[t];
                    for (int c = 0; c < row.length; c++) {
                        if (c > 0) {
                            text.append('\t');
                        }
                        appendCopyValue(text, row[c]);
                    }
                    text.append('\n');
                }
            }
            if (++inChunk == COPY_CHUNK) {
                send(copyApi, buffers);
                inChunk = 0;
            }
        }
        send(copyApi, buffers);
        connection.commit();
    }

    private static void send(org.postgresql.copy.CopyManager copyApi, StringBuilder[] buffers) throws SQLException {
        for (int t = 0; t < buffers.length; t++) {
            if (buffers[t].length() > 0) {
                CopyIn in = copyApi.copyIn(TABLES.get(t).copy());
                write(in, buffers[t]);
                in.endCopy();
            }
        }
    }

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** COPY's text format: {@code \N} for null, and backslash, tab, newline and carriage return escaped. */
    private static void appendCopyValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof java.math.BigDecimal d) {
            text.append(d.toPlainString());
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        } else {
            text.append(value);
        }
    }

    /** {@return the customer's rows, per table in the order of {@link #TABLES}} */
    private static List<List<Object[]>> rows(Customer customer) {
        CustomerProfile p = customer.profile();
        UUID id = customer.id().value();
        String given = null;
        String family = null;
        String organization = null;
        if (p.name() instanceof PersonName person) {
            given = person.givenName().orElse(null);
            family = person.familyName();
        } else {
            organization = ((OrganizationName) p.name()).name();
        }
        Object[] c = new Object[41];
        c[0] = id;
        c[1] = p.kind().name();
        c[2] = given;
        c[3] = family;
        c[4] = organization;
        c[5] = p.affiliation().map(a -> a.organization().value()).orElse(null);
        c[6] = p.affiliation().flatMap(a -> a.jobTitle()).orElse(null);
        c[7] = p.lifecycleStage().key();
        c[8] = p.leadSource().orElse(null);
        c[9] = p.owner().map(UserId::value).orElse(null);
        c[10] = p.birthDate().orElse(null);
        c[11] = p.locale().map(Locale::toLanguageTag).orElse(null);
        c[12] = p.timeZone().map(z -> z.getId()).orElse(null);
        c[13] = p.preferredChannel().map(Enum::name).orElse(null);
        int column = 14;
        for (ContactChannel channel : List.of(ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.PHONE, ContactChannel.POST)) {
            Consent consent = p.consent(channel);
            c[column] = consent.state().name();
            c[column + 1] = consent.recordedAt().map(HandWrittenCustomerWrites::time).orElse(null);
            c[column + 2] = consent.source().orElse(null);
            column += 3;
        }
        c[26] = p.externalId().map(ExternalId::value).orElse(null);
        c[27] = p.emails().size();
        c[28] = p.phones().size();
        c[29] = p.addresses().size();
        c[30] = p.tags().size();
        c[31] = p.attributes().size();
        c[32] = time(customer.createdAt());
        c[33] = time(customer.updatedAt());
        c[34] = customer.version();
        c[35] = lower(p.name().display());
        c[36] = lower(given);
        c[37] = lower(family);
        c[38] = lower(p.leadSource().orElse(null));
        c[39] = lower(p.owner().map(UserId::value).orElse(null));
        c[40] = p.birthDate().map(d -> d.getMonthValue() * 100 + d.getDayOfMonth()).orElse(null);
        List<Object[]> emails = new ArrayList<>(p.emails().size());
        int position = 0;
        for (EmailContact e : p.emails()) {
            String value = e.email().value();
            emails.add(new Object[] {id, position++, value, value.toLowerCase(Locale.ROOT), e.email().domain(),
                e.label().orElse(null), e.primary(), e.email().domain().toLowerCase(Locale.ROOT)});
        }
        List<Object[]> phones = new ArrayList<>(p.phones().size());
        position = 0;
        for (PhoneContact ph : p.phones()) {
            phones.add(new Object[] {id, position++, ph.phone().e164(), ph.label().orElse(null), ph.primary()});
        }
        List<Object[]> addresses = new ArrayList<>(p.addresses().size());
        position = 0;
        for (Address a : p.addresses()) {
            List<String> lines = a.lines();
            addresses.add(new Object[] {id, position++, a.label().orElse(null), line(lines, 0), line(lines, 1),
                line(lines, 2), line(lines, 3), a.city().orElse(null), a.region().orElse(null),
                a.postalCode().orElse(null), a.countryCode(), lower(a.city().orElse(null)),
                a.countryCode().toLowerCase(Locale.ROOT)});
        }
        List<Object[]> tags = new ArrayList<>(p.tags().size());
        for (String tag : p.tags()) {
            tags.add(new Object[] {id, tag});
        }
        List<Object[]> attributes = new ArrayList<>(p.attributes().size());
        for (Map.Entry<String, AttributeValue> entry : p.attributes().entrySet()) {
            attributes.add(attribute(id, entry.getKey(), entry.getValue()));
        }
        return List.of(List.<Object[]>of(c), emails, phones, addresses, tags, attributes);
    }

    private static Object[] attribute(UUID id, String key, AttributeValue value) {
        Object[] row = {id, key, value.type().name(), null, null, null, null, null, null, null};
        if (value instanceof AttributeValue.Text text) {
            row[3] = text.value();
            row[9] = lower(text.value());
        } else if (value instanceof AttributeValue.Choice choice) {
            row[3] = choice.value();
            row[9] = lower(choice.value());
        } else if (value instanceof AttributeValue.Number number) {
            row[4] = number.value();
        } else if (value instanceof AttributeValue.Bool bool) {
            row[5] = bool.value();
        } else if (value instanceof AttributeValue.Date date) {
            row[6] = date.value();
        } else if (value instanceof AttributeValue.MoneyValue amount) {
            row[7] = amount.value().amount();
            row[8] = amount.value().currency().getCurrencyCode();
        }
        return row;
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String line(List<String> lines, int index) {
        return lines.size() > index ? lines.get(index) : null;
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
