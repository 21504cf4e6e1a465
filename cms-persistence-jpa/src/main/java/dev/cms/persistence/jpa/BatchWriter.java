package dev.cms.persistence.jpa;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@link BulkWriter} by JDBC batches: one prepared statement per table, each row's values bound as parameters and
 * added to its statement's batch, each chunk's batches executed table by table. With PostgreSQL's
 * {@code reWriteBatchedInserts=true} each batch goes over the wire as a few multi-row inserts.
 */
final class BatchWriter extends BulkWriter {
    private final PreparedStatement[] statements;
    private final int[] pending;

    BatchWriter(Connection connection, List<BulkTable> tables) throws SQLException {
        super(tables);
        statements = new PreparedStatement[tables.size()];
        pending = new int[tables.size()];
        try {
            for (int t = 0; t < statements.length; t++) {
                statements[t] = connection.prepareStatement(tables.get(t).insertSql());
            }
        } catch (SQLException | RuntimeException e) {
            closeAll(e);
            throw e;
        }
    }

    @Override
    void add(int table, Object[] values) throws SQLException {
        PreparedStatement statement = statements[table];
        List<BulkTable.Column> columns = tables.get(table).columns();
        for (int c = 0; c < values.length; c++) {
            bind(statement, c + 1, columns.get(c).type(), values[c]);
        }
        statement.addBatch();
        pending[table]++;
    }

    @Override
    void send() throws SQLException {
        for (int t = 0; t < statements.length; t++) {
            if (pending[t] > 0) {
                statements[t].executeBatch();
                pending[t] = 0;
            }
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = closeAll(null);
        if (failure != null) {
            throw failure;
        }
    }

    /** Closes every prepared statement, adding failures to {@code failure} (or returning the first when it is null). */
    private SQLException closeAll(Exception failure) {
        SQLException first = null;
        for (PreparedStatement statement : statements) {
            if (statement == null) {
                continue;
            }
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        return first;
    }

    /**
     * Binds a value as its column takes it; a null with the column's JDBC type, so the statement's parameter types
     * stay the same from row to row. Instants go as UTC offset date-times, the java.time type both H2 and PostgreSQL
     * take for timestamptz.
     */
    private static void bind(PreparedStatement s, int index, BulkTable.Type type, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, type.sqlType);
            return;
        }
        switch (type) {
            case UUID -> s.setObject(index, value);
            case TEXT -> s.setString(index, (String) value);
            case INTEGER -> s.setInt(index, (Integer) value);
            case BIGINT -> s.setLong(index, (Long) value);
            case BOOLEAN -> s.setBoolean(index, (Boolean) value);
            case NUMERIC -> s.setBigDecimal(index, (BigDecimal) value);
            case DATE -> s.setObject(index, value, Types.DATE);
            case TIMESTAMP -> s.setObject(index, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
        }
    }
}
