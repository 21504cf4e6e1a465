/**
 * Order history: {@link dev.cms.core.commerce.Purchase}s with their {@link dev.cms.core.commerce.LineItem}s, channel,
 * refunds and external order ids, and {@link dev.cms.core.commerce.PurchaseService} with per-customer queries and the
 * {@link dev.cms.core.commerce.PurchaseSummary} the store computes without loading every order.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.commerce;
