package dev.cms.core.customer;

import dev.cms.core.internal.Checks;

/**
 * An organization's name.
 *
 * @param name the name as the organization uses it
 */
public record OrganizationName(String name) implements CustomerName {
    /**
     * Checks the name.
     *
     * @param name the name as the organization uses it
     */
    public OrganizationName {
        name = Checks.line("name", name, 200);
    }

    @Override
    public String display() {
        return name;
    }

    @Override
    public CustomerKind kind() {
        return CustomerKind.ORGANIZATION;
    }
}
