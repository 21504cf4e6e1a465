package dev.cms.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.customer.CustomerProfile;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Flyway migrations build the whole schema in an empty database of each kind, the provider validates the result
 * against the entities at start-up (and refuses a schema that drifted), and migrating again changes nothing.
 */
class MigrationTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private static HikariDataSource emptyDatabase(TestDatabase database) {
        return database.emptyDatabase("migration_" + DATABASES.incrementAndGet());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migrations_buildEveryTableFromAnEmptyDatabase_andTheProviderValidatesTheSchema(TestDatabase database) throws SQLException {
        try (HikariDataSource empty = emptyDatabase(database)) {
            assertThat(tables(empty)).isEmpty();

            try (JpaPersistence store = JpaPersistence.fromDataSource(empty)) {
                Customer ada = new Customer(CustomerId.of(UUID.randomUUID()), CustomerProfile.person("Ada", "Lovelace").build(),
                        Instant.parse("2026-01-15T09:00:00Z"), Instant.parse("2026-01-15T09:00:00Z"), 0);
                store.transactions().inTransaction(() -> {
                    store.customers().insert(ada);
                    return null;
                });
                assertThat(store.customers().findById(ada.id())).contains(ada);
            }

            List<String> expected = new ArrayList<>(TestDatabase.TABLES_CHILDREN_FIRST);
            expected.add("flyway_schema_history");
            assertThat(tables(empty)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(appliedVersions(empty)).containsExactly("1", "2", "3");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratingAnUpToDateSchemaAgain_changesNothing(TestDatabase database) throws SQLException {
        try (HikariDataSource ds = emptyDatabase(database)) {
            JpaPersistence.migrate(ds);
            JpaPersistence.migrate(ds);

            try (JpaPersistence store = JpaPersistence.fromDataSource(ds)) {
                assertThat(store.customers().count()).isZero();
            }
            assertThat(appliedVersions(ds)).containsExactly("1", "2", "3");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void startUp_onASchemaMissingAColumnTheEntitiesMap_failsNamingIt(TestDatabase database) throws SQLException {
        try (HikariDataSource ds = emptyDatabase(database)) {
            JpaPersistence.migrate(ds);
            execute(ds, "alter table task drop column remind_at");

            assertThatThrownBy(() -> JpaPersistence.builder(ds).migrate(false).build())
                    .isInstanceOf(JpaStoreException.class)
                    .hasMessageContaining("remind_at");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void startUp_withoutMigrating_onAnEmptyDatabase_failsOnTheMissingTables(TestDatabase database) {
        try (HikariDataSource ds = emptyDatabase(database)) {
            assertThatThrownBy(() -> JpaPersistence.builder(ds).migrate(false).build())
                    .isInstanceOf(JpaStoreException.class)
                    .hasMessageContaining("missing table");
        }
    }

    private static List<String> tables(HikariDataSource ds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select lower(table_name) from information_schema.tables"
                     + " where lower(table_schema) = 'public'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<String> appliedVersions(HikariDataSource ds) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select \"version\" from \"flyway_schema_history\" where \"success\" and \"version\" is not null order by \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    private static void execute(HikariDataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
