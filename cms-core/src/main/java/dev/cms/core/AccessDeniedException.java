package dev.cms.core;

import dev.cms.core.access.AccessRequest;
import java.io.Serial;

/** The {@link dev.cms.core.access.AccessPolicy} refused an operation for the acting principal. Nothing was done. */
public final class AccessDeniedException extends CmsException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient AccessRequest request;

    /**
     * Creates the exception for a refused request.
     *
     * @param request the refused request
     */
    public AccessDeniedException(AccessRequest request) {
        super("access denied: " + request.principal().userId() + " may not " + request.action().name().toLowerCase(java.util.Locale.ROOT)
                + " " + request.resource().name().toLowerCase(java.util.Locale.ROOT)
                + request.customer().map(c -> " of customer " + c).orElse(""));
        this.request = request;
    }

    /** {@return the refused request} */
    public AccessRequest request() {
        return request;
    }
}
