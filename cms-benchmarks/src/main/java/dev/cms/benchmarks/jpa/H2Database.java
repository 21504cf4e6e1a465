package dev.cms.benchmarks.jpa;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 in memory, in its default mode, for one benchmark trial: the database the adapter's JDBC-batch bulk path is
 * written for (on PostgreSQL it copies). The data lives in this JVM's heap and goes when the trial closes it.
 */
final class H2Database extends BenchmarkDatabase {
    /** Kept open until {@code shutdown}, whatever the pool does with its connections. */
    private static final String URL = "jdbc:h2:mem:cms-benchmark;DB_CLOSE_DELAY=-1";

    H2Database() {
        super(URL, "sa");
    }

    /**
     * TRUNCATE of the customer tables with referential integrity off for the while: H2 truncates no table that a
     * foreign key refers to otherwise (the other tables that refer to customers are empty in these benchmarks).
     */
    @Override
    void emptyCustomerTables() {
        execute("set referential_integrity false", "truncate table customer_email", "truncate table customer_phone",
                "truncate table customer_address", "truncate table customer_tag", "truncate table customer_attribute",
                "truncate table customer", "set referential_integrity true");
    }

    /**
     * Closes the adapter and the pool, then drops the in-memory database on a connection of its own (a pooled one
     * would fail the pool's clean-up once the database is gone).
     */
    @Override
    public void close() {
        super.close();
        try (Connection connection = DriverManager.getConnection(URL, "sa", "");
             Statement statement = connection.createStatement()) {
            statement.execute("shutdown");
        } catch (SQLException e) {
            throw new IllegalStateException("shutting H2 down failed", e);
        }
    }
}
