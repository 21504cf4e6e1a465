package dev.cms.core.support;

import dev.cms.core.access.UserId;
import dev.cms.core.internal.Checks;
import java.util.List;
import java.util.Objects;

/**
 * A queue of tickets, the agents who work it and how new tickets are assigned among them.
 *
 * @param name     the queue's name, as routing rules refer to it
 * @param agents   who works the queue, in order
 * @param strategy how new tickets are assigned
 */
public record SupportQueue(String name, List<UserId> agents, AssignmentStrategy strategy) {
    /**
     * Checks the parts.
     *
     * @param name     the queue's name, as routing rules refer to it
     * @param agents   who works the queue, in order
     * @param strategy how new tickets are assigned
     */
    public SupportQueue {
        name = Checks.line("name", name, 100);
        agents = List.copyOf(agents);
        Objects.requireNonNull(strategy, "strategy");
    }

    /**
     * {@return the queue}
     *
     * @param name     the queue's name
     * @param strategy how to assign
     * @param agents   who works it
     */
    public static SupportQueue of(String name, AssignmentStrategy strategy, UserId... agents) {
        return new SupportQueue(name, List.of(agents), strategy);
    }
}
