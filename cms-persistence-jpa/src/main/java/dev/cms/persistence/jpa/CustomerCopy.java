package dev.cms.persistence.jpa;

import dev.cms.core.customer.ContactChannel;
import dev.cms.core.customer.Customer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads customers into PostgreSQL with {@code COPY ... FROM STDIN} (text format) on the transaction's connection: per
 * chunk of {@link CustomerBatchInsert#CHUNK} customers, the rows {@link CustomerMapper} fills into a
 * {@link CustomerRow} are formatted once into one buffer per table, then sent as one COPY per table, parents first.
 * The driver's copy API is reached reflectively (the adapter does not compile against the PostgreSQL driver); when
 * the connection is no PostgreSQL connection, or the driver is not reachable, {@link #of} is empty and the caller
 * uses JDBC batches. A duplicate id or external id fails the COPY with the same unique-violation error (constraint
 * name included) as an insert would, so conflicts are reported the same way.
 */
final class CustomerCopy {
    private static final String[] TABLES = {"customer", "customer_email", "customer_phone", "customer_address",
        "customer_tag", "customer_attribute"};
    private static final String[] COLUMNS = {CustomerBatchInsert.CUSTOMER_COLUMNS, CustomerBatchInsert.EMAIL_COLUMNS,
        CustomerBatchInsert.PHONE_COLUMNS, CustomerBatchInsert.ADDRESS_COLUMNS, CustomerBatchInsert.TAG_COLUMNS,
        CustomerBatchInsert.ATTRIBUTE_COLUMNS};

    private final Object copyManager;
    private final Method copyIn;
    private final Method writeToCopy;
    private final Method endCopy;
    private final Method cancelCopy;
    private final Method isActive;

    private CustomerCopy(Object copyManager, Method copyIn, Method writeToCopy, Method endCopy, Method cancelCopy,
                         Method isActive) {
        this.copyManager = copyManager;
        this.copyIn = copyIn;
        this.writeToCopy = writeToCopy;
        this.endCopy = endCopy;
        this.cancelCopy = cancelCopy;
        this.isActive = isActive;
    }

    /** {@return the copy path over the connection, or empty when it is not a reachable PostgreSQL connection} */
    static Optional<CustomerCopy> of(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        try {
            ClassLoader loader = CustomerCopy.class.getClassLoader();
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", false, loader);
            Class<?> manager = Class.forName("org.postgresql.copy.CopyManager", false, loader);
            Class<?> in = Class.forName("org.postgresql.copy.CopyIn", false, loader);
            Class<?> operation = Class.forName("org.postgresql.copy.CopyOperation", false, loader);
            if (!connection.isWrapperFor(pgConnection)) {
                return Optional.empty();
            }
            Object pg = connection.unwrap(pgConnection);
            Object copyManager = pgConnection.getMethod("getCopyAPI").invoke(pg);
            return Optional.of(new CustomerCopy(copyManager, manager.getMethod("copyIn", String.class),
                    in.getMethod("writeToCopy", byte[].class, int.class, int.class), in.getMethod("endCopy"),
                    operation.getMethod("cancelCopy"), operation.getMethod("isActive")));
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Copies every customer and its child rows; the connection stays in the caller's transaction. */
    void insert(List<Customer> customers) throws SQLException {
        StringBuilder[] buffers = new StringBuilder[TABLES.length];
        for (int t = 0; t < buffers.length; t++) {
            buffers[t] = new StringBuilder(t == 0 ? 1 << 19 : 1 << 16);
        }
        int inChunk = 0;
        for (Customer customer : customers) {
            format(CustomerBatchInsert.row(customer), buffers);
            if (++inChunk == CustomerBatchInsert.CHUNK) {
                send(buffers);
                inChunk = 0;
            }
        }
        send(buffers);
    }

    private void send(StringBuilder[] buffers) throws SQLException {
        for (int t = 0; t < buffers.length; t++) {
            if (buffers[t].length() == 0) {
                continue;
            }
            byte[] bytes = buffers[t].toString().getBytes(StandardCharsets.UTF_8);
            buffers[t].setLength(0);
            Object in = call(copyIn, copyManager, "copy " + TABLES[t] + " (" + COLUMNS[t] + ") from stdin");
            try {
                call(writeToCopy, in, bytes, 0, bytes.length);
                call(endCopy, in);
            } catch (SQLException | RuntimeException e) {
                try {
                    if (Boolean.TRUE.equals(call(isActive, in))) {
                        call(cancelCopy, in);
                    }
                } catch (SQLException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    private static Object call(Method method, Object target, Object... args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SQLException("COPY failed: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new SQLException("the PostgreSQL driver's copy API is not accessible: " + e.getMessage(), e);
        }
    }

    private static void format(CustomerRow row, StringBuilder[] out) {
        UUID id = row.id;
        StringBuilder c = out[0];
        value(c, id).append('\t').append(row.kind.name());
        tab(c, row.givenName);
        tab(c, row.familyName);
        tab(c, row.organizationName);
        tab(c, row.affiliationOrganization);
        tab(c, row.affiliationJobTitle);
        tab(c, row.lifecycleStage);
        tab(c, row.leadSource);
        tab(c, row.owner);
        tab(c, row.birthDate);
        tab(c, row.localeTag);
        tab(c, row.timeZone);
        tab(c, row.preferredChannel == null ? null : row.preferredChannel.name());
        for (ContactChannel channel : List.of(ContactChannel.EMAIL, ContactChannel.SMS, ContactChannel.PHONE, ContactChannel.POST)) {
            ConsentCell consent = row.consent(channel);
            tab(c, consent.state.name());
            tab(c, consent.recordedAt);
            tab(c, consent.source);
        }
        tab(c, row.externalId);
        c.append('\t').append(row.emailCount).append('\t').append(row.phoneCount).append('\t').append(row.addressCount)
                .append('\t').append(row.tagCount).append('\t').append(row.attributeCount);
        tab(c, row.createdAt);
        tab(c, row.updatedAt);
        c.append('\t').append(row.version);
        tab(c, row.nameLower);
        tab(c, row.givenNameLower);
        tab(c, row.familyNameLower);
        tab(c, row.leadSourceLower);
        tab(c, row.ownerLower);
        tab(c, row.birthMonthDay).append('\n');
        for (int i = 0; i < row.emails.size(); i++) {
            EmailCell e = row.emails.get(i);
            StringBuilder b = value(out[1], id).append('\t').append(i);
            tab(b, e.email);
            tab(b, e.emailLower);
            tab(b, e.domain);
            tab(b, e.label);
            tab(b, e.primary);
            tab(b, e.domainLower).append('\n');
        }
        for (int i = 0; i < row.phones.size(); i++) {
            PhoneCell p = row.phones.get(i);
            StringBuilder b = value(out[2], id).append('\t').append(i);
            tab(b, p.e164);
            tab(b, p.label);
            tab(b, p.primary).append('\n');
        }
        for (int i = 0; i < row.addresses.size(); i++) {
            AddressCell a = row.addresses.get(i);
            StringBuilder b = value(out[3], id).append('\t').append(i);
            tab(b, a.label);
            tab(b, a.line1);
            tab(b, a.line2);
            tab(b, a.line3);
            tab(b, a.line4);
            tab(b, a.city);
            tab(b, a.region);
            tab(b, a.postalCode);
            tab(b, a.countryCode);
            tab(b, a.cityLower);
            tab(b, a.countryLower).append('\n');
        }
        for (String tag : row.tags) {
            tab(value(out[4], id), tag).append('\n');
        }
        for (Map.Entry<String, AttributeCell> entry : row.attributes.entrySet()) {
            AttributeCell a = entry.getValue();
            StringBuilder b = value(out[5], id);
            tab(b, entry.getKey());
            tab(b, a.type.name());
            tab(b, a.text);
            tab(b, a.number);
            tab(b, a.bool);
            tab(b, a.date);
            tab(b, a.moneyAmount);
            tab(b, a.moneyCurrency);
            tab(b, a.textLower).append('\n');
        }
    }

    private static StringBuilder tab(StringBuilder out, Object value) {
        return value(out.append('\t'), value);
    }

    /**
     * Appends a value in COPY's text format: {@code \N} for null, booleans as t/f, numbers in plain notation,
     * instants in ISO 8601 (UTC), and in text the backslash, tab, line feed and carriage return escaped.
     */
    private static StringBuilder value(StringBuilder out, Object value) {
        if (value == null) {
            return out.append("\\N");
        }
        if (value instanceof Boolean b) {
            return out.append(b ? 't' : 'f');
        }
        if (value instanceof BigDecimal d) {
            return out.append(d.toPlainString());
        }
        if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
            return out;
        }
        return out.append(value);
    }
}
