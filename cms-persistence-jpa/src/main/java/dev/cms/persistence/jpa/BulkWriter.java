package dev.cms.persistence.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Writes the rows of a bulk insert on a connection of the caller's transaction. Each item (a customer, an
 * interaction, a purchase) gives its row and its child rows with {@link #row}, then calls {@link #endItem}; every
 * {@link #CHUNK} items, and at {@link #finish}, the pending rows go to the database table by table in the order the
 * writer was opened with, parents first for the foreign keys. Memory stays bounded by one chunk whatever the number of
 * items. On PostgreSQL the rows go as {@code COPY} ({@link CopyWriter}), elsewhere as JDBC batches
 * ({@link BatchWriter}); either way every value is data, never SQL text.
 */
abstract class BulkWriter implements AutoCloseable {
    /** Items per chunk: large enough to amortise round trips, small enough to keep memory flat. */
    static final int CHUNK = 1_000;

    final List<BulkTable> tables;
    private int items;

    BulkWriter(List<BulkTable> tables) {
        this.tables = List.copyOf(tables);
    }

    /**
     * @param connection a connection in the caller's transaction, which the writer neither commits nor closes
     * @param tables     the tables to write, parents before the tables that refer to them
     * @return a COPY writer on a PostgreSQL connection whose driver is reachable, else a JDBC batch writer
     */
    static BulkWriter open(Connection connection, List<BulkTable> tables) throws SQLException {
        Optional<PostgresCopy> copy = PostgresCopy.of(connection);
        return copy.isPresent() ? new CopyWriter(copy.get(), tables) : new BatchWriter(connection, tables);
    }

    /**
     * Adds a row.
     *
     * @param table  one of the writer's tables
     * @param values one value a column, in the table's column order, of the Java type its {@link BulkTable.Type}
     *               names, or null
     */
    final void row(BulkTable table, Object... values) throws SQLException {
        int index = indexOf(table);
        if (index < 0 || values.length != table.columns().size()) {
            throw new IllegalArgumentException("a row of " + values.length + " values for " + table.name()
                    + (index < 0 ? ", which this writer does not write" : ", which has " + table.columns().size() + " columns"));
        }
        add(index, values);
    }

    /** Ends an item's rows; every {@link #CHUNK} items, sends what is pending. */
    final void endItem() throws SQLException {
        if (++items == CHUNK) {
            send();
            items = 0;
        }
    }

    /** Sends what is pending; call it once after the last item. */
    final void finish() throws SQLException {
        send();
        items = 0;
    }

    /** Adds a row of the table at {@code table} in {@link #tables}, its values checked against the columns. */
    abstract void add(int table, Object[] values) throws SQLException;

    /** Sends the pending rows, table by table in the order of {@link #tables}. */
    abstract void send() throws SQLException;

    @Override
    public void close() throws SQLException {
    }

    /** {@return the table's index in {@link #tables}, by identity (a row of each table looks it up), or -1} */
    private int indexOf(BulkTable table) {
        for (int t = 0; t < tables.size(); t++) {
            if (tables.get(t) == table) {
                return t;
            }
        }
        return -1;
    }
}
