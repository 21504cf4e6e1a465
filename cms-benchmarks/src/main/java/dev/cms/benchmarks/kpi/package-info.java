/**
 * Benchmarks of the descriptive KPIs of {@code dev.cms.analytics.kpi}: a full KPI pass over a large store on the memory
 * adapter.
 */
package dev.cms.benchmarks.kpi;
