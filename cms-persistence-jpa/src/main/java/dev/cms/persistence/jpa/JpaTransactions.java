package dev.cms.persistence.jpa;

import dev.cms.core.ConflictException;
import dev.cms.core.ConflictException.Reason;
import dev.cms.core.spi.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@link Transactions} over resource-local JPA transactions: the outermost {@link #inTransaction} opens an
 * {@link EntityManager} and a transaction bound to the calling thread, nested calls join it, and after the commit the
 * entity manager is closed (returning its connection to the pool) before the after-commit actions run. Repositories
 * reach the current entity manager through {@link #read} and {@link #write}; a read outside any transaction runs on
 * an entity manager of its own in auto-commit mode and so sees committed data only.
 */
final class JpaTransactions implements Transactions {
    private final EntityManagerFactory factory;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    /** The entity manager and after-commit actions of the transaction running on one thread. */
    private static final class Unit {
        final EntityManager em;
        final List<Runnable> afterCommit = new ArrayList<>();

        Unit(EntityManager em) {
            this.em = em;
        }
    }

    JpaTransactions(EntityManagerFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Unit unit = new Unit(open());
        T result;
        try {
            EntityTransaction tx = unit.em.getTransaction();
            begin(tx);
            current.set(unit);
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                rollbackAfter(tx, e);
                throw e;
            } finally {
                current.remove();
            }
            commit(tx);
        } finally {
            close(unit.em);
        }
        for (Runnable action : unit.afterCommit) {
            action.run();
        }
        return result;
    }

    @Override
    public void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("afterCommit needs a running transaction");
        }
        unit.afterCommit.add(action);
    }

    /**
     * Runs a query on the current transaction's entity manager, or outside any transaction on one of its own.
     *
     * @param query reads through the entity manager and maps to domain values before returning
     * @param <T>   result
     * @return its result
     */
    <T> T read(Function<EntityManager, T> query) {
        Unit unit = current.get();
        if (unit != null) {
            return translated(query, unit.em);
        }
        EntityManager em = open();
        try {
            return translated(query, em);
        } finally {
            close(em);
        }
    }

    /**
     * Runs a change in the current transaction, or in one of its own when none is running.
     *
     * @param change writes through the entity manager
     */
    void write(java.util.function.Consumer<EntityManager> change) {
        inTransaction(() -> translated(em -> {
            change.accept(em);
            return null;
        }, current.get().em));
    }

    private static <T> T translated(Function<EntityManager, T> work, EntityManager em) {
        try {
            return work.apply(em);
        } catch (PersistenceException e) {
            throw JpaFailures.translate(e);
        }
    }

    private EntityManager open() {
        try {
            return factory.createEntityManager();
        } catch (PersistenceException e) {
            throw JpaFailures.translate(e);
        }
    }

    private static void begin(EntityTransaction tx) {
        try {
            tx.begin();
        } catch (PersistenceException e) {
            throw JpaFailures.translate(e);
        }
    }

    private static void commit(EntityTransaction tx) {
        if (tx.getRollbackOnly()) {
            rollbackAfter(tx, null);
            throw new ConflictException(Reason.CONCURRENT_MODIFICATION,
                    "the transaction cannot commit: a statement in it failed and the failure was caught");
        }
        try {
            tx.commit();
        } catch (PersistenceException e) {
            if (tx.isActive()) {
                rollbackAfter(tx, e);
            }
            throw JpaFailures.translate(e);
        }
    }

    /** Rolls back after {@code failure} (may be null), keeping a failing rollback as a suppressed exception. */
    private static void rollbackAfter(EntityTransaction tx, Throwable failure) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void close(EntityManager em) {
        try {
            em.close();
        } catch (RuntimeException e) {
            // Nothing useful to do: the transaction is over either way, and the pool reclaims the connection.
        }
    }
}
