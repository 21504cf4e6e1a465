package dev.cms.core.support;

import dev.cms.core.ValidationException;
import dev.cms.core.internal.Checks;
import dev.cms.core.internal.Violations;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends matching tickets to a queue. A rule matches when every condition it sets holds: the category equals (case
 * insensitive), the priority is one of the listed ones, and the subject or description contains at least one of the
 * keywords (case insensitive). A rule with no conditions matches everything. Rules are tried in order; the first
 * match wins.
 *
 * @param category   required category, if set
 * @param priorities accepted priorities; empty accepts any
 * @param keywords   words of which at least one must appear; empty accepts any text
 * @param queue      the queue for matching tickets
 */
public record RoutingRule(Optional<String> category, Set<TicketPriority> priorities, Set<String> keywords, String queue) {
    /**
     * Checks the rule.
     *
     * @param category   required category, if set
     * @param priorities accepted priorities; empty accepts any
     * @param keywords   words of which at least one must appear; empty accepts any text
     * @param queue      the queue for matching tickets
     * @throws ValidationException listing every problem
     */
    public RoutingRule {
        Violations v = new Violations();
        category = v.optionalLine("category", category, 100);
        priorities = Set.copyOf(priorities);
        Objects.requireNonNull(keywords, "keywords");
        keywords = keywords.stream().map(k -> Checks.line("keywords", k, 100).toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        queue = v.line("queue", queue, 100);
        v.throwIfAny();
    }

    /**
     * {@return a rule matching every ticket, to narrow with the {@code when} methods}
     *
     * @param queue the target queue
     */
    public static RoutingRule to(String queue) {
        return new RoutingRule(Optional.empty(), Set.of(), Set.of(), queue);
    }

    /**
     * {@return a copy that requires the category}
     *
     * @param value category to require
     */
    public RoutingRule whenCategory(String value) {
        return new RoutingRule(Optional.of(value), priorities, keywords, queue);
    }

    /**
     * {@return a copy that requires one of them}
     *
     * @param values accepted priorities
     */
    public RoutingRule whenPriority(TicketPriority... values) {
        return new RoutingRule(category, Set.of(values), keywords, queue);
    }

    /**
     * {@return a copy that requires one of them}
     *
     * @param values keywords of which one must appear
     */
    public RoutingRule whenMentioning(String... values) {
        return new RoutingRule(category, priorities, Set.of(values), queue);
    }

    /**
     * {@return whether this rule sends it to {@link #queue()}}
     *
     * @param ticket a ticket's details
     */
    public boolean matches(TicketDetails ticket) {
        if (category.isPresent() && !ticket.category().map(c -> c.equalsIgnoreCase(category.get())).orElse(false)) {
            return false;
        }
        if (!priorities.isEmpty() && !priorities.contains(ticket.priority())) {
            return false;
        }
        if (keywords.isEmpty()) {
            return true;
        }
        String text = (ticket.subject() + "\n" + ticket.description().orElse("")).toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(text::contains);
    }
}
