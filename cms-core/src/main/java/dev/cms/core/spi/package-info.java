/**
 * The ports a persistence adapter implements: {@link dev.cms.core.spi.PersistenceProvider}, one repository per
 * aggregate, {@link dev.cms.core.spi.Transactions}, and {@link dev.cms.core.spi.IdSource}. The core validates input,
 * assigns ids, versions and timestamps, checks access and publishes events; adapters store, query, and enforce
 * uniqueness and optimistic versions. The abstract contract tests in {@code cms-testkit} define correct behaviour.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.spi;
