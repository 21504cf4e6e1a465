/**
 * {@link dev.cms.core.money.Money}: a {@code BigDecimal} amount at its currency's scale plus a
 * {@link java.util.Currency}. Used by custom attributes, opportunities, purchases and analytics.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package dev.cms.core.money;
