package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bulk paths (JDBC batch and COPY) name their columns by hand: a migration that adds a column to a customer table
 * must add it there too, or bulk-inserted rows would lack it. This pins the lists to the migrated schema.
 */
class CustomerBatchInsertColumnsTest {
    @ParameterizedTest
    @CsvSource({"customer, CUSTOMER", "customer_email, EMAIL", "customer_phone, PHONE", "customer_address, ADDRESS",
        "customer_tag, TAG", "customer_attribute, ATTRIBUTE"})
    void bulkColumns_areEveryColumnOfTheMigratedTable(String table, String list) throws SQLException {
        List<String> bulk = Arrays.stream(columns(list).split(",")).map(String::trim).sorted().toList();
        List<String> schema = new ArrayList<>();
        try (Connection connection = TestDatabase.POSTGRES.dataSource().getConnection();
             ResultSet rows = connection.getMetaData().getColumns(null, "public", table, null)) {
            while (rows.next()) {
                schema.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }

        assertThat(bulk).containsExactlyInAnyOrderElementsOf(schema);
    }

    private static String columns(String list) {
        return switch (list) {
            case "CUSTOMER" -> CustomerBatchInsert.CUSTOMER_COLUMNS;
            case "EMAIL" -> CustomerBatchInsert.EMAIL_COLUMNS;
            case "PHONE" -> CustomerBatchInsert.PHONE_COLUMNS;
            case "ADDRESS" -> CustomerBatchInsert.ADDRESS_COLUMNS;
            case "TAG" -> CustomerBatchInsert.TAG_COLUMNS;
            default -> CustomerBatchInsert.ATTRIBUTE_COLUMNS;
        };
    }
}
