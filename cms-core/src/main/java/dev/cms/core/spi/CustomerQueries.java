package dev.cms.core.spi;

import dev.cms.core.customer.Customer;
import dev.cms.core.customer.CustomerId;
import dev.cms.core.segment.Rule;
import dev.cms.core.segment.RuleContext;
import dev.cms.core.segment.RuleEvaluator;
import java.util.List;

/**
 * Finds the customers a segmentation rule matches. The core hands over the whole rule, validated against the store's
 * fields and with every {@link Rule.InSegment} replaced by the saved segment's rule, so an adapter can translate it
 * into a single query (a database adapter: SQL with bind parameters, never a field name or value concatenated into
 * SQL). The answer must equal {@link RuleEvaluator}'s: that class and the Javadoc of {@code dev.cms.core.segment}
 * define the semantics, and the test-kit checks every adapter against an independent reference evaluator.
 */
public interface CustomerQueries {
    /**
     * {@return the matching customers with ids greater than {@code after}, ascending by id}
     *
     * @param rule    a validated rule without {@link Rule.InSegment} leaves
     * @param context now and the time zone that define "today" and windows
     * @param after   the last id of the previous page, or empty for the first
     * @param limit   maximum number to return
     */
    List<Customer> matching(Rule rule, RuleContext context, java.util.Optional<CustomerId> after, int limit);

    /**
     * {@return how many customers match, computed without loading them where the store can}
     *
     * @param rule    a validated rule without {@link Rule.InSegment} leaves
     * @param context now and the time zone
     */
    long count(Rule rule, RuleContext context);
}
