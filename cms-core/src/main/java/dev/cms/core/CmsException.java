package dev.cms.core;

import java.io.Serial;

/**
 * Root of every exception the library throws. All are unchecked: a caller handles the specific subclass it can act
 * on ({@link ValidationException}, {@link NotFoundException}, {@link ConflictException},
 * {@link AccessDeniedException}) and lets the rest propagate. Adapters translate their own failures into these.
 */
public abstract class CmsException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong, naming the object and the value
     */
    protected CmsException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and the failure that caused it.
     *
     * @param message what went wrong, naming the object and the value
     * @param cause   the underlying failure, kept for diagnosis
     */
    protected CmsException(String message, Throwable cause) {
        super(message, cause);
    }
}
