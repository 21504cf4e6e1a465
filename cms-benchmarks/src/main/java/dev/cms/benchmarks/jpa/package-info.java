/**
 * Benchmarks of the JPA adapter on an embedded PostgreSQL: bulk import through {@code insertAll} against a hand-written
 * JDBC batch and {@code COPY} of the same rows ({@link dev.cms.benchmarks.jpa.BulkImportBenchmark}; on H2 in memory,
 * where {@code insertAll} takes its JDBC-batch path, against the same JDBC batch:
 * {@link dev.cms.benchmarks.jpa.H2BulkImportBenchmark}), a 5-leaf segment
 * count through the public API against hand-written SQL ({@link dev.cms.benchmarks.jpa.JpaSegmentCountBenchmark}),
 * and the first against the 1,000th page of a keyset-paged timeline
 * ({@link dev.cms.benchmarks.jpa.TimelinePageBenchmark}).
 */
package dev.cms.benchmarks.jpa;
