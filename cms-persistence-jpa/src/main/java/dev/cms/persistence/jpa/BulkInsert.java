package dev.cms.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.util.List;

/**
 * The bulk insert behind the repositories' {@code insertAll}, in the caller's transaction. With Hibernate the rows go
 * out on the transaction's own connection ({@link ProviderConnection}, after a flush of what the transaction wrote
 * before) through a {@link BulkWriter}, so none of them enters the persistence context: on PostgreSQL by {@code COPY},
 * elsewhere in JDBC batches. With another provider the items' entities are persisted and the context flushed and
 * cleared every {@link BulkWriter#CHUNK} items. Memory stays bounded by one chunk either way; a duplicate key fails
 * with the same database error as an insert, which {@link JpaFailures} translates the same way.
 */
final class BulkInsert {
    /**
     * What the bulk insert writes for one kind of item: the same rows the entity manager would store for its entity.
     *
     * @param <T> the domain type
     */
    abstract static class Rows<T> {
        private final List<BulkTable> tables;

        /** @param tables the tables an item's rows go to, parents before the tables that refer to them */
        Rows(BulkTable... tables) {
            this.tables = List.of(tables);
        }

        /** {@return the tables an item's rows go to, parents first} */
        final List<BulkTable> tables() {
            return tables;
        }

        /** Gives the item's row and its child rows to {@code out}. */
        abstract void write(T item, BulkWriter out) throws SQLException;

        /** {@return the item's entity, as {@code insert} persists it} */
        abstract Object entity(T item);
    }

    private BulkInsert() {
    }

    /**
     * Inserts every item in the current transaction (or one of its own when none runs).
     *
     * @param tx    the adapter's transactions
     * @param items the items; may be empty
     * @param rows  their rows
     * @param <T>   the domain type
     */
    static <T> void insertAll(JpaTransactions tx, List<T> items, Rows<T> rows) {
        List<T> all = List.copyOf(items);
        if (all.isEmpty()) {
            return;
        }
        tx.write(em -> {
            if (!ProviderConnection.run(em, connection -> {
                try (BulkWriter out = BulkWriter.open(connection, rows.tables())) {
                    for (T item : all) {
                        rows.write(item, out);
                        out.endItem();
                    }
                    out.finish();
                }
            })) {
                persistInChunks(em, all, rows);
            }
        });
    }

    private static <T> void persistInChunks(EntityManager em, List<T> all, Rows<T> rows) {
        em.flush();
        int inChunk = 0;
        for (T item : all) {
            em.persist(rows.entity(item));
            if (++inChunk == BulkWriter.CHUNK) {
                em.flush();
                em.clear();
                inChunk = 0;
            }
        }
        em.flush();
        em.clear();
    }
}
