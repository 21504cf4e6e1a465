package dev.cms.core.spi;

import java.util.function.Supplier;

/**
 * Runs work all-or-nothing across every repository of a {@link PersistenceProvider}.
 *
 * <p>Contract for implementations: if {@code work} returns normally, everything it wrote is committed before this
 * method returns; if it throws, nothing it wrote remains and the same exception propagates unchanged. A call made
 * while a transaction is already running on the current thread joins it. A failure to commit is reported as a
 * {@link dev.cms.core.CmsException} (for example a {@link dev.cms.core.ConflictException} for a serialization
 * failure), never as a checked or adapter-specific exception.
 */
@FunctionalInterface
public interface Transactions {
    /**
     * @param work the unit of work
     * @param <T>  its result
     * @return the result of {@code work}, after commit
     */
    <T> T inTransaction(Supplier<T> work);
}
