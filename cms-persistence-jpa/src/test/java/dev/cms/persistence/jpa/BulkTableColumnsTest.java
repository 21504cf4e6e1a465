package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk paths (JDBC batch and COPY) name their columns by hand: a migration that adds a column to a table they
 * write must add it there too, or bulk-inserted rows would lack it. This pins every bulk table's columns, with the
 * type each value is bound as, to the migrated PostgreSQL schema.
 */
class BulkTableColumnsTest {
    static Stream<BulkTable> bulkTables() {
        return Stream.of(CustomerBulkRows.ROWS, InteractionBulkRows.ROWS, PurchaseBulkRows.ROWS)
                .flatMap(rows -> rows.tables().stream());
    }

    @ParameterizedTest
    @MethodSource("bulkTables")
    void bulkColumns_areEveryColumnOfTheMigratedTable_withItsType(BulkTable table) throws SQLException {
        List<String> bulk = table.columns().stream().map(c -> c.name() + " " + postgresType(c.type())).toList();
        List<String> schema = new ArrayList<>();
        try (Connection connection = TestDatabase.POSTGRES.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, "public", table.name(), null)) {
            while (rows.next()) {
                schema.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " " + rows.getString("TYPE_NAME"));
            }
        }

        assertThat(schema).isNotEmpty();
        assertThat(bulk).containsExactlyInAnyOrderElementsOf(schema);
    }

    /** PostgreSQL's name for the type the migrations give a column the bulk paths bind as {@code type}. */
    private static String postgresType(BulkTable.Type type) {
        return switch (type) {
            case UUID -> "uuid";
            case TEXT -> "varchar";
            case INTEGER -> "int4";
            case BIGINT -> "int8";
            case BOOLEAN -> "bool";
            case NUMERIC -> "numeric";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
        };
    }
}
