package dev.cms.benchmarks.jpa;

/**
 * The JDBC-batch bulk path where the adapter really takes it: imports {@link #customers} customers (the customers of
 * {@link BulkImportBenchmark}, about six rows each) into H2 in memory with the adapter's migrations, in one
 * transaction, through {@code customers().insertAll} inside {@code transactions().inTransaction}, against the
 * hand-written JDBC batch insert of the same rows into the same tables (same columns and values, same 1,000-customer
 * chunks). Every import starts on truncated tables with all indexes in place, and the row counts are checked after
 * it. Single-shot times; quote the median of each and the ratio of the medians of one run. H2 keeps its data in this
 * JVM's heap, so the figures include its garbage collection.
 *
 * <p>Run: {@code java -jar cms-benchmarks/target/cms-benchmarks.jar H2BulkImportBenchmark} after
 * {@code mvn -B -q package -pl cms-benchmarks -am -DskipTests}.
 */
public class H2BulkImportBenchmark extends CustomerImportBenchmark {
    /** Creates the state; JMH calls {@link #start()} before measuring. */
    public H2BulkImportBenchmark() {
    }

    @Override
    BenchmarkDatabase open() {
        return new H2Database();
    }
}
