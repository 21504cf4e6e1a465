/**
 * Descriptive KPIs of a customer base, read from the store through the public services: start at
 * {@link dev.cms.analytics.kpi.Analytics}. Every KPI takes a {@link dev.cms.analytics.kpi.Population} and a
 * {@link dev.cms.analytics.kpi.Window} and returns an immutable report record whose Javadoc gives the formula and its
 * reference:
 * <ul>
 *   <li>historical CLV ({@link dev.cms.analytics.kpi.HistoricalClvReport}),</li>
 *   <li>churn and retention per period ({@link dev.cms.analytics.kpi.RetentionReport}) and the monthly
 *       acquisition-cohort matrix ({@link dev.cms.analytics.kpi.CohortReport}),</li>
 *   <li>RFM scores and segments ({@link dev.cms.analytics.kpi.RfmReport}),</li>
 *   <li>NPS, CSAT and CES with confidence intervals, overall and per month ({@link dev.cms.analytics.kpi.FeedbackReport}),</li>
 *   <li>funnel conversion, win rate, deal size, sales cycle, weighted forecast and pipeline velocity
 *       ({@link dev.cms.analytics.kpi.SalesReport}),</li>
 *   <li>ticket response and resolution times and SLA compliance ({@link dev.cms.analytics.kpi.TicketReport}),</li>
 *   <li>a configurable health score and an at-risk list ({@link dev.cms.analytics.kpi.HealthReport}).</li>
 * </ul>
 * Money stays {@link dev.cms.core.money.Money} (never converted between currencies, never a {@code double}); rates,
 * scores and intervals are {@code double}s. Reports serialise to JSON with {@code dev.cms.analytics.json}.
 *
 * <p>No method in this package accepts or returns {@code null}; absence is {@link java.util.Optional}.
 */
package dev.cms.analytics.kpi;
