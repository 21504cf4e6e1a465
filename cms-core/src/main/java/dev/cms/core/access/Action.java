package dev.cms.core.access;

/** What a principal wants to do with a resource. */
public enum Action {
    /** Look at data. */
    READ,
    /** Create or change data. */
    WRITE,
    /** Remove data. */
    DELETE;

    /** {@return whether this action changes stored data} */
    public boolean isWrite() {
        return this != READ;
    }
}
