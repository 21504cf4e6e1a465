package dev.cms.persistence.jpa;

import dev.cms.core.CmsException;
import java.io.Serial;

/**
 * The database failed in a way none of the core's typed errors describes: the connection was lost, the schema does
 * not match, the disk is full. Conflicts (unique values taken, stale versions, serialization failures, deadlocks,
 * lock timeouts) are reported as {@link dev.cms.core.ConflictException} instead. The cause is the provider's or the
 * driver's exception.
 */
public final class JpaStoreException extends CmsException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what the adapter was doing
     * @param cause   the provider's or driver's exception
     */
    public JpaStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
