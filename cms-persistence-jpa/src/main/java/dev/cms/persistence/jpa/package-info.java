/**
 * The relational persistence adapter: {@link dev.cms.persistence.jpa.JpaPersistence}, over Jakarta Persistence 3.1
 * (tested with Hibernate ORM on H2 and PostgreSQL), with the schema in Flyway migrations. The entity classes and their
 * mappers are package-private: the domain records of {@code cms-core} carry no persistence annotations, and the
 * tables are this adapter's business. Keyset pagination throughout (no OFFSET); optimistic versions by
 * compare-and-set on a version column; database conflicts are translated into {@link dev.cms.core.ConflictException}.
 * No method accepts or returns {@code null}.
 */
package dev.cms.persistence.jpa;
