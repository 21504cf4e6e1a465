/**
 * Customers: people and organizations with their contact points, lifecycle stage, owner, tags, consents, external id
 * and custom attributes. {@link dev.cms.core.customer.CustomerProfile} is the editable part and validates itself;
 * {@link dev.cms.core.customer.Customer} is a stored profile with id, timestamps and version;
 * {@link dev.cms.core.customer.CustomerService} is the use-case API, reached through
 * {@code cms.as(principal).customers()}.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.core.customer;
