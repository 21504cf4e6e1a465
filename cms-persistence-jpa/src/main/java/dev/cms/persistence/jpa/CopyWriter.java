package dev.cms.persistence.jpa;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link BulkWriter} by PostgreSQL's {@code COPY ... FROM STDIN} in text format: each row is formatted once into its
 * table's buffer, and each chunk's buffers go as one COPY per table.
 */
final class CopyWriter extends BulkWriter {
    private final PostgresCopy copy;
    private final StringBuilder[] buffers;

    CopyWriter(PostgresCopy copy, List<BulkTable> tables) {
        super(tables);
        this.copy = copy;
        this.buffers = new StringBuilder[tables.size()];
        for (int t = 0; t < buffers.length; t++) {
            buffers[t] = new StringBuilder(1 << 16);
        }
    }

    @Override
    void add(int table, Object[] values) {
        StringBuilder out = buffers[table];
        List<BulkTable.Column> columns = tables.get(table).columns();
        for (int c = 0; c < values.length; c++) {
            if (c > 0) {
                out.append('\t');
            }
            append(out, columns.get(c).type(), values[c]);
        }
        out.append('\n');
    }

    @Override
    void send() throws SQLException {
        for (int t = 0; t < buffers.length; t++) {
            if (buffers[t].length() > 0) {
                byte[] data = buffers[t].toString().getBytes(StandardCharsets.UTF_8);
                buffers[t].setLength(0);
                copy.copy(tables.get(t).copySql(), data);
            }
        }
    }

    /**
     * Appends a value in COPY's text format: {@code \N} for null, booleans as t/f, numbers in plain notation, instants
     * in ISO 8601 (UTC), and in text the backslash, tab, line feed and carriage return escaped.
     */
    static void append(StringBuilder out, BulkTable.Type type, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        switch (type) {
            case TEXT -> escaped(out, (String) value);
            case BOOLEAN -> out.append((Boolean) value ? 't' : 'f');
            case NUMERIC -> out.append(((BigDecimal) value).toPlainString());
            default -> out.append(value);
        }
    }

    private static void escaped(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
