package dev.cms.benchmarks.jpa;

import dev.cms.core.customer.Customer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the customer import benchmarks share: {@link #customers} customers per import ({@link BenchmarkCustomers},
 * fixed seed), emptied tables before each iteration, the row counts checked after it, single shots (one warm-up, five
 * measured, one fork with a 4 GB heap), and two variants, the adapter's {@code insertAll} inside
 * {@code transactions().inTransaction} against a hand-written JDBC batch of the same rows
 * ({@link HandWrittenCustomerWrites#jdbcBatch}). A subclass names the database; JMH's annotations are inherited.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-Dorg.jboss.logging.provider=slf4j"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public abstract class CustomerImportBenchmark {
    /** How many customers one import stores. */
    @Param("100000")
    public int customers;

    private BenchmarkDatabase db;
    private List<Customer> batch;
    private long expectedChildRows;

    /** For subclasses. */
    protected CustomerImportBenchmark() {
    }

    /** {@return a started database with the CMS schema} */
    abstract BenchmarkDatabase open();

    BenchmarkDatabase db() {
        return db;
    }

    List<Customer> batch() {
        return batch;
    }

    /** Starts the database and generates the customers (fixed seed). */
    @Setup(Level.Trial)
    public void start() {
        db = open();
        batch = BenchmarkCustomers.generate(customers, 7);
        expectedChildRows = 0;
        for (Customer c : batch) {
            expectedChildRows += c.profile().emails().size() + c.profile().phones().size()
                    + c.profile().addresses().size() + c.profile().tags().size() + c.profile().attributes().size();
        }
    }

    /** Empties the customer tables, so each import starts from the same state. */
    @Setup(Level.Iteration)
    public void empty() {
        db.emptyCustomerTables();
    }

    /** Checks the import stored every row, so no variant wins by writing less. */
    @TearDown(Level.Iteration)
    public void check() {
        long stored = db.queryLong("select count(*) from customer");
        long children = db.queryLong("select (select count(*) from customer_email) + (select count(*) from customer_phone)"
                + " + (select count(*) from customer_address) + (select count(*) from customer_tag)"
                + " + (select count(*) from customer_attribute)");
        if (stored != customers || children != expectedChildRows) {
            throw new IllegalStateException("stored " + stored + " customers and " + children + " child rows, expected "
                    + customers + " and " + expectedChildRows);
        }
    }

    /** Stops the database. */
    @TearDown(Level.Trial)
    public void stop() {
        db.close();
    }

    /** Through the adapter: {@code insertAll} in one transaction of the adapter's transaction runner. */
    @Benchmark
    public void adapterInsertAll() {
        db.store().transactions().inTransaction(() -> {
            db.store().customers().insertAll(batch);
            return null;
        });
    }

    /** By hand: JDBC batches of the same rows over a pooled connection, one transaction. */
    @Benchmark
    public void jdbcBatch() throws SQLException {
        try (Connection connection = db.dataSource().getConnection()) {
            HandWrittenCustomerWrites.jdbcBatch(connection, batch);
        }
    }
}
