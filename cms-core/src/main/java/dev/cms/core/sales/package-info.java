/**
 * Sales: {@link dev.cms.core.sales.Pipeline}s of ordered stages with win probabilities,
 * {@link dev.cms.core.sales.Opportunity} deals with line items, owner, close date and a full stage history, winning
 * (optionally recording the purchase in the same transaction), losing with a reason, and lead conversion.
 * Services: {@link dev.cms.core.sales.PipelineService} and {@link dev.cms.core.sales.OpportunityService}.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.sales;
