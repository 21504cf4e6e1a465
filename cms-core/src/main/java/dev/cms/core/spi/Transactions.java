package dev.cms.core.spi;

import java.util.function.Supplier;

/**
 * Runs work all-or-nothing across every repository of a {@link PersistenceProvider}.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>If {@code work} returns normally, everything it wrote is committed before {@link #inTransaction} returns; if
 *       it throws, nothing it wrote remains and the same exception propagates unchanged.</li>
 *   <li>A call made while a transaction is already running on the current thread joins it: only the outermost call
 *       commits or rolls back.</li>
 *   <li>Actions registered with {@link #afterCommit} run once the outermost transaction has committed, in the order
 *       registered, on the committing thread, after the transaction's resources (locks, connections) are released,
 *       so an action may start a new transaction. They never run for a transaction that rolls back.</li>
 *   <li>A failure to commit is reported as a {@link dev.cms.core.CmsException} (for example a
 *       {@link dev.cms.core.ConflictException} for a serialization failure), never as a checked or adapter-specific
 *       exception.</li>
 * </ul>
 * Repository reads may also be called outside any transaction; they then see committed data only.
 */
public interface Transactions {
    /**
     * {@return the result of {@code work}, after commit}
     *
     * @param work the unit of work
     * @param <T>  its result
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Registers an action to run after the current transaction commits.
     *
     * @param action what to run; it should not throw
     * @throws IllegalStateException if no transaction is running on the current thread
     */
    void afterCommit(Runnable action);
}
