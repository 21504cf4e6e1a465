package dev.cms.benchmarks.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.cms.persistence.jpa.JpaPersistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * A database for one benchmark trial: a HikariCP pool over it and the JPA adapter built on that pool (which migrates
 * the CMS schema), with the few statements the benchmarks run around their measurements.
 */
abstract class BenchmarkDatabase implements AutoCloseable {
    private final HikariDataSource pool;
    private final JpaPersistence store;

    /**
     * @param jdbcUrl the database's URL
     * @param user    who connects, without a password
     */
    BenchmarkDatabase(String jdbcUrl, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
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

    /** Empties the customer tables (those {@link HandWrittenCustomerWrites} writes), so each import starts the same. */
    abstract void emptyCustomerTables();

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

    /** Closes the adapter and the pool; subclasses then stop their database. */
    @Override
    public void close() {
        store.close();
        pool.close();
    }
}
