package dev.cms.core;

import java.io.Serial;

/** The object named by an id does not exist (or is not visible to the acting principal). */
public final class NotFoundException extends CmsException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** What was looked up, such as {@code "customer"}. */
    private final String kind;
    /** The id as text. */
    private final String id;

    /**
     * Creates the exception for an id that was looked up in vain.
     *
     * @param kind what was looked up, e.g. {@code "customer"}
     * @param id   the id as text
     */
    public NotFoundException(String kind, String id) {
        super(kind + " not found: " + id);
        this.kind = kind;
        this.id = id;
    }

    /** {@return what was looked up, e.g. {@code "customer"}} */
    public String kind() {
        return kind;
    }

    /** {@return the id that was not found} */
    public String id() {
        return id;
    }
}
