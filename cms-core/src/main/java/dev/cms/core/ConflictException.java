package dev.cms.core;

import java.io.Serial;

/**
 * The write conflicts with the stored state: a stale version (someone else saved first), or a value that must be
 * unique is already taken. Reload and retry, or report to the user.
 */
public final class ConflictException extends CmsException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Why a write conflicted. */
    public enum Reason {
        /** The object was changed by someone else since it was read (optimistic lock). */
        STALE_VERSION,
        /** A value that must be unique, such as an external id, is already used. */
        DUPLICATE,
        /** The object already exists, or another concurrent transaction conflicted with this one. */
        CONCURRENT_MODIFICATION
    }

    /** The kind of conflict. */
    private final Reason reason;

    /**
     * Creates a conflict of the given kind.
     *
     * @param reason  the kind of conflict
     * @param message names the object and the conflicting value
     */
    public ConflictException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Creates a conflict of the given kind that an adapter's own exception caused.
     *
     * @param reason  the kind of conflict
     * @param message names the object and the conflicting value
     * @param cause   the adapter's own exception
     */
    public ConflictException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /**
     * {@return a stale-version conflict}
     *
     * @param kind            e.g. {@code "customer"}
     * @param id              the object's id
     * @param expectedVersion the version the caller read
     * @param actualVersion   the version stored now
     */
    public static ConflictException staleVersion(String kind, Object id, long expectedVersion, long actualVersion) {
        return new ConflictException(Reason.STALE_VERSION, kind + " " + id + " was modified concurrently: expected version "
                + expectedVersion + " but the stored version is " + actualVersion);
    }

    /** {@return the kind of conflict} */
    public Reason reason() {
        return reason;
    }
}
