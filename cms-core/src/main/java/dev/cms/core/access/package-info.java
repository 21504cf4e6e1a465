/**
 * Who acts and what they may do: {@link dev.cms.core.access.Principal}, {@link dev.cms.core.access.UserId} and the
 * {@link dev.cms.core.access.AccessPolicy} port that every service consults before it reads or writes. The library
 * ships {@link dev.cms.core.access.AccessPolicy#allowAll()} and {@link dev.cms.core.access.AccessPolicy#readOnly()};
 * applications implement the port with their own roles.
 *
 * <p>No method in this package accepts or returns {@code null}.
 */
package dev.cms.core.access;
