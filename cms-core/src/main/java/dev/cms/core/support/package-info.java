/**
 * Support: {@link dev.cms.core.support.Ticket}s with their status machine and history, routing rules that pick a
 * queue, {@link dev.cms.core.support.AssignmentStrategy} (round-robin and least-loaded built in), and SLA policies per
 * priority, optionally in {@link dev.cms.core.support.BusinessHours}, that report each ticket's
 * {@link dev.cms.core.support.SlaStatus} at any instant of the injected clock.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.support;
