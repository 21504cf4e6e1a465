package dev.cms.persistence.jpa;

import dev.cms.core.CmsException;
import dev.cms.core.ConflictException;
import dev.cms.core.ConflictException.Reason;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Translates the provider's exceptions into the core's typed errors, by the standard JPA exception types and the
 * SQLSTATE of the driver's {@link SQLException} (the same codes on H2 and PostgreSQL), and for unique violations by
 * the constraint name, which V1 fixes: a taken external id is a {@link Reason#DUPLICATE}, a taken primary key a
 * {@link Reason#CONCURRENT_MODIFICATION} (the SPI's "the id exists").
 */
final class JpaFailures {
    /** Unique constraints whose violation means "that value is taken", with what to call the value. */
    private static final Map<String, String> DUPLICATES = Map.of(
            "uq_customer_external_id", "a customer with this externalId exists already",
            "uq_purchase_external_order_id", "a purchase with this externalOrderId exists already",
            "uq_pipeline_default", "a default pipeline exists already");

    private JpaFailures() {
    }

    /**
     * @param e a provider exception
     * @return the typed error to throw instead
     */
    static CmsException translate(PersistenceException e) {
        SQLException sql = sqlCause(e);
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        if (state.equals("23505")) {
            String text = messages(e).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> unique : DUPLICATES.entrySet()) {
                if (text.contains(unique.getKey())) {
                    return new ConflictException(Reason.DUPLICATE, unique.getValue(), e);
                }
            }
            return new ConflictException(Reason.CONCURRENT_MODIFICATION, "a row with this id exists already", e);
        }
        // 23503 foreign key violation; H2 reports a missing parent row (an insert or update referring to nothing) as
        // 23506, keeping 23503 for a parent deleted while children refer to it.
        if (state.equals("23503") || state.equals("23506")) {
            return new ConflictException(Reason.CONCURRENT_MODIFICATION,
                    "the write refers to a row that does not exist (removed concurrently?)", e);
        }
        if (state.startsWith("40") || state.equals("55P03") || state.equals("HYT00") || state.equals("90131")) {
            // 40001 serialization failure (H2: deadlock), 40P01 deadlock, 55P03 lock not available, HYT00 H2 lock
            // timeout, 90131 H2 "row was updated concurrently": another transaction won, retrying may succeed.
            return new ConflictException(Reason.CONCURRENT_MODIFICATION,
                    "another transaction conflicted with this one (SQLSTATE " + state + "); retry", e);
        }
        if (e instanceof EntityExistsException) {
            return new ConflictException(Reason.CONCURRENT_MODIFICATION, "a row with this id exists already", e);
        }
        if (e instanceof OptimisticLockException || e instanceof PessimisticLockException || e instanceof LockTimeoutException) {
            return new ConflictException(Reason.CONCURRENT_MODIFICATION, "another transaction conflicted with this one; retry", e);
        }
        return new JpaStoreException("the database failed" + (sql == null ? "" : " (SQLSTATE " + state + ")") + ": "
                + e.getMessage(), e);
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                SQLException next = sql;
                // A batch failure wraps the statement's own exception; prefer the one that carries a state.
                while (next.getSQLState() == null && next.getNextException() != null) {
                    next = next.getNextException();
                }
                return next;
            }
        }
        return null;
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                all.append(sql.getNextException().getMessage()).append('\n');
            }
        }
        return all.toString();
    }
}
