package dev.cms.core;

import dev.cms.core.access.Principal;
import dev.cms.core.customer.CustomerService;
import dev.cms.core.interaction.InteractionService;
import dev.cms.core.task.TaskService;

/**
 * The services of a {@link Cms}, acting on behalf of one {@link Principal}. Obtain it with {@link Cms#as(Principal)};
 * it is cheap, immutable and thread-safe, so create one per request or keep one per user.
 */
public final class CmsScope {
    private final Principal principal;
    private final CustomerService customers;
    private final InteractionService interactions;
    private final TaskService tasks;

    CmsScope(Principal principal, CustomerService customers, InteractionService interactions, TaskService tasks) {
        this.principal = principal;
        this.customers = customers;
        this.interactions = interactions;
        this.tasks = tasks;
    }

    /** @return who acts */
    public Principal principal() {
        return principal;
    }

    /** @return customers and their custom attributes */
    public CustomerService customers() {
        return customers;
    }

    /** @return the interaction timeline */
    public InteractionService interactions() {
        return interactions;
    }

    /** @return tasks and follow-ups */
    public TaskService tasks() {
        return tasks;
    }
}
