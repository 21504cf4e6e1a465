package dev.cms.core.access;

/**
 * Decides whether a principal may perform an operation. Every service method asks the policy before it reads or
 * writes anything; a refusal becomes an {@link dev.cms.core.AccessDeniedException} and nothing is done. Implement it
 * to plug in the host application's roles.
 */
@FunctionalInterface
public interface AccessPolicy {
    /**
     * {@return whether it is allowed}
     *
     * @param request the operation about to be performed
     */
    boolean permits(AccessRequest request);

    /** {@return a policy that allows everything (single-user apps, tests, demos)} */
    static AccessPolicy allowAll() {
        return request -> true;
    }

    /** {@return a policy that allows reads and refuses every write and delete} */
    static AccessPolicy readOnly() {
        return request -> !request.action().isWrite();
    }
}
