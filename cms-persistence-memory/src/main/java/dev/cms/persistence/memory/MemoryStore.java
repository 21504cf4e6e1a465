package dev.cms.persistence.memory;

import dev.cms.core.spi.Transactions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The lock and undo log shared by the repositories of one {@link MemoryPersistence}. A transaction holds the write
 * lock from start to end (so transactions are serializable); reads take the read lock, so they never see a
 * transaction's uncommitted changes. Each change registers its inverse; a failed transaction runs them in reverse.
 */
final class MemoryStore implements Transactions {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    /** The undo log and after-commit actions of the transaction running on one thread. */
    private static final class Transaction {
        final Deque<Runnable> undo = new ArrayDeque<>();
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        Transaction tx = new Transaction();
        T result;
        lock.writeLock().lock();
        current.set(tx);
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            while (!tx.undo.isEmpty()) {
                tx.undo.pop().run();
            }
            throw e;
        } finally {
            current.remove();
            lock.writeLock().unlock();
        }
        tx.afterCommit.forEach(Runnable::run);
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Transaction tx = current.get();
        if (tx == null) {
            throw new IllegalStateException("afterCommit needs a running transaction");
        }
        tx.afterCommit.add(action);
    }

    /**
     * Runs a change inside the current transaction, or in a transaction of its own when none is running.
     *
     * @param change performs the change and returns its inverse
     */
    void write(Supplier<Runnable> change) {
        inTransaction(() -> {
            current.get().undo.push(change.get());
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
