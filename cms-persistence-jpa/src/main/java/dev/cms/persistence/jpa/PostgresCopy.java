package dev.cms.persistence.jpa;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * PostgreSQL's {@code COPY ... FROM STDIN} on a connection of the caller's transaction, through the driver's copy API.
 * The API is reached reflectively, since the adapter does not compile against the PostgreSQL driver; when the
 * connection is no PostgreSQL connection, or the driver is not reachable, {@link #of} is empty and the caller uses
 * JDBC batches. A duplicate key or a missing referenced row fails the COPY with the same SQLSTATE and constraint name
 * as an insert would, so conflicts are reported the same way.
 */
final class PostgresCopy {
    private final Object copyManager;
    private final Method copyIn;
    private final Method writeToCopy;
    private final Method endCopy;
    private final Method cancelCopy;
    private final Method isActive;

    private PostgresCopy(Object copyManager, Method copyIn, Method writeToCopy, Method endCopy, Method cancelCopy,
                         Method isActive) {
        this.copyManager = copyManager;
        this.copyIn = copyIn;
        this.writeToCopy = writeToCopy;
        this.endCopy = endCopy;
        this.cancelCopy = cancelCopy;
        this.isActive = isActive;
    }

    /** {@return the copy API of the connection, or empty when it is not a reachable PostgreSQL connection} */
    static Optional<PostgresCopy> of(Connection connection) throws SQLException {
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        try {
            ClassLoader loader = PostgresCopy.class.getClassLoader();
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection", false, loader);
            Class<?> manager = Class.forName("org.postgresql.copy.CopyManager", false, loader);
            Class<?> in = Class.forName("org.postgresql.copy.CopyIn", false, loader);
            Class<?> operation = Class.forName("org.postgresql.copy.CopyOperation", false, loader);
            if (!connection.isWrapperFor(pgConnection)) {
                return Optional.empty();
            }
            Object pg = connection.unwrap(pgConnection);
            Object copyManager = pgConnection.getMethod("getCopyAPI").invoke(pg);
            return Optional.of(new PostgresCopy(copyManager, manager.getMethod("copyIn", String.class),
                    in.getMethod("writeToCopy", byte[].class, int.class, int.class), in.getMethod("endCopy"),
                    operation.getMethod("cancelCopy"), operation.getMethod("isActive")));
        } catch (ReflectiveOperationException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * Runs one COPY; when it fails, cancels it if still active, so the connection is usable for the rollback.
     *
     * @param sql  a {@code COPY ... FROM STDIN} statement
     * @param data its rows, encoded as the connection's client encoding (UTF-8 with the PostgreSQL driver)
     */
    void copy(String sql, byte[] data) throws SQLException {
        Object in = call(copyIn, copyManager, sql);
        try {
            call(writeToCopy, in, data, 0, data.length);
            call(endCopy, in);
        } catch (SQLException | RuntimeException e) {
            try {
                if (Boolean.TRUE.equals(call(isActive, in))) {
                    call(cancelCopy, in);
                }
            } catch (SQLException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static Object call(Method method, Object target, Object... args) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SQLException("COPY failed: " + cause, cause);
        } catch (IllegalAccessException e) {
            throw new SQLException("the PostgreSQL driver's copy API is not accessible: " + e.getMessage(), e);
        }
    }
}
