package dev.cms.persistence.memory;

import dev.cms.core.spi.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The lock and undo log shared by the repositories of one {@link MemoryPersistence}. A transaction holds the write
 * lock from start to end (so transactions are serializable); reads take the read lock, so they never see a
 * transaction's uncommitted changes. Each change registers its inverse; a failed transaction runs them in reverse.
 */
final class MemoryStore implements Transactions {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (lock.isWriteLockedByCurrentThread()) {
            return work.get();
        }
        lock.writeLock().lock();
        Deque<Runnable> log = new ArrayDeque<>();
        undo.set(log);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            while (!log.isEmpty()) {
                log.pop().run();
            }
            throw e;
        } finally {
            undo.remove();
            lock.writeLock().unlock();
        }
    }

    /**
     * Runs a change inside the current transaction, or in a transaction of its own when none is running.
     *
     * @param change  performs the change and returns its inverse
     */
    void write(Supplier<Runnable> change) {
        inTransaction(() -> {
            undo.get().push(change.get());
            return null;
        });
    }

    /**
     * @param query a read
     * @param <T>   result
     * @return the result, computed under the read lock
     */
    <T> T read(Supplier<T> query) {
        lock.readLock().lock();
        try {
            return query.get();
        } finally {
            lock.readLock().unlock();
        }
    }
}
