/**
 * Sales. So far only {@link dev.cms.core.sales.OpportunityId}, which interactions and tasks already link to; pipelines
 * and opportunities follow.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package dev.cms.core.sales;
