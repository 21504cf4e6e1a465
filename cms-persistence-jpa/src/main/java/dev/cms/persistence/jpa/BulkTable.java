package dev.cms.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table the bulk paths write, with its columns in the order each row gives its values and the SQL type of each, so
 * a value is bound (or copied) the way the column takes it. Built by chaining, one column a call:
 * {@code BulkTable.named("purchase_line").column("purchase_id", UUID).column("position", INTEGER)...}.
 *
 * @param name    the table
 * @param columns its columns, in value order
 */
record BulkTable(String name, List<Column> columns) {
    /** How a column's values are bound and copied: the Java type a row gives and the JDBC type of a null. */
    enum Type {
        /** {@link java.util.UUID}. */
        UUID(java.sql.Types.OTHER),
        /** {@link String}: enumerations go by their {@code name()}. */
        TEXT(java.sql.Types.VARCHAR),
        /** {@link Integer}. */
        INTEGER(java.sql.Types.INTEGER),
        /** {@link Long}. */
        BIGINT(java.sql.Types.BIGINT),
        /** {@link Boolean}. */
        BOOLEAN(java.sql.Types.BOOLEAN),
        /** {@link java.math.BigDecimal}. */
        NUMERIC(java.sql.Types.NUMERIC),
        /** {@link java.time.LocalDate}. */
        DATE(java.sql.Types.DATE),
        /** {@link java.time.Instant}, stored as a timestamp with time zone. */
        TIMESTAMP(java.sql.Types.TIMESTAMP_WITH_TIMEZONE);

        final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }
    }

    /**
     * @param name the column
     * @param type how its values are bound
     */
    record Column(String name, Type type) {
    }

    BulkTable {
        columns = List.copyOf(columns);
    }

    /** {@return a table without columns yet} */
    static BulkTable named(String name) {
        return new BulkTable(name, List.of());
    }

    /** {@return this table with one more column, after the others} */
    BulkTable column(String column, Type type) {
        List<Column> more = new ArrayList<>(columns);
        more.add(new Column(column, type));
        return new BulkTable(name, more);
    }

    /** {@return the column names, comma-separated, as the SQL statements list them} */
    String columnList() {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    /** {@return the insert of one row, every value a parameter} */
    String insertSql() {
        return "insert into " + name + " (" + columnList() + ") values (" + "?, ".repeat(columns.size() - 1) + "?)";
    }

    /** {@return the COPY of rows in text format from the client} */
    String copySql() {
        return "copy " + name + " (" + columnList() + ") from stdin";
    }
}
