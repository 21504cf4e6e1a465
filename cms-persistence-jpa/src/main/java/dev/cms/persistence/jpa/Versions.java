package dev.cms.persistence.jpa;

import dev.cms.core.ConflictException;
import dev.cms.core.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Optimistic locking: the version column of an aggregate's root row is advanced by a compare-and-set
 * {@code UPDATE ... SET version = next WHERE id = ? AND version = expected} before anything else of the update is
 * written. The statement locks the row; a concurrent writer of the same version waits for it and, once it commits,
 * matches no row (PostgreSQL and H2 re-check the condition on the committed row), so it gets a stale-version
 * conflict instead of overwriting: no lost update. The entities map the column as not updatable, so nothing else
 * ever writes it.
 */
final class Versions {
    private Versions() {
    }

    /**
     * @param em       the transaction's entity manager
     * @param table    the root table (a constant of the adapter, never input)
     * @param entity   the root entity's name, for the fallback query
     * @param kind     what to call the object in errors
     * @param id       its id
     * @param next     the version being written; the stored one must be {@code next - 1}
     * @throws NotFoundException if no row has the id
     * @throws ConflictException with reason STALE_VERSION if the stored version is not {@code next - 1}
     */
    static void advance(EntityManager em, String table, String entity, String kind, UUID id, long next) {
        long expected = next - 1;
        int updated = em.createNativeQuery("update " + table + " set version = ?1 where id = ?2 and version = ?3")
                .setParameter(1, next).setParameter(2, id).setParameter(3, expected).executeUpdate();
        if (updated == 1) {
            return;
        }
        List<Long> stored = em.createQuery("select r.version from " + entity + " r where r.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        if (stored.isEmpty()) {
            throw new NotFoundException(kind, id.toString());
        }
        throw ConflictException.staleVersion(kind, id, expected, stored.get(0));
    }

    /**
     * Deletes the root row if its version is {@code version}; child rows go with it (foreign keys on delete cascade).
     * The persistence context is flushed before and cleared after, so no managed copy of a deleted row survives.
     *
     * @param em      the transaction's entity manager
     * @param table   the root table (a constant of the adapter, never input)
     * @param entity  the root entity's name
     * @param kind    what to call the object in errors
     * @param id      its id
     * @param version the version the caller read
     * @throws NotFoundException if no row has the id
     * @throws ConflictException with reason STALE_VERSION if the stored version differs
     */
    static void delete(EntityManager em, String table, String entity, String kind, UUID id, long version) {
        em.flush();
        int deleted = em.createNativeQuery("delete from " + table + " where id = ?1 and version = ?2")
                .setParameter(1, id).setParameter(2, version).executeUpdate();
        if (deleted == 1) {
            em.clear();
            return;
        }
        List<Long> stored = em.createQuery("select r.version from " + entity + " r where r.id = :id", Long.class)
                .setParameter("id", id).getResultList();
        if (stored.isEmpty()) {
            throw new NotFoundException(kind, id.toString());
        }
        throw ConflictException.staleVersion(kind, id, version, stored.get(0));
    }
}
