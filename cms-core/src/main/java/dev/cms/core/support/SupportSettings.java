package dev.cms.core.support;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How support works in this installation: routing rules, the fallback queue, the queues with their agents and
 * assignment strategies, the SLA policies per priority, and the share of allowed time below which a running SLA
 * clock counts as at risk. Configure it once with {@code Cms.builder().support(...)}.
 *
 * @param rules        routing rules, tried in order
 * @param defaultQueue where tickets no rule matches go
 * @param queues       the queues by name; a queue named by a rule but not listed is worked unassigned
 * @param policies     SLA policy per priority
 * @param atRiskShare  a running clock with at most this share of its allowed time left is at risk (0 to 1)
 */
public record SupportSettings(List<RoutingRule> rules, String defaultQueue, Map<String, SupportQueue> queues,
                              Map<TicketPriority, SlaPolicy> policies, double atRiskShare) {
    /**
     * Checks the settings.
     *
     * @param rules        routing rules, tried in order
     * @param defaultQueue where tickets no rule matches go
     * @param queues       the queues by name; a queue named by a rule but not listed is worked unassigned
     * @param policies     SLA policy per priority
     * @param atRiskShare  a running clock with at most this share of its allowed time left is at risk (0 to 1)
     */
    public SupportSettings {
        rules = List.copyOf(rules);
        defaultQueue = Checks.line("defaultQueue", defaultQueue, 100);
        queues = Map.copyOf(queues);
        queues.forEach((name, queue) -> {
            if (!name.equals(queue.name())) {
                throw ValidationException.of("queues." + name, queue.name(), "is filed under another name");
            }
        });
        policies = Map.copyOf(policies);
        policies.forEach((priority, policy) -> {
            if (priority != policy.priority()) {
                throw ValidationException.of("policies." + priority, policy.priority(), "is a policy for another priority");
            }
        });
        if (!(atRiskShare >= 0 && atRiskShare <= 1)) {
            throw ValidationException.of("atRiskShare", atRiskShare, "must be between 0 and 1");
        }
    }

    /** {@return no rules, everything in queue {@code "support"} unassigned, no SLA policies, at risk at 25%} */
    public static SupportSettings defaults() {
        return new SupportSettings(List.of(), "support", Map.of(), Map.of(), 0.25);
    }

    /**
     * {@return a copy with the rule}
     *
     * @param rule a routing rule, tried after those added before
     */
    public SupportSettings withRule(RoutingRule rule) {
        List<RoutingRule> more = new java.util.ArrayList<>(rules);
        more.add(rule);
        return new SupportSettings(more, defaultQueue, queues, policies, atRiskShare);
    }

    /**
     * {@return a copy with the queue (replacing one of the same name)}
     *
     * @param queue a queue
     */
    public SupportSettings withQueue(SupportQueue queue) {
        Map<String, SupportQueue> more = new java.util.HashMap<>(queues);
        more.put(queue.name(), queue);
        return new SupportSettings(rules, defaultQueue, more, policies, atRiskShare);
    }

    /**
     * {@return a copy with the policy (replacing the one of its priority)}
     *
     * @param policy an SLA policy
     */
    public SupportSettings withPolicy(SlaPolicy policy) {
        Map<TicketPriority, SlaPolicy> more = new EnumMap<>(TicketPriority.class);
        more.putAll(policies);
        more.put(policy.priority(), policy);
        return new SupportSettings(rules, defaultQueue, queues, more, atRiskShare);
    }

    /**
     * {@return a copy with that fallback}
     *
     * @param queue name of the fallback queue
     */
    public SupportSettings withDefaultQueue(String queue) {
        return new SupportSettings(rules, queue, queues, policies, atRiskShare);
    }

    /**
     * {@return a copy with that share}
     *
     * @param share at-risk share of allowed time
     */
    public SupportSettings withAtRiskShare(double share) {
        return new SupportSettings(rules, defaultQueue, queues, policies, share);
    }

    /**
     * {@return the queue of the first matching rule, else the default queue}
     *
     * @param details a new ticket
     */
    public String route(TicketDetails details) {
        return rules.stream().filter(r -> r.matches(details)).map(RoutingRule::queue).findFirst().orElse(defaultQueue);
    }

    /**
     * {@return its SLA status at {@code at}}
     *
     * @param ticket a ticket
     * @param at     the instant to judge at
     */
    public SlaStatus sla(Ticket ticket, Instant at) {
        SlaPolicy policy = policies.get(ticket.details().priority());
        if (policy == null) {
            return SlaStatus.none();
        }
        return new SlaStatus(
                Optional.of(clock(policy, ticket.createdAt(), policy.firstResponse(), ticket.firstResponseAt(), at)),
                Optional.of(clock(policy, ticket.createdAt(), policy.resolution(), ticket.resolvedAt(), at)));
    }

    private SlaClock clock(SlaPolicy policy, Instant start, Duration target, Optional<Instant> done, Instant at) {
        Instant due = policy.due(start, target);
        if (done.isPresent()) {
            return new SlaClock(due, done.get().isAfter(due) ? SlaState.BREACHED : SlaState.MET);
        }
        if (at.isAfter(due)) {
            return new SlaClock(due, SlaState.BREACHED);
        }
        Duration left = target.minus(policy.elapsed(start, at));
        boolean atRisk = left.toNanos() <= target.toNanos() * atRiskShare;
        return new SlaClock(due, atRisk ? SlaState.AT_RISK : SlaState.ON_TRACK);
    }

    /** {@return names of every queue a rule or the default can send tickets to} */
    public Set<String> routedQueues() {
        Set<String> names = new HashSet<>();
        names.add(defaultQueue);
        rules.forEach(r -> names.add(r.queue()));
        return names;
    }

    /**
     * {@return the queue's configuration, if it has agents configured}
     *
     * @param name a queue name
     */
    public Optional<SupportQueue> queue(String name) {
        return Optional.ofNullable(queues.get(Objects.requireNonNull(name, "name")));
    }
}
