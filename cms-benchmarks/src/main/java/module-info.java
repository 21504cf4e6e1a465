/**
 * CMS benchmarks: JMH benchmarks of the library, one package per area ({@code dev.cms.benchmarks.clv} for the
 * customer-base model fits). Nothing is exported; the benchmarks run from the shaded jar on the class path.
 */
module dev.cms.benchmarks {
    requires dev.cms.analytics;
    requires jmh.core;
}
