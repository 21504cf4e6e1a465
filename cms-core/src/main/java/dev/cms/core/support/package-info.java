/**
 * Support. So far only {@link dev.cms.core.support.TicketId}, which interactions and tasks already link to; tickets and
 * SLA policies follow.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package dev.cms.core.support;
