package dev.cms.persistence.jpa;

import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reaches the JDBC connection of an entity manager's running transaction, which JPA 3.1 has no standard call for.
 * With Hibernate ORM it goes through {@code Session.doWork}, looked up reflectively because the adapter compiles
 * against the JPA API only (Hibernate is a runtime dependency an application may replace); with another provider it
 * reports that it cannot, and the caller falls back to plain JPA.
 */
final class ProviderConnection {
    private static final String SESSION = "org.hibernate.Session";
    private static final String WORK = "org.hibernate.jdbc.Work";

    /** Work on a JDBC connection that must not be closed or committed by it. */
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private ProviderConnection() {
    }

    /**
     * Runs {@code work} on the connection of the entity manager's transaction, after flushing what the persistence
     * context holds so the work sees (and comes after) the transaction's earlier writes.
     *
     * @return false, having run nothing, when the provider offers no way to the connection
     * @throws jakarta.persistence.PersistenceException wrapping the {@link SQLException} the work threw
     */
    static boolean run(EntityManager em, SqlWork work) {
        Class<?> session;
        Class<?> workType;
        try {
            ClassLoader loader = em.getDelegate().getClass().getClassLoader();
            session = Class.forName(SESSION, false, loader);
            workType = Class.forName(WORK, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        Object hibernate = em.unwrap(session);
        em.flush();
        InvocationHandler handler = (proxy, method, args) -> {
            switch (method.getName()) {
                case "execute" -> {
                    work.run((Connection) args[0]);
                    return null;
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "toString" -> {
                    return "CMS bulk write";
                }
                default -> throw new UnsupportedOperationException(method.getName());
            }
        };
        Object proxy = Proxy.newProxyInstance(workType.getClassLoader(), new Class<?>[] {workType}, handler);
        try {
            Method doWork = session.getMethod("doWork", workType);
            doWork.invoke(hibernate, proxy);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new JpaStoreException("bulk write failed: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            return false;
        }
        return true;
    }
}
