package dev.cms.benchmarks.jpa;

import java.sql.Connection;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * Imports {@link #customers} customers (about six rows each across the six customer tables, see
 * {@link BenchmarkCustomers}) into an empty embedded PostgreSQL, in one transaction: through the JPA adapter's
 * {@code customers().insertAll} inside {@code transactions().inTransaction}, against a hand-written JDBC batch insert
 * of the same rows (same tables, columns and values, {@code reWriteBatchedInserts=true}, same 1,000-customer chunks)
 * and against {@code COPY} of the same rows. Every import starts on emptied tables (TRUNCATE and CHECKPOINT before
 * each iteration) with all indexes in place, and the row counts are checked after it. Single-shot times; quote the
 * median of each and the ratios of the medians of one run.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar jpa.BulkImportBenchmark} after
 * {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}; {@code -p customers=1000000} for the size. (JMH
 * takes the name as a regular expression that may match anywhere: {@code BulkImportBenchmark} alone would also run
 * {@link H2BulkImportBenchmark}.)
 */
public class BulkImportBenchmark extends CustomerImportBenchmark {
    /** Creates the state; JMH calls {@link #start()} before measuring. */
    public BulkImportBenchmark() {
    }

    @Override
    BenchmarkDatabase open() {
        return new EmbeddedDatabase();
    }

    /** By hand: COPY of the same rows, table by table, one transaction. */
    @Benchmark
    public void copy() throws SQLException {
        try (Connection connection = db().dataSource().getConnection()) {
            HandWrittenCustomerWrites.copy(connection, batch());
        }
    }
}
