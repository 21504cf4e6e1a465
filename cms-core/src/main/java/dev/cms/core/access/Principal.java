package dev.cms.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: the user, and the roles the host application grants them. Every service call is made on behalf of a
 * principal ({@code cms.as(principal)}), so the {@link AccessPolicy} can decide and the audit trail can name them.
 *
 * @param userId the acting user
 * @param roles  role names as the host application defines them; may be empty
 */
public record Principal(UserId userId, Set<String> roles) {
    /**
     * Copies the roles.
     *
     * @param userId the acting user
     * @param roles  role names as the host application defines them; may be empty
     */
    public Principal {
        Objects.requireNonNull(userId, "userId");
        roles = Set.copyOf(roles);
    }

    /**
     * {@return the principal}
     *
     * @param userId user identifier
     * @param roles  role names
     */
    public static Principal of(String userId, String... roles) {
        return new Principal(UserId.of(userId), Set.of(roles));
    }

    /**
     * {@return whether the principal holds it}
     *
     * @param role a role name
     */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
