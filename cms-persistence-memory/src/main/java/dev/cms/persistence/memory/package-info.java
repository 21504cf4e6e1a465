/**
 * The in-memory persistence adapter: {@link dev.cms.persistence.memory.MemoryPersistence}. Thread-safe and
 * transactional: one writer at a time holds the store, every change is recorded in an undo log, and a failure
 * inside a transaction undoes every change made since it began, across all repositories. Optimistic versions and
 * unique external ids are enforced exactly as the SPI specifies. Indexes keep every query a range scan.
 */
package dev.cms.persistence.memory;
