package dev.cms.core.support;

import dev.cms.core.access.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Picks the agent of a queue who gets a new ticket. Two are built in: {@link #roundRobin()} and
 * {@link #leastLoaded()}; implement this port for skills-based or availability-aware assignment.
 */
@FunctionalInterface
public interface AssignmentStrategy {
    /**
     * {@return the agent to assign, or empty to leave the ticket unassigned}
     *
     * @param queue       the queue's name
     * @param agents      the queue's agents, in configured order, never empty
     * @param openTickets for each agent, how many open tickets they hold now
     */
    Optional<UserId> choose(String queue, List<UserId> agents, Map<UserId, Long> openTickets);

    /**
     * Takes the queue's agents in turn. The turn is kept in this strategy instance (per JVM), so several application
     * instances each rotate on their own.
     *
     * @return a new round-robin strategy
     */
    static AssignmentStrategy roundRobin() {
        Map<String, AtomicLong> turns = new ConcurrentHashMap<>();
        return (queue, agents, open) -> {
            long turn = turns.computeIfAbsent(queue, q -> new AtomicLong()).getAndIncrement();
            return Optional.of(agents.get((int) Math.floorMod(turn, (long) agents.size())));
        };
    }

    /** {@return a strategy giving the ticket to the agent with the fewest open tickets (earlier agents win ties)} */
    static AssignmentStrategy leastLoaded() {
        return (queue, agents, open) -> agents.stream().min(Comparator.comparingLong(a -> open.getOrDefault(a, 0L)));
    }

    /** {@return a strategy that leaves tickets unassigned, for queues worked from a shared list} */
    static AssignmentStrategy unassigned() {
        return (queue, agents, open) -> Optional.empty();
    }
}
