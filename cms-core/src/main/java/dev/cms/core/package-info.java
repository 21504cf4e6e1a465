/**
 * The entry point and what every feature shares. {@link dev.cms.core.Cms} is configured once with a
 * {@link dev.cms.core.spi.PersistenceProvider}; {@link dev.cms.core.Cms#as(dev.cms.core.access.Principal)} gives a
 * {@link dev.cms.core.CmsScope} whose services act on behalf of that principal. Errors form one unchecked hierarchy
 * under {@link dev.cms.core.CmsException}; queries return keyset {@link dev.cms.core.Page}s; committed changes are
 * announced as {@link dev.cms.core.DomainEvent}s.
 *
 * <p>No method in this library accepts or returns {@code null}: absence is {@link java.util.Optional}, and a
 * {@code null} argument fails fast with a {@link java.lang.NullPointerException} naming the parameter.
 */
package dev.cms.core;
